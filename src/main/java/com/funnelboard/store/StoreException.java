package com.funnelboard.store;

/** A database problem, with one sentence a user can act on. */
public class StoreException extends RuntimeException {

    /** What went wrong, so callers (the GUI, the command line's exit codes) can react. */
    public enum Kind {
        /** Another running copy of Funnelboard holds this database. */
        IN_USE,
        /** SQLite's lock is held by another program's write for longer than a write waits: trying again later works. */
        BUSY,
        /** The file is not a Funnelboard database (or not an SQLite file at all). */
        NOT_A_DATABASE,
        /** The file is damaged: SQLite's integrity check or its references fail. */
        DAMAGED,
        /** The database was written by a newer Funnelboard. */
        NEWER_SCHEMA,
        /** The disk is full or the file cannot be written. */
        IO,
        /** The file open here was moved, deleted or replaced by another program: nothing more is written to it. */
        GONE
    }

    private final Kind kind;
    private final String reason;

    public StoreException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    /** @param reason why, without the file's name (for a summary that names it already), or null */
    public StoreException(Kind kind, String message, String reason, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.reason = reason;
    }

    /** Why, in words that do not name the file again ("it is damaged or cut short"); the whole message when there are none. */
    public String reason() {
        return reason != null ? reason : getMessage();
    }

    public StoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
