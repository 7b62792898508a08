package com.funnelboard.domain;

import java.util.Locale;
import java.util.Optional;

/** Stable lower-case names for enum constants ("demo-request") and lenient parsing of them. */
final class Keys {

    private Keys() {}

    /** DEMO_REQUEST → "demo-request". */
    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts "demo-request", "Demo Request" and "DEMO_REQUEST" alike; empty for anything else. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
