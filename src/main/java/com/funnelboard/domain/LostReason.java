package com.funnelboard.domain;

import java.util.Locale;
import java.util.Optional;

/** Why a deal was lost. {@link #OTHER} needs a written note. */
public enum LostReason {
    NO_BUDGET("No budget"),
    COMPETITOR("Chose a competitor"),
    NO_DECISION("No decision"),
    BAD_TIMING("Bad timing"),
    UNRESPONSIVE("Unresponsive"),
    NOT_A_FIT("Not a fit"),
    OTHER("Other");

    private final String label;

    LostReason(String label) {
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public boolean needsNote() {
        return this == OTHER;
    }

    public static Optional<LostReason> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (LostReason r : values()) {
            if (r.name().equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
