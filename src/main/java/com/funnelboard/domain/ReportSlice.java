package com.funnelboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The deals behind one bar of a report, as a board filter: exactly those the bar counts, with the
 * report's own filters (owner, source, industry) as the report applied them. A period is its days
 * (first to last, both included) and the instants they span in the user's time zone.
 */
public sealed interface ReportSlice {

    /** The report's filters the bar was counted with. */
    ReportFilter filter();

    /**
     * What the filter bar says of it, its days and months written by {@code day} and {@code month} (in the window as
     * the rest of it writes them: "Entered Prospect Jan 1, 2026 – Mar 31, 2026").
     */
    String label(java.util.function.Function<LocalDate, String> day, java.util.function.Function<YearMonth, String> month);

    /** As {@link #label(java.util.function.Function, java.util.function.Function)} in ISO: "Entered Prospect 2026-01-01 – 2026-03-31". */
    default String label() {
        return label(LocalDate::toString, YearMonth::toString);
    }

    /**
     * Deals that entered {@code stage} in the period ({@code from} null); or, with {@code from}, those
     * that entered it straight from {@code from} having entered that stage in the period too.
     */
    record Entered(Stage stage, Stage from, LocalDate first, LocalDate last, Instant start, Instant end, ReportFilter filter)
            implements ReportSlice {
        public Entered {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public String label(java.util.function.Function<LocalDate, String> day, java.util.function.Function<YearMonth, String> month) {
            return (from == null ? "Entered " + stage.label() : stage.label() + " from " + from.label()) + " " + period(first, last, day)
                    + by(filter);
        }
    }

    /** Deals lost for {@code reason} in the period (Other: also those with no reason or one this version does not know). */
    record Lost(LostReason reason, LocalDate first, LocalDate last, Instant start, Instant end, ReportFilter filter) implements ReportSlice {
        public Lost {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public String label(java.util.function.Function<LocalDate, String> day, java.util.function.Function<YearMonth, String> month) {
            return "Lost: " + reason.label() + " " + period(first, last, day) + by(filter);
        }
    }

    /** Open deals in {@code currency} expected to close in {@code month}. */
    record ClosingIn(YearMonth month, String currency, ReportFilter filter) implements ReportSlice {
        public ClosingIn {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public String label(java.util.function.Function<LocalDate, String> day, java.util.function.Function<YearMonth, String> written) {
            return "Open, closing " + written.apply(month) + " (" + currency + ")" + by(filter);
        }
    }

    /** Won deals in {@code currency} closed in {@code month}. */
    record WonIn(YearMonth month, String currency, ReportFilter filter) implements ReportSlice {
        public WonIn {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public String label(java.util.function.Function<LocalDate, String> day, java.util.function.Function<YearMonth, String> written) {
            return "Won " + written.apply(month) + " (" + currency + ")" + by(filter);
        }
    }

    private static String period(LocalDate first, LocalDate last, java.util.function.Function<LocalDate, String> day) {
        return first.equals(last) ? day.apply(first) : day.apply(first) + " \u2013 " + day.apply(last);
    }

    /** The report's filters the board's own filters do not show: its owner and source are set on the board too. */
    private static String by(ReportFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.industry() != null) {
            parts.add("industry " + f.industry());
        }
        return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
    }
}
