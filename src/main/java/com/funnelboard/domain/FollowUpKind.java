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

    /**
     * What is to be done with {@code who}, as a line of the Today page or a reminder reads: "Call Ida Berg", "Email Ida Berg",
     * "Meeting with Ida Berg", "Task for Ida Berg" ("Task Ida Berg" read as a typing slip).
     */
    public String with(String who) {
        return switch (this) {
            case CALL, EMAIL -> label + " " + who;
            case MEETING -> "Meeting with " + who;
            case TASK -> "Task for " + who;
        };
    }

    /** Parses "call", "Call", "CALL" alike. */
    public static Optional<FollowUpKind> parse(String text) {
        return Keys.parse(FollowUpKind.class, text);
    }

    public static FollowUpKind fromKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("Unknown follow-up kind: " + key));
    }
}
