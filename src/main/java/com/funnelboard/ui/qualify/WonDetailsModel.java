package com.funnelboard.ui.qualify;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * What the won details' fields edit (see {@link WonDetailsPane}): in a move to Won, and in a won
 * deal's correction afterwards.
 */
public interface WonDetailsModel {

    /** The final value as typed in {@link #locale()}. */
    StringProperty finalValueProperty();

    /** The close date picked; null when the field is emptied. */
    ObjectProperty<LocalDate> closedOnProperty();

    /** The sentence for a close date typed so that it cannot be read (the view sets it), empty otherwise. */
    StringProperty unreadableDateProperty();

    /** The problem of each detail that has one ({@link com.funnelboard.domain.WonDetails#FINAL_VALUE}, {@code CLOSE_DATE}). */
    ObjectBinding<Map<String, String>> wonProblemsBinding();

    Locale locale();

    /** Today in the user's zone: typed days ("friday") count from it. */
    LocalDate today();

    /**
     * The problems of won details as typed, by the service's rule ({@code check}); here an emptied
     * field is a problem rather than "take the default".
     */
    static Map<String, String> problems(String typed, LocalDate closedOn, String unreadable, Locale locale, LocalDate today,
            java.util.function.Function<com.funnelboard.domain.WonDetails.Entry, com.funnelboard.domain.WonDetails.Checked> check) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        com.funnelboard.domain.WonDetails.Checked c = check.apply(new com.funnelboard.domain.WonDetails.Entry(typed, closedOn, locale));
        if (typed == null || typed.isBlank()) {
            problems.put(com.funnelboard.domain.WonDetails.FINAL_VALUE, "Enter the final value");
        } else if (c.problems().containsKey(com.funnelboard.domain.WonDetails.FINAL_VALUE)) {
            problems.put(com.funnelboard.domain.WonDetails.FINAL_VALUE, c.problems().get(com.funnelboard.domain.WonDetails.FINAL_VALUE));
        }
        if (!unreadable.isEmpty()) {
            problems.put(com.funnelboard.domain.WonDetails.CLOSE_DATE, unreadable);
        } else if (closedOn == null) {
            problems.put(com.funnelboard.domain.WonDetails.CLOSE_DATE, "Pick the close date");
        } else {
            com.funnelboard.ui.common.Formats days = com.funnelboard.ui.common.Formats.of(locale, java.time.ZoneOffset.UTC);
            com.funnelboard.domain.WonDetails.closeDateProblem(closedOn, today, days::date)
                    .ifPresent(p -> problems.put(com.funnelboard.domain.WonDetails.CLOSE_DATE, p));
        }
        return problems;
    }
}
