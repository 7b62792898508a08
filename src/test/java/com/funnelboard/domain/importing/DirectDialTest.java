package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An extension in a column of its own, as German address books keep it ("Durchwahl"), goes with the number before it. */
class DirectDialTest {

    @Test
    void aGermanDirectDialEndsTheNumberBeforeIt() {
        List<String> headers = List.of("Vorname", "Nachname", "Festnetz", "Durchwahl", "Mobil");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.GERMANY);
        ImportRow row = parser.parse(2, new String[] {"Lars", "Vogt", "02241 556677", "-12", "0171 9988776"});
        assertThat(row.valid()).as("\"-12\" was refused as a number of its own").isTrue();
        assertThat(row.contact().phones()).containsExactly("02241 556677-12", "0171 9988776");
        ImportRow plain = parser.parse(3, new String[] {"Sandra", "Ritter", "0228 445566", "8", ""});
        assertThat(plain.contact().phones()).containsExactly("0228 445566 x8");
    }
}
