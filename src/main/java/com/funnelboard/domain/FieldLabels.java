package com.funnelboard.domain;

import java.util.Map;

/** A stored field as people read it: "value_minor" is "Value", "expected_close_on" "Expected close". */
public final class FieldLabels {

    private static final Map<String, String> NAMED = Map.of("value_minor", "Value", "expected_close_on", "Expected close", "preferred_channel",
            "Prefers", "final_value_minor", "Final value", "closed_on", "Closed on", "pain_points", "Pain points");

    private FieldLabels() {}

    /** The field's name in words, capitalised ("Value", "Title", "Lost reason"). */
    public static String of(String field) {
        String known = NAMED.get(field);
        if (known != null) {
            return known;
        }
        String words = field.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
