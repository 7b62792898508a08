package com.funnelboard.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a deal records when it is won: the final value (in the deal's currency) and the day it
 * closed. Reports count won deals by these.
 *
 * <p>The rule, the same for the dialog and the command line: the final value is an amount written as
 * the deal's value is written (the user's locale, never negative, at most the currency's decimals);
 * without one, the deal's estimated value is taken, and a deal that has none must be given one. The
 * close date may be any past day, today or tomorrow (a deal signed where the day has already begun);
 * a later day is refused, since a deal cannot have closed yet then. Without one, today is taken.
 */
public record WonDetails(Money finalValue, LocalDate closedOn) {

    /** The field names problems are reported under (the command line's --final-value and --close-date). */
    public static final String FINAL_VALUE = "final-value";
    public static final String CLOSE_DATE = "close-date";

    /** How many days after today a close date may fall. */
    static final int DAYS_AHEAD = 1;

    public WonDetails {
        Objects.requireNonNull(finalValue, "finalValue");
        Objects.requireNonNull(closedOn, "closedOn");
    }

    /**
     * The details as the user gave them.
     *
     * @param finalValue the amount as typed in {@code locale}; null or blank for the deal's value
     * @param closedOn null for today
     * @param locale the locale the amount is written in
     */
    public record Entry(String finalValue, LocalDate closedOn, Locale locale) {

        public Entry {
            finalValue = finalValue == null || finalValue.isBlank() ? null : finalValue.strip();
            locale = locale == null ? Locale.ROOT : locale;
        }

        /** Nothing given: the deal's value, closed today. */
        public static Entry defaults() {
            return new Entry(null, null, Locale.ROOT);
        }

        public boolean isEmpty() {
            return finalValue == null && closedOn == null;
        }
    }

    /** The outcome of checking an entry: the details, or the problem of each field (then details is null). */
    public record Checked(WonDetails details, Map<String, String> problems) {
        public Checked {
            problems = Map.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks an entry for {@code deal} and fills in the defaults. Pure: {@code today} is the day in
     * the user's time zone.
     */
    public static Checked check(Entry entry, Deal deal, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        Money value = null;
        if (entry.finalValue() == null) {
            value = deal.value();
            if (value == null) {
                problems.put(FINAL_VALUE, "Enter the final value: this deal has no estimated value to take instead");
            }
        } else {
            try {
                value = Money.parse(entry.finalValue(), deal.currency(), entry.locale());
            } catch (IllegalArgumentException e) {
                problems.put(FINAL_VALUE, e.getMessage().replace("The value ", "The final value "));
            }
        }
        LocalDate closed = entry.closedOn() == null ? today : entry.closedOn();
        closeDateProblem(closed, today).ifPresent(p -> problems.put(CLOSE_DATE, p));
        return new Checked(problems.isEmpty() ? new WonDetails(value, closed) : null, problems);
    }

    /** The close date's problem, or empty: refused when it lies more than a day after today. Days in ISO, as the command line takes them. */
    public static Optional<String> closeDateProblem(LocalDate closedOn, LocalDate today) {
        return closeDateProblem(closedOn, today, d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** As {@link #closeDateProblem(LocalDate, LocalDate)}, its days written by {@code day} (in the window, as it writes days). */
    public static Optional<String> closeDateProblem(LocalDate closedOn, LocalDate today, java.util.function.Function<LocalDate, String> day) {
        if (closedOn == null) {
            return Optional.of("Enter the close date, such as " + day.apply(today));
        }
        LocalDate latest = today.plusDays(DAYS_AHEAD);
        if (closedOn.isAfter(latest)) {
            return Optional.of("The close date " + day.apply(closedOn) + " is in the future; it can be tomorrow (" + day.apply(latest)
                    + ") at the latest");
        }
        return Optional.empty();
    }
}
