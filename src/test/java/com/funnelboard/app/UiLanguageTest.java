package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The window speaks English on any system, and writes numbers and dates the user's way. */
@Isolated // it sets the JVM's default locale
class UiLanguageTest {

    @Test
    void javaFxsOwnWordsAreEnglishTheFormatsStayTheUsers() {
        Locale was = Locale.getDefault();
        Locale wasFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale wasDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.GERMANY);
            Main.speakEnglishWriteTheUsersWay();
            // A dialog's Cancel is JavaFX's word in the default locale: it read "Abbrechen" beside "Create lead".
            assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");
            assertThat(Locale.getDefault(Locale.Category.FORMAT)).as("the amounts and dates are still German").isEqualTo(Locale.GERMANY);
            assertThat(String.format(Locale.getDefault(Locale.Category.FORMAT), "%,.2f", 12500.5)).isEqualTo("12.500,50");
        } finally {
            Locale.setDefault(was);
            Locale.setDefault(Locale.Category.FORMAT, wasFormat);
            Locale.setDefault(Locale.Category.DISPLAY, wasDisplay);
        }
    }
}
