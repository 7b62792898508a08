package com.funnelboard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private final Settings settings = new Settings()
            .withRenderSchema(false)
            .withExecuteLogging(false)
            .withRenderCatalog(false);

    private Store(Path file, DatabaseLock lock, ConnectionPool pool, Clock clock) {
        this.file = file;
        this.lock = lock;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) the database at {@code file}: takes the single-writer lock, checks
     * that it is a Funnelboard database, and migrates it to the current schema.
     *
     * @throws StoreException with a sentence for the user when the file is in use, foreign, from a
     *     newer version, or unwritable; the file is left untouched
     */
    public static Store open(Path file, Clock clock) {
        Path path = file.toAbsolutePath().normalize();
        DatabaseFile.ensureExists(path);
        DatabaseLock lock = DatabaseLock.acquire(path);
        ConnectionPool pool = null;
        try {
            DatabaseFile.checkHeader(path);
            String url = "jdbc:sqlite:" + path;
            // Identify the file on a plain read-only connection first: the pool's settings
            // (WAL) would already change a file that turns out not to be ours.
            int version = Migrations.check(url, path.toString());
            pool = new ConnectionPool(url);
            if (version < Migrations.LATEST_VERSION) {
                Connection c = pool.borrow();
                try {
                    Migrations.migrate(c, url, version);
                } finally {
                    pool.release(c);
                }
            }
            return new Store(path, lock, pool, clock);
        } catch (SQLException | DataAccessException | org.flywaydb.core.api.FlywayException e) {
            closeAfterFailure(pool, lock);
            throw translate(e, path);
        } catch (RuntimeException e) {
            closeAfterFailure(pool, lock);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public Clock clock() {
        return clock;
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(Function<Repositories, T> work) {
        Connection c = borrow();
        try {
            return work.apply(new Repositories(dsl(c), clock));
        } catch (DataAccessException e) {
            throw translate(e, file);
        } finally {
            pool.release(c);
        }
    }

    /** Runs work in one write transaction (BEGIN IMMEDIATE): all of it is saved, or none. */
    public <T> T write(Function<Repositories, T> work) {
        Connection c = borrow();
        try {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new Repositories(dsl(c), clock));
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | DataAccessException e) {
            throw translate(e, file);
        } finally {
            pool.release(c);
        }
    }

    public void writeAll(Consumer<Repositories> work) {
        write(r -> {
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

    private DSLContext dsl(Connection c) {
        return DSL.using(c, SQLDialect.SQLITE, settings);
    }

    private Connection borrow() {
        try {
            return pool.borrow();
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone either way
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
                return new StoreException(StoreException.Kind.IO, "The disk is full; the last change was not saved. Free some space and try again.", e);
            }
            if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
                return new StoreException(StoreException.Kind.NOT_A_DATABASE, file + " is damaged or not a Funnelboard database; nothing was changed.", e);
            }
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new StoreException(StoreException.Kind.IN_USE, file + " is busy in another program; try again in a moment.", e);
            }
            if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_IOERR")
                    || name.startsWith("SQLITE_PERM")) {
                return new StoreException(StoreException.Kind.IO, "Cannot write " + file + " (" + sqlite.getMessage() + ").", e);
            }
        }
        return new StoreException(StoreException.Kind.IO, "Database error on " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        pool.close();
        lock.close();
    }
}
