package com.funnelboard.domain;

import java.util.Optional;

/** What a follow-up asks the rep to do. */
public enum FollowUpKind {
    CALL("Call"), EMAIL("Email"), MEETING("Meeting"), TASK("Task");

    private final String label;

    FollowUpKind(String label) {
        this.label = label;
    }

    /** Stable name for storage, the command line and JSON: "call". */
    public String key() {
        return Keys.key(this);
    }

    /** The name people read: "Call". */
    public String label() {
        return label;
    }

    /** Parses "call", "Call", "CALL" alike. */
    public static Optional<FollowUpKind> parse(String text) {
        return Keys.parse(FollowUpKind.class, text);
    }

    public static FollowUpKind fromKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("Unknown follow-up kind: " + key));
    }
}
