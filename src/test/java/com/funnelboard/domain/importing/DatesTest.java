package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates are read as their column writes them; only a column that cannot tell takes the user's locale. */
class DatesTest {

    private static final LocalDate MARCH_12 = LocalDate.of(2026, 3, 12);

    @Test
    void everySupportedShapeReadsTheSameDay() {
        for (String s : List.of("2026-03-12", "2026-03-12T14:30:00Z", "2026-03-12 14:30", "2026-03-12T23:30:00+02:00", "2026/03/12",
                "2026.03.12", "2026-3-12", "12.03.2026", "12.3.2026", "12.03.2026 14:30", "12/03/2026", "12-03-2026 9:05 PM")) {
            Dates.Style style = Dates.sniff(List.of(s, "31.12.2026".replace('.', s.contains("/") ? '/' : s.contains("-") ? '-' : '.')),
                    Locale.US);
            if (s.startsWith("2026")) {
                style = Dates.sniff(List.of(s), Locale.US);
            }
            assertThat(Dates.read(s, style, Locale.US)).as(s).isEqualTo(MARCH_12);
        }
        assertThat(Dates.read("03/12/2026", Dates.sniff(List.of("03/12/2026", "12/31/2026"), Locale.GERMANY), Locale.GERMANY))
                .isEqualTo(MARCH_12);
    }

    @Test
    void datesWrittenAsNumbersAreReadAsSpreadsheetsAndOtherProgramsWriteThem() {
        // A spreadsheet's day numbers (a time of day as the fraction), seconds and milliseconds since 1970.
        assertThat(Dates.read("46093", null, Locale.US)).isEqualTo(MARCH_12);
        assertThat(Dates.read("46093.604166", null, Locale.US)).isEqualTo(MARCH_12);
        assertThat(Dates.read("46093,5", null, Locale.GERMANY)).as("with a decimal comma").isEqualTo(MARCH_12);
        assertThat(Dates.read("45000", null, Locale.US)).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(Dates.read("1773318600", null, Locale.US)).isEqualTo(MARCH_12);
        assertThat(Dates.read("1773318600000", null, Locale.US)).isEqualTo(MARCH_12);
        // Numbers that are no such thing stay refused.
        for (String s : List.of("12", "2026", "1234567", "99999", "46093.5.1", "-46093", "12345678901234")) {
            assertThatThrownBy(() -> Dates.read(s, null, Locale.US)).as(s).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void datesWithTheMonthNamedInSevenLanguagesAreRead() {
        for (String s : List.of("12 Mar 2026", "12-Mar-2026", "12-Mar-26", "March 12, 2026", "Mar 12th 2026", "12. März 2026",
                "12. Mär. 2026", "12 mars 2026", "12 de marzo de 2026", "12 maart 2026", "12 mrt 2026", "12 de março de 2026",
                "12 marzo 2026", "12 Mar 2026 14:30")) {
            assertThat(Dates.read(s, Dates.sniff(List.of(s), Locale.US), Locale.US)).as(s).isEqualTo(MARCH_12);
        }
        assertThat(Dates.read("1. Dezember 2026", null, Locale.US)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Dates.read("15 août 2026", null, Locale.US)).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(Dates.sniff(List.of("12 Mar 2026"), Locale.US).describe()).isEqualTo("d MMM yyyy");
        assertThatThrownBy(() -> Dates.read("12 Foo 2026", null, Locale.US)).hasMessageContaining("not a date");
        assertThatThrownBy(() -> Dates.read("31 Feb 2026", null, Locale.US)).hasMessageContaining("not a date");
    }

    @Test
    void theColumnsValuesDecideTheOrderOfDayAndMonth() {
        Dates.Style dayFirst = Dates.sniff(List.of("03/04/2026", "25/04/2026"), Locale.US);
        assertThat(dayFirst.dayFirst()).isTrue();
        assertThat(dayFirst.describe()).isEqualTo("dd/MM/yyyy");
        assertThat(Dates.read("03/04/2026", dayFirst, Locale.US)).isEqualTo(LocalDate.of(2026, 4, 3));
        Dates.Style monthFirst = Dates.sniff(List.of("03/04/2026", "04/25/2026"), Locale.GERMANY);
        assertThat(monthFirst.describe()).isEqualTo("MM/dd/yyyy");
        assertThat(Dates.read("03/04/2026", monthFirst, Locale.GERMANY)).isEqualTo(LocalDate.of(2026, 3, 4));
        // Dotted dates are day first even on an American machine.
        assertThat(Dates.sniff(List.of("01.02.2026"), Locale.US).describe()).isEqualTo("dd.MM.yyyy");
        assertThat(Dates.sniff(List.of("2026-01-02"), Locale.US).describe()).isEqualTo("yyyy-MM-dd");
        Dates.Style shortYears = Dates.sniff(List.of("12.03.26", "31.12.99"), Locale.US);
        assertThat(shortYears.describe()).isEqualTo("dd.MM.yy");
        assertThat(Dates.read("12.03.26", shortYears, Locale.US)).isEqualTo(MARCH_12);
        assertThat(Dates.read("31.12.99", shortYears, Locale.US)).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void aColumnThatCannotTellTakesTheUsersLocaleAndSaysSo() {
        Dates.Style us = Dates.sniff(List.of("03/04/2026", "05/06/2026"), Locale.US);
        assertThat(us.describe()).isEqualTo("MM/dd/yyyy (your locale's order)");
        assertThat(Dates.read("03/04/2026", us, Locale.US)).isEqualTo(LocalDate.of(2026, 3, 4));
        Dates.Style uk = Dates.sniff(List.of("03/04/2026", "05/06/2026"), Locale.UK);
        assertThat(uk.describe()).isEqualTo("dd/MM/yyyy (your locale's order)");
        assertThat(Dates.read("03/04/2026", uk, Locale.UK)).isEqualTo(LocalDate.of(2026, 4, 3));
        // A first date written year first says nothing of the others' order: the summary says which it took (it said
        // "yyyy-MM-dd (your locale's order)", and a Zoho export's "10/01/2026" became 10 January unseen).
        assertThat(Dates.sniff(List.of("2026-11-15", "10/01/2026"), Locale.UK).describe()).isEqualTo("yyyy-MM-dd; others day first (your locale's order)");
    }

    @Test
    void aDateAgainstTheColumnsOrderOrNoDateAtAllIsRefused() {
        Dates.Style dayFirst = Dates.sniff(List.of("25/04/2026"), Locale.US);
        assertThatThrownBy(() -> Dates.read("04/25/2026", dayFirst, Locale.US)).hasMessage(
                "not a date: \"04/25/2026\" (this column writes dates as dd/MM/yyyy)");
        assertThatThrownBy(() -> Dates.read("next week", null, Locale.US)).hasMessage("not a date: \"next week\" (write 2026-03-12)");
        assertThatThrownBy(() -> Dates.read("2026-02-30", null, Locale.US)).hasMessageContaining("not a date");
        assertThatThrownBy(() -> Dates.read("12.03.126", null, Locale.US)).hasMessageContaining("not a date");
        assertThatThrownBy(() -> Dates.read("2026-03-12T25:00", null, Locale.US)).hasMessageContaining("not a date");
    }
}
