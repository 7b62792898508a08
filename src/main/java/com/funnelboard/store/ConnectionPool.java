package com.funnelboard.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteLimits;

/**
 * A few reusable connections to one database file, each opened with the same pragmas:
 * WAL, synchronous=FULL, foreign keys on, a busy timeout, transactions that start with BEGIN
 * IMMEDIATE so a writer takes the write lock up front, and the hardening SQLite recommends for files
 * that may come from someone else: trusted_schema off, cell_size_check on, writable_schema off,
 * memory-mapped I/O off, and a cap on the size of one value. (sqlite-jdbc offers no call for
 * SQLITE_DBCONFIG_DEFENSIVE; what that flag guards against — writing the schema or raw pages —
 * the app never does, and a file whose schema is not exactly ours is refused before use.)
 * Migrations run on connections from {@link #dataSource()}, with the same pragmas.
 */
final class ConnectionPool implements AutoCloseable {

    static final int BUSY_TIMEOUT_MS = 5_000;
    /** The largest value (text or blob) one cell may hold: far above any note, far below memory trouble. */
    static final int MAX_VALUE_BYTES = 16 * 1024 * 1024;
    private static final String[] HARDENING = {
        "PRAGMA trusted_schema = OFF", "PRAGMA cell_size_check = ON", "PRAGMA writable_schema = OFF", "PRAGMA mmap_size = 0"};
    /**
     * Connections kept open between uses. Each keeps its page cache (up to {@link #CACHE_KIB}), so
     * the start's burst of background reads left four of them full, about 16 MB more resident
     * memory than two, for no gain: a connection beyond two opens in about a millisecond.
     */
    private static final int MAX_IDLE = 2;
    /**
     * Each connection's page cache, in KiB (SQLite's default is 2 MB). The reads that once sought
     * into the stage history move by move now read ranges of indexes, so a larger cache no longer
     * pays: on the 100,000-deal benchmark files 8 MB and 64 MB gave the same report and filter
     * times, while 64 MB per connection, filled by the first board and the checks, kept the idle
     * window 65 MB larger (390 MB against 325 MB resident). A cap, filled only as pages are read;
     * a bulk write raises it for its transaction (see {@link ChangeRecorder}).
     */
    static final int CACHE_KIB = 8_192;

    private final SQLiteDataSource dataSource;
    private final UnaryOperator<Connection> decorate;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    /** Connections borrowed and not released yet, with the thread that borrowed each. */
    private final java.util.IdentityHashMap<Connection, Thread> lent = new java.util.IdentityHashMap<>();
    /** While true, a thread that holds no connection waits before it borrows one (see {@link #renew}). */
    private boolean renewing;
    private boolean closed;
    /** Run once the pool is closed (the file is no longer open here through it). */
    private Runnable whenClosed = () -> { };

    ConnectionPool(String url) {
        this(url, UnaryOperator.identity());
    }

    /** @param decorate wraps each new connection (fault-injection tests) */
    ConnectionPool(String url, UnaryOperator<Connection> decorate) {
        this(url, decorate, false);
    }

    /**
     * @param readOnly connections that only read (a file its owner made read-only): SQLite refuses any write on them, and
     *     they set no journal mode (the file's own, write-ahead, stays)
     */
    ConnectionPool(String url, UnaryOperator<Connection> decorate, boolean readOnly) {
        this.decorate = decorate;
        SQLiteConfig config = new SQLiteConfig();
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(readOnly ? SQLiteConfig.TransactionMode.DEFERRED : SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setCacheSize(-CACHE_KIB);
        // Keys are ids made here, never the row id SQLite assigns: without this the driver matches
        // every statement it runs against a pattern to find the inserts whose key to fetch.
        config.setGetGeneratedKeys(false);
        dataSource = new SQLiteDataSource(config) {
            @Override
            public Connection getConnection() throws SQLException {
                return harden(super.getConnection());
            }
        };
        dataSource.setUrl(url);
    }

    /**
     * From now on a connection opens the file only if it is there: once the database is made and migrated, a connection opened
     * after another program moved or deleted the file made an empty SQLite file in its place (and a command then took that
     * file for a new, empty pipeline).
     */
    void stopCreating() {
        dataSource.getConfig().resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
    }

    /** Connections with every pragma of the pool, for the migration tool. */
    DataSource dataSource() {
        return dataSource;
    }

    /** A read-only connection with the same hardening, for identifying and checking a file. */
    static Connection readOnly(String url) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return harden(DriverManager.getConnection(url, config.toProperties()));
    }

    private static Connection harden(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String pragma : HARDENING) {
                s.execute(pragma);
            }
            c.unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** SQLite's default: a commit that leaves the write-ahead log over this many pages checkpoints it. */
    static final int AUTOCHECKPOINT_PAGES = 1_000;

    /**
     * Leaves the checkpoint out of the commits of {@code c} (a bulk write, see {@link WalCheckpoints})
     * until {@link #checkpointCommits} puts it back.
     */
    static void holdBackCheckpoints(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
        }
    }

    /** Gives {@code c} the page caches every pooled connection has (after a bulk write's 1 GB). */
    static void poolCache(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = -" + CACHE_KIB);
            s.execute("PRAGMA temp.cache_size = -2000");
        }
    }

    /** Makes the commits of {@code c} checkpoint the log again, as every pooled connection's do. */
    static void checkpointCommits(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = " + AUTOCHECKPOINT_PAGES);
        }
    }

    synchronized Connection borrow() throws SQLException {
        while (renewing && !closed && !lent.containsValue(Thread.currentThread())) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while the database's connections were opened again", e);
            }
        }
        if (closed) {
            throw new SQLException("The database is closed");
        }
        Connection c = idle.pollFirst();
        c = c != null ? c : open();
        lent.put(c, Thread.currentThread());
        return c;
    }

    /**
     * Closes every connection of the pool at one moment, and runs {@code closeOthers} (which closes
     * the program's other connections to the file) in it, so that the next ones take SQLite's locks
     * afresh: when no connection of a process is open on a file, SQLite forgets what it believed it
     * held. Waits up to {@code waitMillis} for the connections lent out to come back (meanwhile no
     * other is lent); when they do not, gives up and returns false, changing nothing. See
     * {@link Store#renewLocks}.
     */
    boolean renew(long waitMillis, Runnable closeOthers) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            renewing = true;
            long deadline = System.nanoTime() + waitMillis * 1_000_000;
            try {
                while (!lent.isEmpty()) {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left <= 0) {
                        renewing = false;
                        notifyAll();
                        return false;
                    }
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                renewing = false;
                notifyAll();
                return false;
            }
            closeIdle();
        }
        try {
            closeOthers.run();
            return true;
        } finally {
            synchronized (this) {
                renewing = false;
                notifyAll();
            }
        }
    }

    private void closeIdle() {
        for (Connection c : idle) {
            try {
                c.close();
            } catch (SQLException e) {
                org.slf4j.LoggerFactory.getLogger(ConnectionPool.class).warn("Closing a connection", e);
            }
        }
        idle.clear();
    }

    synchronized void release(Connection c) {
        lent.remove(c);
        if (renewing && lent.isEmpty()) {
            notifyAll();
        }
        try {
            if (closed || idle.size() >= MAX_IDLE || c.isClosed() || !c.getAutoCommit()) {
                c.close();
            } else {
                idle.addFirst(c);
            }
        } catch (SQLException e) {
            // a broken connection is simply dropped
            org.slf4j.LoggerFactory.getLogger(ConnectionPool.class).warn("Dropping a broken connection", e);
        }
    }

    private Connection open() throws SQLException {
        return decorate.apply(dataSource.getConnection());
    }

    /** {@code action} runs when the pool is closed. */
    synchronized void whenClosed(Runnable action) {
        whenClosed = action;
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeIdle();
        notifyAll();
        whenClosed.run();
    }
}
