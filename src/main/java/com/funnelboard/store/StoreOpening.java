package com.funnelboard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jooq.exception.DataAccessException;

/**
 * How a {@link Store} is opened (see {@link Store#open(Path, Clock, Path, StoreAccess)}): the file
 * identified and inspected on a read-only connection before anything writes to it, then upgraded
 * under the lock, given its replica id and its scores. Used by the store alone.
 */
final class StoreOpening {

    private StoreOpening() {}

    /** @param decorate wraps each pooled connection (fault-injection tests) */
    static Store open(Path file, Clock clock, Path knownFiles, StoreAccess access, UnaryOperator<Connection> decorate,
            java.util.function.Consumer<String> steps) {
        Path path = DatabaseFile.ensureExists(file.toAbsolutePath().normalize());
        DatabaseLock lock = access == StoreAccess.WINDOW ? DatabaseLock.window(path) : null;
        KnownFiles known = new KnownFiles(knownFiles);
        ConnectionPool pool = null;
        boolean checksDeferred;
        Runnable leaveAsItCame = ReadingSidecars.removeSidecarsMadeByReading(path);
        try {
            DatabaseFile.checkHeader(path);
            // A file its owner made read-only is read, never written: a command that only reads it (a list, a report, an
            // export) works on it, one that would write is refused by the store. The window, which writes, refuses it here.
            boolean readOnly = access == StoreAccess.SHARED && DatabaseFile.isReadOnly(path);
            if (!readOnly) {
                DatabaseFile.refuseReadOnly(path);
            }
            String url = "jdbc:sqlite:" + path;
            // Identify and check the file on a read-only connection first: the pool's settings
            // (WAL) would already change a file that turns out not to be ours.
            int version;
            try (Connection c = ConnectionPool.readOnly(url)) {
                version = Migrations.identify(c, path.toString());
                // Known as left here, or open in a window now: the window checked it when it opened it, and what it has written
                // since changed the file's size and time (the next command took the file for a stranger's and read it whole:
                // 37 s at 100,000 deals).
                checksDeferred = known.knows(path) || access != StoreAccess.WINDOW && known.knowsAny() && DatabaseLock.heldByAWindow(path);
                if (!checksDeferred && version > 0) {
                    String name = path.getFileName().toString();
                    // Said as it is: "before its first use on this computer" was said again at every open of a file found damaged.
                    steps.accept(switch (known.stranger(path)) {
                        case NEW -> "Checking " + name + " before its first use on this computer: a file it did not write is read whole once";
                        case CHANGED -> "Checking " + name + ": it changed since Funnelboard last closed it here (copied over, restored or "
                                + "written by another program), so it is read whole once";
                        case FOUND_DAMAGED -> "Checking " + name + " again: it was found damaged when last opened here, so it is read whole";
                    } + ", which takes a while for a large one\u2026");
                }
                try {
                    DatabaseInspection.refuseIfUnsound(checksDeferred
                            ? DatabaseInspection.inspectSchema(c, path.toString(), version)
                            : DatabaseInspection.inspect(c, path.toString(), version, true));
                } catch (StoreException e) {
                    if (e.kind() == StoreException.Kind.DAMAGED) {
                        known.forget(path); // its next open says it is checked again for that
                    }
                    throw e;
                }
            }
            if (readOnly) {
                return readOnly(path, url, version, clock, known, checksDeferred, decorate, leaveAsItCame);
            }
            DatabaseFile.makePrivate(path);
            pool = new ConnectionPool(url, decorate);
            pool.whenClosed(DatabaseFile.openedHere(path));
            if (version < Migrations.LATEST_VERSION) {
                if (version > 0) {
                    steps.accept("Upgrading " + path.getFileName() + " to this version of Funnelboard\u2026");
                }
                upgrade(pool, path, lock);
            }
            pool.stopCreating();
            DatabaseFile.makePrivate(path);
            Store store = new Store(path, lock, pool, clock, known, checksDeferred);
            store.jdbc(c -> {
                LocalState local = new LocalState(store.dsl(c), clock);
                if (local.needsReplica(path)) {
                    c.setAutoCommit(false);
                    try {
                        local.ensureReplica(path);
                        c.commit();
                    } finally {
                        WriteTransaction.restoreAutoCommit(c);
                    }
                }
                if (!local.identityNeedsConfirming()) {
                    // A copy passed on keeps who used it, but until its new user says who they are, its changes carry
                    // this computer's user name, never the former user's.
                    local.identity().ifPresent(store::usePerson);
                }
                return null;
            });
            StoreUpkeep.ensureScores(store, steps);
            return store;
        } catch (SQLException | DataAccessException | org.flywaydb.core.api.FlywayException e) {
            closeAfterFailure(pool, lock);
            if (pool == null) {
                leaveAsItCame.run();
            }
            throw StoreErrors.translate(e, path);
        } catch (RuntimeException e) {
            closeAfterFailure(pool, lock);
            if (pool == null) {
                leaveAsItCame.run(); // refused on the read-only look: nothing of ours stays beside it
            }
            throw e;
        }
    }

    /**
     * A store that only reads the file (its owner made it read-only; checked and identified as any file): its connections are
     * read-only, nothing is upgraded, no replica id given, no score stored, and what SQLite made beside the file to read it
     * (an empty log and its index) is removed when the store closes. A file that needs an upgrade or holds no pipeline is
     * refused: reading it would write to it.
     */
    private static Store readOnly(Path path, String url, int version, Clock clock, KnownFiles known, boolean checksDeferred,
            UnaryOperator<Connection> decorate, Runnable leaveAsItCame) {
        if (version < Migrations.LATEST_VERSION) {
            String why = version == 0 ? "holds no pipeline yet" : "was written by an earlier version of Funnelboard, and reading it takes an upgrade";
            throw new StoreException(StoreException.Kind.IO, path + " is read-only (its permissions say so) and " + why
                    + ", which would change it: make it writable (chmod u+w " + path.getFileName() + ") or use a copy. Nothing was changed",
                    "it is read-only (its permissions say so): make it writable, or use a copy", null);
        }
        ConnectionPool pool = new ConnectionPool(url, decorate, true);
        Runnable opened = DatabaseFile.openedHere(path);
        pool.whenClosed(() -> {
            opened.run();
            leaveAsItCame.run();
        });
        pool.stopCreating();
        Store store = new Store(path, null, pool, clock, known, checksDeferred);
        try {
            store.jdbc(c -> {
                LocalState local = new LocalState(store.dsl(c), clock);
                if (!local.identityNeedsConfirming()) {
                    local.identity().ifPresent(store::usePerson);
                }
                return null;
            });
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Brings the file to the latest schema. A command takes the window lock for the upgrade (two
     * commands never migrate one file at once) and looks at the version again under it, as another
     * command may have upgraded it meanwhile.
     */
    private static void upgrade(ConnectionPool pool, Path path, DatabaseLock windowLock) throws SQLException {
        DatabaseLock upgrading = windowLock == null ? DatabaseLock.forUpgrade(path) : null;
        Connection c = pool.borrow();
        try {
            int version = Migrations.identify(c, path.toString());
            boolean fromTemplate = version < Migrations.LATEST_VERSION && Migrations.migrate(c, pool.dataSource(), version);
            // A new file copied from the template has its schema, checked when the template was made.
            List<String> after = fromTemplate ? List.of() : Migrations.schemaDifferences(c, Migrations.LATEST_VERSION);
            if (!after.isEmpty()) {
                throw new StoreException(StoreException.Kind.NOT_A_DATABASE,
                        path + " does not have the expected schema after its upgrade: it holds " + after.getFirst() + ".");
            }
        } finally {
            pool.release(c);
            if (upgrading != null) {
                upgrading.close();
            }
        }
    }

    private static void closeAfterFailure(ConnectionPool pool, DatabaseLock lock) {
        if (pool != null) {
            pool.close();
        }
        if (lock != null) {
            if (pool == null) {
                lock.closeLeavingNothing(); // refused on the read-only look
            } else {
                lock.close();
            }
        }
    }
}
