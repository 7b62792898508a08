package com.funnelboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a bulk write's pages from the write-ahead log into the database file after its commit, on
 * a thread of its own, rather than inside the commit. SQLite does that copy (a checkpoint) in the
 * commit of any transaction that leaves the log over 1,000 pages; after an import of a million rows
 * the log holds the whole 2.7 GB file, and copying it took about half of the commit. The import's
 * rows are safe once committed to the log (a crash before the copy only means SQLite finishes it
 * when the file is next opened), so its result can be told at once. The copy is passive: it never
 * holds up a writer, and whatever it could not copy (a reader still on an older snapshot) the next
 * commit or closing the store copies, as before. Used by the store alone.
 */
final class WalCheckpoints implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpoints.class);
    private final ConnectionPool pool;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "funnelboard-checkpoint");
        t.setDaemon(true);
        return t;
    });
    /** A checkpoint is asked for and has not started yet (one waiting is enough for any number of commits). */
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Future<?> last;

    WalCheckpoints(ConnectionPool pool) {
        this.pool = pool;
    }

    /** Checkpoints the log soon, on the checkpoint thread. */
    void request() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        try {
            last = thread.submit(this::run);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.set(false); // closing: the last connection to close checkpoints
        }
    }

    private void run() {
        pending.set(false);
        Connection c = null;
        try {
            c = pool.borrow();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                if (rs.next() && rs.getInt(3) < rs.getInt(2)) {
                    LOG.debug("Checkpoint copied {} of {} pages of the log", rs.getInt(3), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            // The log keeps the data: the next commit or the close checkpoints it.
            LOG.warn("The checkpoint after a bulk write did not run", e);
        } finally {
            if (c != null) {
                pool.release(c);
            }
        }
    }

    /** Waits for the checkpoint asked for last, if any (tests; closing). */
    void awaitIdle() {
        Future<?> f = last;
        if (f != null) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("The checkpoint after a bulk write failed", e.getCause());
            }
        }
    }

    /** Lets a running checkpoint finish (so its connection is back before the pool closes) and stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.MINUTES)) {
                LOG.warn("A checkpoint still runs while the database closes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
