package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** This month, quarter or year up to today, and the last whole one before it. */
class NamedPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static ReportService.Period p(String first, String last) {
        return new ReportService.Period(LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void thisOneRunsToTodayAndTheLastOneIsWhole() {
        assertThat(NamedPeriod.MONTH.of(TODAY)).isEqualTo(p("2026-12-01", "2026-12-05"));
        assertThat(NamedPeriod.LAST_MONTH.of(TODAY)).isEqualTo(p("2026-11-01", "2026-11-30"));
        assertThat(NamedPeriod.QUARTER.of(TODAY)).isEqualTo(p("2026-10-01", "2026-12-05"));
        assertThat(NamedPeriod.LAST_QUARTER.of(TODAY)).isEqualTo(p("2026-07-01", "2026-09-30"));
        assertThat(NamedPeriod.YEAR.of(TODAY)).isEqualTo(p("2026-01-01", "2026-12-05"));
        assertThat(NamedPeriod.LAST_YEAR.of(TODAY)).isEqualTo(p("2025-01-01", "2025-12-31"));
        assertThat(NamedPeriod.LAST_MONTH.of(LocalDate.of(2026, 3, 31))).as("February, whole").isEqualTo(p("2026-02-01", "2026-02-28"));
        assertThat(NamedPeriod.LAST_QUARTER.of(LocalDate.of(2026, 1, 1))).isEqualTo(p("2025-10-01", "2025-12-31"));
    }

    @Test
    void theCommandLinesNamesAreRead() {
        assertThat(NamedPeriod.byKey("Last-Quarter")).contains(NamedPeriod.LAST_QUARTER);
        assertThat(NamedPeriod.byKey("year")).contains(NamedPeriod.YEAR);
        assertThat(NamedPeriod.byKey("fortnight")).isEmpty();
    }
}
