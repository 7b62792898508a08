package com.funnelboard.domain;

import java.util.Locale;

/** What a follow-up asks the rep to do. */
public enum FollowUpKind {
    CALL, EMAIL, MEETING, TASK;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FollowUpKind fromKey(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
