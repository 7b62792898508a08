package com.funnelboard.domain;

import java.util.Locale;
import java.util.Optional;

/** The five stages of the funnel, in board order. Won and Lost are closed stages. */
public enum Stage {
    LEAD("Lead", 0.10),
    PROSPECT("Prospect", 0.25),
    OPPORTUNITY("Opportunity", 0.60),
    WON("Won", 1.0),
    LOST("Lost", 0.0);

    private final String label;
    private final double defaultProbability;

    Stage(String label, double defaultProbability) {
        this.label = label;
        this.defaultProbability = defaultProbability;
    }

    /** The stable lower-case name used in the database, on the command line and in JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** The share of a deal's value that a weighted pipeline counts in this stage. */
    public double defaultProbability() {
        return defaultProbability;
    }

    public boolean isClosed() {
        return this == WON || this == LOST;
    }

    /** Position on the forward path Lead → Prospect → Opportunity → Won; Lost is off the path. */
    int rank() {
        return this == LOST ? -1 : ordinal();
    }

    /** The next stage on the forward path, if any. */
    public Optional<Stage> next() {
        return switch (this) {
            case LEAD -> Optional.of(PROSPECT);
            case PROSPECT -> Optional.of(OPPORTUNITY);
            case OPPORTUNITY -> Optional.of(WON);
            case WON, LOST -> Optional.empty();
        };
    }

    /** The previous stage on the forward path; a Lost deal goes back to Lead. */
    public Optional<Stage> previous() {
        return switch (this) {
            case LEAD -> Optional.empty();
            case PROSPECT, LOST -> Optional.of(LEAD);
            case OPPORTUNITY -> Optional.of(PROSPECT);
            case WON -> Optional.of(OPPORTUNITY);
        };
    }

    /** Parses a stage name case-insensitively ("lead", "Prospect"). */
    public static Optional<Stage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Stage s : values()) {
            if (s.name().equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static Stage fromKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("Unknown stage: " + key));
    }
}
