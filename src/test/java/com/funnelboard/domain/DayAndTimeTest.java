package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A day and a time as people type them, alike in the window and on the command line. */
class DayAndTimeTest {

    /** Monday 7 December 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static LocalDateTime read(String text, Locale locale) {
        return DayAndTime.read(text, TODAY, locale).orElse(null);
    }

    @Test
    void theFormsTheCommandLineRefusedAreRead() {
        LocalDateTime tuesdayNine = LocalDateTime.of(2026, 12, 8, 9, 0);
        assertThat(read("2026-12-08 9:00", Locale.UK)).isEqualTo(tuesdayNine);
        assertThat(read("2026-12-08T9:00", Locale.UK)).isEqualTo(tuesdayNine);
        assertThat(read("2026-12-08", Locale.UK)).as("a day alone, at 9:00 as 'tomorrow' is").isEqualTo(tuesdayNine);
        assertThat(read("tomorrow 2pm", Locale.UK)).isEqualTo(LocalDateTime.of(2026, 12, 8, 14, 0));
        assertThat(read("tomorrow 2:30 pm", Locale.UK)).isEqualTo(LocalDateTime.of(2026, 12, 8, 14, 30));
        assertThat(read("tomorrow 14 Uhr", Locale.GERMANY)).isEqualTo(LocalDateTime.of(2026, 12, 8, 14, 0));
        assertThat(read("tue 9am", Locale.UK)).isEqualTo(tuesdayNine);
        assertThat(read("12/8/2026 9:00", Locale.US)).as("month first in the United States").isEqualTo(tuesdayNine);
        assertThat(read("8/12/2026 9:00", Locale.UK)).as("day first in Britain").isEqualTo(tuesdayNine);
        assertThat(read("8.12.2026 9:00", Locale.US)).as("dots: day first everywhere").isEqualTo(tuesdayNine);
        assertThat(read("morgen 14:00", Locale.GERMANY)).isEqualTo(LocalDateTime.of(2026, 12, 8, 14, 0));
        assertThat(read("+3 8", Locale.UK)).isEqualTo(LocalDateTime.of(2026, 12, 10, 8, 0));
        assertThat(read("next monday", Locale.UK)).isEqualTo(LocalDateTime.of(2026, 12, 14, 9, 0));
    }

    @Test
    void textThatNamesNoDayAndTimeIsNone() {
        assertThat(read("next blursday", Locale.UK)).isNull();
        assertThat(read("tomorrow 25:00", Locale.UK)).isNull();
        assertThat(read("2026-02-30 9:00", Locale.UK)).isNull();
        assertThat(read("13/13/2026", Locale.US)).isNull();
        assertThat(read("9:00", Locale.UK)).as("a time alone names no day").isNull();
        assertThat(read("", Locale.UK)).isNull();
    }
}
