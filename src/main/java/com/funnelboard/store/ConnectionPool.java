package com.funnelboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A few reusable connections to one database file, each opened with the same pragmas:
 * WAL, synchronous=FULL, foreign keys on, a busy timeout, trusted_schema off, and transactions that
 * start with BEGIN IMMEDIATE so a writer takes the write lock up front.
 */
final class ConnectionPool implements AutoCloseable {

    static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int MAX_IDLE = 4;

    private final SQLiteDataSource dataSource;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
    }

    synchronized Connection borrow() throws SQLException {
        if (closed) {
            throw new SQLException("The database is closed");
        }
        Connection c = idle.pollFirst();
        return c != null ? c : open();
    }

    synchronized void release(Connection c) {
        try {
            if (closed || idle.size() >= MAX_IDLE || c.isClosed() || !c.getAutoCommit()) {
                c.close();
            } else {
                idle.addFirst(c);
            }
        } catch (SQLException ignored) {
            // a broken connection is simply dropped
        }
    }

    private Connection open() throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
        }
        return c;
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c : idle) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        idle.clear();
    }
}
