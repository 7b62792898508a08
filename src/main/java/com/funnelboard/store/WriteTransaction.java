package com.funnelboard.store;

import com.funnelboard.domain.ChangeNotice;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The transaction of {@link Store#write}, and the handling of a connection's manual-commit mode
 * around it: the work runs with a {@link ChangeRecorder} for the change set, the scores it moves
 * are written in the same transaction, and the commit is announced to the watcher first. Used by
 * the store alone.
 */
final class WriteTransaction {

    private WriteTransaction() {}

    /** What a committed write gave: the work's result and what to publish (null when nothing shared changed). */
    record Done<T>(T result, ChangeNotice notice) {}

    /**
     * Runs {@code work} in one transaction on {@code c} and commits it; on failure rolls back and
     * throws (SQL errors translated to a sentence about {@code file}). Either way {@code c} goes
     * back to autocommit and to {@code pool}.
     *
     * @param recording false only in the write benchmark (see {@link Store#recordChanges})
     */
    static <T> Done<T> run(ConnectionPool pool, Connection c, DSLContext dsl, ChangeRecorder.ChangeSource source, Clock clock, boolean recording,
            WriterPatience patience, ChangePublisher publisher, Path file, WalCheckpoints checkpoints, Function<Repositories, T> work) {
        ChangeRecorder changes = null;
        try {
            patience.begin(c);
            changes = new ChangeRecorder(dsl, source, new LocalState(dsl, clock), clock.instant(), recording);
            Repositories repositories = new Repositories(dsl, clock, changes);
            T result = work.apply(repositories);
            changes.writeDeferredSearch(); // the search documents an import held back, before anything reads them
            if (changes.changed()) {
                new ScoreCache(dsl, repositories).afterWrite(changes); // the scores this change moves, in the same transaction
            }
            changes.writeSummary();
            if (changes.changed()) {
                publisher.ownCommit(changes.id()); // before the commit: the watcher must never take it for another program's
            }
            c.commit();
            if (changes.bulkWrite()) {
                checkpoints.request(); // the copy of a bulk write's log into the file, after it (see WalCheckpoints)
            }
            return new Done<>(result, changes.changed() ? changes.notice() : null);
        } catch (SQLException | DataAccessException e) {
            rollbackQuietly(c, e);
            throw StoreErrors.translate(e, file);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(c, e);
            throw e;
        } finally {
            // After a failed commit SQLite may already have rolled back: restoring autocommit must
            // not replace the real error ("disk full") with "no transaction is active". The driver
            // opens the next transaction at once in manual-commit mode, so this also lets go of the
            // write lock before anyone hears of the change.
            restoreAutoCommit(c);
            if (changes != null && changes.bulkWrite()) {
                endBulkWrite(c);
            }
            pool.release(c);
        }
    }

    static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e); // the transaction is gone either way
        }
    }

    /**
     * Gives a connection that wrote in bulk its automatic checkpoint and the pool's page cache back,
     * once the transaction has ended (see {@link ChangeRecorder#largeCache}); a connection that
     * refuses is not reused.
     */
    private static void endBulkWrite(Connection c) {
        try {
            if (!c.isClosed()) {
                ConnectionPool.checkpointCommits(c);
                ConnectionPool.poolCache(c);
            }
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            org.slf4j.LoggerFactory.getLogger(Store.class).warn("A connection whose checkpoints could not be restored was closed", e);
        }
    }

    static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            try {
                c.close(); // a connection in an unknown state is not reused
            } catch (SQLException closing) {
                // already unusable
                e.addSuppressed(closing);
            }
            org.slf4j.LoggerFactory.getLogger(Store.class).warn("A connection in an unknown state was closed", e);
        }
    }
}
