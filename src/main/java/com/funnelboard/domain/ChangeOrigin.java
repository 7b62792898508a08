package com.funnelboard.domain;

import java.util.Locale;

/** Where a change set came from. */
public enum ChangeOrigin {
    /** Something the user did in the window or on the command line. */
    USER,
    /** The sample pipeline. */
    SAMPLE,
    /** An import of another program's file. */
    IMPORT,
    /** Changes received from a teammate's share file. */
    MERGE,
    /** Undoing (or redoing) an earlier change set. */
    UNDO,
    /** A schema upgrade that repaired data. */
    MIGRATION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChangeOrigin fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
