package com.funnelboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * How long a write waits for another program's write to end before it gives up as busy. Each
 * attempt to begin waits SQLite's busy timeout ({@link ConnectionPool#BUSY_TIMEOUT_MS}); a store
 * with more patience (the command line's, so a cron job's write outlasts the window's import) tries
 * again until its deadline, and says once that it waits. Only the begin is tried again: nothing of
 * the write has run then, so trying again cannot do anything twice.
 *
 * @param patience how long in all; at most the busy timeout means one attempt
 * @param whenWaiting told once, when the first attempt gave up and the write goes on waiting
 */
record WriterPatience(Duration patience, Runnable whenWaiting) {

    /** One attempt: the busy timeout alone (the window, whose writes run in the background and say when they fail). */
    static final WriterPatience ONE_ATTEMPT = new WriterPatience(Duration.ZERO, () -> { });

    /** How long a failed attempt sleeps before the next (the busy timeout itself retries within each attempt). */
    private static final long PAUSE_MS = 50;

    /** Begins the write transaction on {@code c} (BEGIN IMMEDIATE through the driver), trying again while busy. */
    void begin(Connection c) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean said = false;
        while (true) {
            try {
                c.setAutoCommit(false);
                return;
            } catch (SQLException e) {
                if (!busy(e) || System.nanoTime() >= deadline) {
                    throw e;
                }
                // The driver took the connection out of autocommit before its BEGIN failed: back, so the next attempt begins.
                try {
                    c.setAutoCommit(true);
                } catch (SQLException noTransaction) {
                    // "no transaction is active": expected, the mode is back all the same
                }
                if (!said) {
                    whenWaiting.run();
                    said = true;
                }
                try {
                    Thread.sleep(PAUSE_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean busy(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            return code != null && (code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED"));
        }
        return false;
    }
}
