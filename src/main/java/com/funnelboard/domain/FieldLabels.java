package com.funnelboard.domain;

import java.util.Map;

/** A stored field as people read it: "value_minor" is "Value", "expected_close_on" "Expected close". */
public final class FieldLabels {

    private static final Map<String, String> NAMED = Map.of("value_minor", "Value", "expected_close_on", "Expected close", "preferred_channel",
            "Prefers", "final_value_minor", "Final value", "closed_on", "Closed on", "pain_points", "Pain points",
            // When the deal entered its stage is its stage, to a reader: an undo's refusal named "the deal's stage entered at".
            "stage_entered_at", "Stage", "due_at", "Due", "done_at", "Done", "organization_id", "Organization");

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
