package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void oneSetOfFormatsPerLocaleAndZoneSharedByEveryCard() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(Formats.of(Locale.UK, berlin)).as("made once").isSameAs(Formats.of(Locale.UK, berlin));
        assertThat(Formats.of(Locale.UK, newYork)).isNotSameAs(Formats.of(Locale.UK, berlin));
        assertThat(Formats.of(Locale.US, berlin)).isNotSameAs(Formats.of(Locale.UK, berlin));
        Instant noon = Instant.parse("2026-03-12T12:00:00Z");
        assertThat(Formats.of(Locale.UK, berlin).dateTime(noon)).as("each in its own zone")
                .isNotEqualTo(Formats.of(Locale.UK, newYork).dateTime(noon));
    }

    @Test
    void backupsTakenWithinAMinuteAreToldApart() {
        Formats uk = Formats.of(Locale.UK, ZoneId.of("UTC"));
        Instant first = Instant.parse("2026-12-03T13:53:12Z");
        Instant second = Instant.parse("2026-12-03T13:53:59Z");
        assertThat(uk.weekdayTime(first)).as("to the minute, as elsewhere").isEqualTo(uk.weekdayTime(second));
        assertThat(uk.weekdayTimeSeconds(first)).isNotEqualTo(uk.weekdayTimeSeconds(second)).contains("13:53:12").contains("Thu");
    }

    @Test
    void monthsAndDaysInTheLocalesOwnOrder() {
        assertThat(Formats.of(Locale.US, ZoneId.of("UTC")).monthYear(java.time.YearMonth.of(2026, 3))).isEqualTo("Mar 2026");
        assertThat(Formats.of(Locale.GERMANY, ZoneId.of("UTC")).monthYear(java.time.YearMonth.of(2026, 3))).isEqualTo("M\u00E4rz 2026");
        assertThat(Formats.of(Locale.US, ZoneId.of("UTC")).dayMonth(java.time.LocalDate.of(2026, 3, 12))).isEqualTo("Mar 12");
        assertThat(Formats.of(Locale.UK, ZoneId.of("UTC")).dayMonth(java.time.LocalDate.of(2026, 3, 12))).isEqualTo("12 Mar");
    }

    /** Date fields write their day as the window does and read it back, in any case. */
    @Test
    void aDateInWordsIsReadBack() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 8);
        for (Locale l : java.util.List.of(Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.JAPAN)) {
            Formats f = Formats.of(l, ZoneId.of("UTC"));
            assertThat(f.readDate(f.date(day))).as(l + ": " + f.date(day)).contains(day);
        }
        assertThat(Formats.of(Locale.US, ZoneId.of("UTC")).date(day)).isEqualTo("Dec 8, 2026");
        assertThat(Formats.of(Locale.US, ZoneId.of("UTC")).readDate("dec 8, 2026")).contains(day);
        assertThat(Formats.of(Locale.US, ZoneId.of("UTC")).readDate("12/8/2026")).as("numbers are the picker's to read").isEmpty();
    }
}
