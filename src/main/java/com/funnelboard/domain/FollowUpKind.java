package com.funnelboard.domain;

import java.util.Optional;

/** What a follow-up asks the rep to do. */
public enum FollowUpKind {
    CALL, EMAIL, MEETING, TASK;

    public String key() {
        return Keys.key(this);
    }

    /** Parses "call", "Call", "CALL" alike. */
    public static Optional<FollowUpKind> parse(String text) {
        return Keys.parse(FollowUpKind.class, text);
    }

    public static FollowUpKind fromKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("Unknown follow-up kind: " + key));
    }
}
