package com.funnelboard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.DatabaseCheck;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one door to the database. Reads run on a pooled connection in autocommit mode; every write
 * runs in one BEGIN IMMEDIATE transaction through {@link #write}, which is the single place where
 * changes can later be recorded for sharing.
 */
public final class Store implements AutoCloseable {

    private final Path file;
    private final DatabaseLock lock;
    private final ConnectionPool pool;
    private final Clock clock;
    private final KnownFiles known;
    private final List<java.util.function.Consumer<ChangeNotice>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String author = System.getProperty("user.name", "me");
    private ChangeWatcher watcher;
    private final Settings settings = new Settings()
            .withRenderSchema(false)
            .withExecuteLogging(false)
            .withRenderCatalog(false);

    private Store(Path file, DatabaseLock lock, ConnectionPool pool, Clock clock, KnownFiles known) {
        this.file = file;
        this.lock = lock;
        this.pool = pool;
        this.clock = clock;
        this.known = known;
    }

    /** Opens {@code file} with the full integrity check (no record of files opened before). */
    public static Store open(Path file, Clock clock) {
        return open(file, clock, null);
    }

    /**
     * Opens (creating if needed) the database at {@code file}. Nothing is written to the file until
     * it has been identified on a read-only connection as a Funnelboard database of a known schema
     * version, SQLite has found it intact (the full integrity check when the file is not exactly as
     * this installation last closed it, else the quick one), and its schema holds exactly the objects
     * the migrations create (no foreign trigger, view, table or index). Only then is it migrated, on
     * connections with the store's pragmas, and its schema compared again.
     *
     * @param knownFiles the local record of files this installation closed (null: none)
     * @throws StoreException with a sentence for the user when the file is in use, foreign, damaged,
     *     from a newer version, or unwritable; the file is left byte-identical
     */
    public static Store open(Path file, Clock clock, Path knownFiles) {
        return open(file, clock, knownFiles, UnaryOperator.identity());
    }

    /** @param decorate wraps each pooled connection (fault-injection tests) */
    static Store open(Path file, Clock clock, Path knownFiles, UnaryOperator<Connection> decorate) {
        Path path = DatabaseFile.ensureExists(file.toAbsolutePath().normalize());
        DatabaseLock lock = DatabaseLock.acquire(path);
        KnownFiles known = new KnownFiles(knownFiles);
        ConnectionPool pool = null;
        try {
            DatabaseFile.checkHeader(path);
            String url = "jdbc:sqlite:" + path;
            // Identify and check the file on a read-only connection first: the pool's settings
            // (WAL) would already change a file that turns out not to be ours.
            int version;
            try (Connection c = ConnectionPool.readOnly(url)) {
                version = Migrations.identify(c, path.toString());
                refuseIfUnsound(inspect(c, path.toString(), version, !known.knows(path)));
            }
            DatabaseFile.makePrivate(path);
            pool = new ConnectionPool(url, decorate);
            if (version < Migrations.LATEST_VERSION) {
                Connection c = pool.borrow();
                try {
                    Migrations.migrate(c, pool.dataSource(), version);
                    List<String> after = Migrations.schemaDifferences(c, Migrations.LATEST_VERSION);
                    if (!after.isEmpty()) {
                        throw new StoreException(StoreException.Kind.NOT_A_DATABASE,
                                path + " does not have the expected schema after its upgrade: it holds " + after.getFirst() + ".");
                    }
                } finally {
                    pool.release(c);
                }
            }
            DatabaseFile.makePrivate(path);
            Store store = new Store(path, lock, pool, clock, known);
            store.jdbc(c -> {
                LocalState local = new LocalState(store.dsl(c), clock);
                if (local.needsReplica(path)) {
                    c.setAutoCommit(false);
                    try {
                        local.ensureReplica(path);
                        c.commit();
                    } finally {
                        restoreAutoCommit(c);
                    }
                }
                return null;
            });
            return store;
        } catch (SQLException | DataAccessException | org.flywaydb.core.api.FlywayException e) {
            closeAfterFailure(pool, lock);
            throw translate(e, path);
        } catch (RuntimeException e) {
            closeAfterFailure(pool, lock);
            throw e;
        }
    }

    /**
     * Checks a database file without changing it (read-only, no lock, no migration): what the
     * {@code check} command and Help → Check database report.
     */
    public static DatabaseCheck check(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new StoreException(StoreException.Kind.IO, "There is no database at " + path + ".");
        }
        try {
            DatabaseFile.checkHeader(path);
        } catch (StoreException e) {
            return new DatabaseCheck(path.toString(), false, -1, List.of(), List.of(), List.of(), true);
        }
        try (Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + path)) {
            int version;
            try {
                version = Migrations.identify(c, path.toString());
            } catch (StoreException e) {
                if (e.kind() == StoreException.Kind.NOT_A_DATABASE && e.getMessage().contains("not a Funnelboard database")) {
                    return new DatabaseCheck(path.toString(), false, -1, List.of(), List.of(), List.of(), true);
                }
                return new DatabaseCheck(path.toString(), true, -1, List.of(), List.of(), List.of(e.getMessage()), true);
            }
            return inspect(c, path.toString(), version, true);
        } catch (SQLException e) {
            StoreException se = translate(e, path);
            if (se.kind() == StoreException.Kind.DAMAGED) {
                return new DatabaseCheck(path.toString(), true, -1, List.of(se.getMessage()), List.of(), List.of(), true);
            }
            throw se;
        }
    }

    /** The checks of {@link #check} on an identified file. */
    private static DatabaseCheck inspect(Connection c, String label, int version, boolean full) throws SQLException {
        List<String> integrity = Migrations.integrityProblems(c, full);
        if (!integrity.isEmpty()) {
            // A damaged file's schema and references cannot be trusted to be read at all.
            return new DatabaseCheck(label, true, version, integrity, List.of(), List.of(), full);
        }
        return new DatabaseCheck(label, true, version, integrity, Migrations.foreignKeyProblems(c), Migrations.schemaDifferences(c, version),
                full);
    }

    private static void refuseIfUnsound(DatabaseCheck check) {
        if (!check.integrity().isEmpty()) {
            throw new StoreException(StoreException.Kind.DAMAGED, check.file() + " is damaged (SQLite's integrity check: "
                    + com.funnelboard.domain.Printable.escape(check.integrity().getFirst())
                    + "); it was not opened and nothing was changed. Restore a backup or ask for a fresh copy.");
        }
        if (!check.schema().isEmpty()) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, check.file() + " holds "
                    + com.funnelboard.domain.Printable.escape(check.schema().getFirst())
                    + (check.schema().size() > 1 ? " (and " + (check.schema().size() - 1) + " more differences)" : "")
                    + "; it was not opened and nothing was changed.");
        }
        if (!check.foreignKeys().isEmpty()) {
            throw new StoreException(StoreException.Kind.DAMAGED, check.file() + " is inconsistent ("
                    + com.funnelboard.domain.Printable.escape(check.foreignKeys().getFirst())
                    + "); it was not opened and nothing was changed. Restore a backup or ask for a fresh copy.");
        }
    }

    /**
     * True when writing to {@code target} would overwrite this database, its journal files or its
     * lock, whatever path names it (a symbolic link, a hard link, "..", another case).
     */
    public boolean isOwnFile(Path target) {
        return DatabaseFile.isOneOf(target, DatabaseFile.companions(file));
    }

    public Path file() {
        return file;
    }

    public Clock clock() {
        return clock;
    }

    /** Who this installation's change sets are written by (the command line and the window set it). */
    public void setAuthor(String author) {
        if (author != null && !author.isBlank()) {
            this.author = author.strip();
        }
    }

    public String author() {
        return author;
    }

    /**
     * Calls {@code listener} after every committed change set that changed shared data: this
     * program's own, on the committing thread, and — once {@link #watchOtherPrograms} runs — those
     * another program wrote, on the watcher's thread. A listener that fails is logged and skipped.
     */
    public void subscribe(java.util.function.Consumer<ChangeNotice> listener) {
        listeners.add(listener);
    }

    /**
     * Watches for change sets other programs (the command line beside the window) commit to this
     * database, through SQLite's data_version, every {@code periodMillis}, and publishes them.
     */
    public synchronized void watchOtherPrograms(long periodMillis) {
        if (watcher == null) {
            watcher = new ChangeWatcher(this, periodMillis);
        }
    }

    void publish(ChangeNotice notice) {
        for (var l : listeners) {
            try {
                l.accept(notice);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Store.class).error("A view failed to follow change set {}", notice.changeSet(), e);
            }
        }
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(Function<Repositories, T> work) {
        Connection c = borrow();
        try {
            return work.apply(new Repositories(dsl(c), clock, null));
        } catch (DataAccessException e) {
            throw translate(e, file);
        } finally {
            pool.release(c);
        }
    }

    /** Runs work in one write transaction as a change set of the user. */
    public <T> T write(Function<Repositories, T> work) {
        return write(ChangeOrigin.USER, null, work);
    }

    /**
     * Runs work in one write transaction (BEGIN IMMEDIATE): all of it is saved, or none. Every
     * change it makes to shared data is recorded under one change set of {@code origin}, which is
     * published to the subscribers after the commit.
     *
     * @param summary a short description of the action for history, or null
     */
    public <T> T write(ChangeOrigin origin, String summary, Function<Repositories, T> work) {
        Connection c = borrow();
        T result;
        ChangeNotice notice = null;
        try {
            c.setAutoCommit(false);
            DSLContext dsl = dsl(c);
            ChangeRecorder changes = new ChangeRecorder(dsl, new ChangeRecorder.ChangeSource(origin, author, summary),
                    new LocalState(dsl, clock), clock.instant());
            result = work.apply(new Repositories(dsl, clock, changes));
            if (changes.changed() && watcher != null) {
                watcher.ownCommit(changes.id()); // before the commit: the watcher must never take it for another program's
            }
            c.commit();
            if (changes.changed()) {
                notice = changes.notice();
            }
        } catch (SQLException | DataAccessException e) {
            rollbackQuietly(c, e);
            throw translate(e, file);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(c, e);
            throw e;
        } finally {
            // After a failed commit SQLite may already have rolled back: restoring autocommit must
            // not replace the real error ("disk full") with "no transaction is active". The driver
            // opens the next transaction at once in manual-commit mode, so this also lets go of the
            // write lock before anyone hears of the change.
            restoreAutoCommit(c);
            pool.release(c);
        }
        if (notice != null) {
            publish(notice);
        }
        return result;
    }

    public void writeAll(Consumer<Repositories> work) {
        write(r -> {
            work.accept(r);
            return null;
        });
    }

    /** As {@link #write(ChangeOrigin, String, Function)}, without a result. */
    public void writeAll(ChangeOrigin origin, String summary, Consumer<Repositories> work) {
        write(origin, summary, r -> {
            work.accept(r);
            return null;
        });
    }

    /** Work on a raw pooled connection, for diagnostics inside the store layer. */
    <T> T jdbc(SqlWork<T> work) {
        Connection c = borrow();
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            pool.release(c);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    DSLContext dsl(Connection c) {
        return DSL.using(c, SQLDialect.SQLITE, settings);
    }

    private Connection borrow() {
        try {
            return pool.borrow();
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e); // the transaction is gone either way
        }
    }

    static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            try {
                c.close(); // a connection in an unknown state is not reused
            } catch (SQLException ignored) {
                // already unusable
            }
        }
    }

    private static void closeAfterFailure(ConnectionPool pool, DatabaseLock lock) {
        if (pool != null) {
            pool.close();
        }
        lock.close();
    }

    /** Turns driver errors into one sentence a user can act on. */
    static StoreException translate(Exception e, Path file) {
        if (e instanceof StoreException se) {
            return se;
        }
        Throwable t = e;
        while (t != null && !(t instanceof SQLiteException)) {
            t = t.getCause();
        }
        if (t instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_FULL")) {
                return new StoreException(StoreException.Kind.IO,
                        "The disk is full; the last change was not saved (everything saved before is intact). Free some space and try again.", e);
            }
            if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
                return new StoreException(StoreException.Kind.DAMAGED,
                        file + " is damaged or not a Funnelboard database; it was not changed. Restore a backup or ask for a fresh copy.", e);
            }
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new StoreException(StoreException.Kind.IN_USE, file + " is busy in another program; try again in a moment.", e);
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return new StoreException(StoreException.Kind.IO, "Cannot save to " + file
                        + ": the file or its folder is read-only; the last change was not saved. Check the permissions or copy the file somewhere writable.", e);
            }
            if (name.startsWith("SQLITE_PERM") || name.startsWith("SQLITE_AUTH")) {
                return new StoreException(StoreException.Kind.IO, "Permission denied for " + file + "; the last change was not saved.", e);
            }
            if (name.startsWith("SQLITE_CANTOPEN")) {
                return new StoreException(StoreException.Kind.IO, "Cannot open " + file
                        + ": permission denied, or its folder is missing or read-only.", e);
            }
            if (name.startsWith("SQLITE_IOERR")) {
                return new StoreException(StoreException.Kind.IO, "The disk reported an error while using " + file
                        + "; the last change was not saved and what was saved before is intact. Check the disk and try again.", e);
            }
        }
        return new StoreException(StoreException.Kind.IO, "Database error on " + file + ": "
                + com.funnelboard.domain.Printable.escape(String.valueOf(e.getMessage())), e);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (watcher != null) {
                watcher.close();
            }
        }
        pool.close();
        known.remember(file);
        lock.close();
    }
}
