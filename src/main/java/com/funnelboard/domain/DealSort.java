package com.funnelboard.domain;

import java.util.Locale;

/**
 * The order of the cards in a board column (and of {@code deals list}): newest in the stage first
 * (the board's own order), or by value, days in the stage, next follow-up or expected close. New
 * orders are added here; the store gives each its SQL order.
 */
public enum DealSort {
    NEWEST("Newest in stage"),
    SCORE("Score, highest first"),
    VALUE("Value, largest first"),
    DAYS("Days in stage, longest first"),
    FOLLOWUP("Next follow-up, soonest first"),
    CLOSE("Expected close, soonest first");

    private final String label;

    DealSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name used on the command line and in saved settings ("value", "followup"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DealSort fromKey(String key) {
        for (DealSort s : values()) {
            if (s.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown sort \"" + Printable.escape(String.valueOf(key)) + "\"; use one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(DealSort::key).toList()));
    }

    @Override
    public String toString() {
        return label;
    }
}
