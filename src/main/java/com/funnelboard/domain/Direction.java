package com.funnelboard.domain;

import java.util.Locale;
import java.util.Optional;

/** Who started an interaction: the contact (inbound) or us (outbound). */
public enum Direction {
    IN("inbound"),
    OUT("outbound");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<Direction> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "in", "inbound" -> Optional.of(IN);
            case "out", "outbound" -> Optional.of(OUT);
            default -> Optional.empty();
        };
    }

    public static Direction fromKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("Unknown direction: " + key));
    }
}
