package com.funnelboard.service;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * The periods a sales manager names: this month, quarter or year up to today, and the last whole
 * one before it ("how did last quarter go?"), the same on the Reports page and in {@code report --period}.
 */
public enum NamedPeriod {
    MONTH("This month", "month"), LAST_MONTH("Last month", "last-month"),
    QUARTER("This quarter", "quarter"), LAST_QUARTER("Last quarter", "last-quarter"),
    YEAR("This year", "year"), LAST_YEAR("Last year", "last-year");

    private final String label;
    private final String key;

    NamedPeriod(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** Its name on the command line: month, last-month, quarter, … */
    public String key() {
        return key;
    }

    /** The period: up to {@code today} for this one, the whole one before it for the last one. */
    public ReportService.Period of(LocalDate today) {
        LocalDate month = today.withDayOfMonth(1);
        LocalDate quarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate year = today.withDayOfYear(1);
        return switch (this) {
            case MONTH -> new ReportService.Period(month, today);
            case LAST_MONTH -> new ReportService.Period(month.minusMonths(1), month.minusDays(1));
            case QUARTER -> new ReportService.Period(quarter, today);
            case LAST_QUARTER -> new ReportService.Period(quarter.minusMonths(3), quarter.minusDays(1));
            case YEAR -> new ReportService.Period(year, today);
            case LAST_YEAR -> new ReportService.Period(year.minusYears(1), year.minusDays(1));
        };
    }

    /** The period a command-line name names (any case), if any. */
    public static Optional<NamedPeriod> byKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (NamedPeriod p : values()) {
            if (p.key.equals(k)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
