package com.funnelboard.store;

/**
 * How a program uses the database. There is one window per database; commands (and any number
 * of them) write beside it, each write one BEGIN IMMEDIATE transaction under SQLite's own
 * locking, with a busy timeout.
 */
public enum StoreAccess {
    /** The window: holds the lock file, so a second window on the same database is refused. */
    WINDOW,
    /** A command or a test: takes no lock and works beside a window. */
    SHARED
}
