package com.funnelboard.store;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.ChangeOrigin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices change sets that another program (the command line run beside the window) committed to
 * the database: SQLite's data_version on a connection of its own tells when anyone else committed,
 * and the change sets after the last one seen are read and published like this program's own.
 */
final class ChangeWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);

    private final Store store;
    private final ScheduledExecutorService timer;
    private final Set<UUID> own = ConcurrentHashMap.newKeySet();
    private final Consumer<Exception> failed;
    private final Runnable recovered;
    private Connection connection;
    private long dataVersion = -1;
    private long lastRow;
    /** Whether {@link #lastRow} is where the watcher stands (false at the start and after a rewind). */
    private boolean lastRowKnown;
    /** Whether the last look failed (the watcher's thread only): a failure is told once, and so is the recovery. */
    private boolean failing;
    /** Looks since SQLite's lock on the file was last looked for (see {@link Store#renewLocks}). */
    private int sinceLockLook;
    /** Looks between two looks for the lock: every two seconds at the window's pace. */
    static final int LOCK_LOOK_EVERY = 4;
    private volatile Thread thread;
    /** The local settings other programs may change, looked at whenever anyone committed. */
    private final java.util.List<ChangePublisher.LocalWatch> locals;

    /**
     * @param failed told when the database cannot be watched or read (once, until it works again)
     * @param recovered told when it works again
     */
    ChangeWatcher(Store store, long periodMillis, Consumer<Exception> failed, Runnable recovered,
            java.util.List<ChangePublisher.LocalWatch> locals) {
        this.store = store;
        this.locals = locals;
        this.failed = failed;
        this.recovered = recovered;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "funnelboard-change-watcher");
            t.setDaemon(true);
            thread = t;
            return t;
        });
        timer.execute(this::start);
        timer.scheduleWithFixedDelay(this::poll, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts again from the change log as it now stands (after a backup was restored into the
     * database, whose change log may be shorter than the one watched so far).
     */
    void rewind() {
        timer.execute(() -> {
            dropConnection();
            lastRowKnown = false;
            start();
        });
    }

    /** Closes the watcher's connection (its thread only); the next look opens another. */
    private void dropConnection() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the watcher's connection", e);
            }
        }
    }

    /**
     * Closes the watcher's connection now, on its thread (waiting for a look in progress); the next
     * look opens another. See {@link Store#renewLocks}.
     */
    void closeConnection() {
        if (Thread.currentThread() == thread) {
            dropConnection(); // renewing from a look of its own
            return;
        }
        try {
            timer.submit(this::dropConnection).get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopped: its connection is closed already
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("The watcher's connection could not be closed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A change set this program committed: published already, not again. */
    void ownCommit(UUID changeSet) {
        own.add(changeSet);
    }

    /** Opens the watcher's connection; a failure is told and the next poll tries again. */
    private void start() {
        try {
            Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + store.file());
            try {
                connection = c;
                if (lastRowKnown) {
                    // Opened again (its locks renewed, or after a failure): the sets committed meanwhile are read at the next look.
                    dataVersion = -1;
                } else {
                    dataVersion = version();
                    try (Statement s = connection.createStatement();
                            ResultSet rs = s.executeQuery("SELECT coalesce(max(rowid), 0) FROM change_set")) {
                        lastRow = rs.next() ? rs.getLong(1) : 0;
                    }
                    lastRowKnown = true;
                }
            } catch (SQLException | RuntimeException e) {
                connection = null;
                c.close();
                throw e;
            }
            worked();
        } catch (SQLException | RuntimeException e) {
            trouble(e);
        }
    }

    private void worked() {
        if (failing) {
            failing = false;
            recovered.run();
        }
    }

    private void trouble(Exception e) {
        if (!failing) {
            failing = true;
            failed.accept(e instanceof SQLException ? StoreErrors.translate(e, store.file()) : e);
        }
    }

    private long version() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void poll() {
        if (connection == null) {
            start();
            return;
        }
        try {
            store.requireFileInPlace(); // said at once, before a write finds it
            long v = version();
            if (++sinceLockLook >= LOCK_LOOK_EVERY) {
                sinceLockLook = 0;
                lookForLock();
                if (connection == null) {
                    return; // renewed: the next look opens another connection
                }
            }
            for (ChangePublisher.LocalWatch w : locals) {
                if (w.seen == null) {
                    w.seen = LocalState.fingerprint(connection, w.prefix); // a watch added since the last look: where it starts from
                }
            }
            if (v == dataVersion) {
                worked();
                return;
            }
            dataVersion = v;
            try (PreparedStatement sets = connection.prepareStatement(
                    "SELECT rowid, id, origin, author, made_at, summary FROM change_set WHERE rowid > ? ORDER BY rowid");
                    PreparedStatement rows = connection.prepareStatement("SELECT DISTINCT table_name, row_key FROM change WHERE change_set_id = ? "
                            + "LIMIT " + ChangeRecorder.MAX_NOTICE_ROWS);
                    PreparedStatement allTables = connection.prepareStatement("SELECT DISTINCT table_name FROM change WHERE change_set_id = ?")) {
                sets.setLong(1, lastRow);
                try (ResultSet rs = sets.executeQuery()) {
                    while (rs.next()) {
                        lastRow = rs.getLong(1);
                        UUID id = UUID.fromString(rs.getString(2));
                        if (own.remove(id)) {
                            continue;
                        }
                        Set<String> tables = new HashSet<>();
                        Set<String> keys = new LinkedHashSet<>();
                        rows.setString(1, id.toString());
                        try (ResultSet r = rows.executeQuery()) {
                            while (r.next()) {
                                tables.add(r.getString(1));
                                keys.add(r.getString(2));
                            }
                        }
                        if (keys.size() == ChangeRecorder.MAX_NOTICE_ROWS) {
                            // A bulk import: its notice names its first rows and every table it touched.
                            allTables.setString(1, id.toString());
                            try (ResultSet r = allTables.executeQuery()) {
                                while (r.next()) {
                                    tables.add(r.getString(1));
                                }
                            }
                        }
                        store.publish(new ChangeNotice(id, ChangeOrigin.fromKey(rs.getString(3)), rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5)), tables, keys, true, rs.getString(6)));
                    }
                }
            }
            lookAtLocals();
            worked();
        } catch (SQLException | RuntimeException e) {
            // Looked at again at the next poll: a change set not read yet is read then.
            dataVersion = -1;
            trouble(e);
        }
    }

    /** Tells the watches of local settings whose settings changed since they were last looked at. */
    private void lookAtLocals() throws SQLException {
        for (ChangePublisher.LocalWatch w : locals) {
            String now = LocalState.fingerprint(connection, w.prefix);
            if (!now.equals(w.seen)) {
                w.seen = now;
                try {
                    w.changed.run();
                } catch (RuntimeException e) {
                    LOG.error("A view failed to follow the local settings {}…", w.prefix, e);
                }
            }
        }
    }

    /**
     * Renews SQLite's locks when this process no longer holds one on the file although this
     * connection has read it (something closed a descriptor of the file: see {@link Store#renewLocks}).
     */
    private void lookForLock() {
        if (ProcessLocks.held(store.file()).orElse(true)) {
            return;
        }
        LOG.warn("This program had lost SQLite's locks on {} (a descriptor of the file was closed, as a file dialog does); taking them again",
                store.file());
        if (!store.renewLocks()) {
            LOG.warn("The connections to {} stayed in use; the locks are taken again at a later look", store.file());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing the change watcher's connection", e);
            }
        }
    }
}
