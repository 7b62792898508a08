package com.funnelboard.domain;

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
        return Keys.key(this);
    }

    public String label() {
        return label;
    }

    public boolean needsNote() {
        return this == OTHER;
    }

    public static Optional<LostReason> parse(String text) {
        return Keys.parse(LostReason.class, text);
    }

    @Override
    public String toString() {
        return label;
    }
}
