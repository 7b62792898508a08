package com.funnelboard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.DatabaseCheck;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

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
    /** The listeners and the watcher of other programs' change sets. */
    private final ChangePublisher publisher = new ChangePublisher();
    /** Checkpoints the log after a bulk write, off its commit. */
    private final WalCheckpoints checkpoints;
    private volatile String author = System.getProperty("user.name", "me");
    /** Who uses this installation, once they have said so (then the author of its change sets). */
    private volatile com.funnelboard.domain.Person person;
    private final boolean checksDeferred;
    /** The board's filters in memory: the window's store only (a command reads once, for which SQL is quicker than reading every deal). */
    private final DealFacets facets;
    private volatile boolean damaged;
    private final Settings settings = new Settings()
            .withRenderSchema(false)
            .withExecuteLogging(false)
            .withRenderCatalog(false);

    /** A store on a file {@link StoreOpening} has checked and opened. */
    Store(Path file, DatabaseLock lock, ConnectionPool pool, Clock clock, KnownFiles known, boolean checksDeferred) {
        this.file = file;
        this.checksDeferred = checksDeferred;
        this.lock = lock;
        this.pool = pool;
        this.checkpoints = new WalCheckpoints(pool);
        this.clock = clock;
        this.known = known;
        this.facets = lock != null ? new DealFacets() : null;
        this.inPlace = new FileInPlace(file);
    }

    /** Whether the file open here is still the one at its path (see {@link FileInPlace}). */
    private final FileInPlace inPlace;

    void requireFileInPlace() {
        inPlace.require();
    }

    /** Opens {@code file} beside any window, with the full integrity check (no record of files opened before). */
    public static Store open(Path file, Clock clock) {
        return open(file, clock, null, StoreAccess.SHARED);
    }

    /** As {@link #open(Path, Clock, Path, StoreAccess)} beside any window ({@link StoreAccess#SHARED}). */
    public static Store open(Path file, Clock clock, Path knownFiles) {
        return open(file, clock, knownFiles, StoreAccess.SHARED);
    }

    /**
     * Opens (creating if needed) the database at {@code file}. Nothing is written to the file until
     * it has been identified on a read-only connection as a Funnelboard database of a known schema
     * version, SQLite has found it intact (the full integrity check when the file is not exactly as
     * this installation last closed it, else none before use: see {@link #checksDeferred()}), and its schema holds exactly the objects
     * the migrations create (no foreign trigger, view, table or index). Only then is it migrated, on
     * connections with the store's pragmas, and its schema compared again.
     *
     * @param knownFiles the local record of files this installation closed (null: none)
     * @param access {@link StoreAccess#WINDOW} for the window, which is refused when another window has
     *     the database open
     * @throws StoreException with a sentence for the user when the file is in another window, foreign,
     *     damaged, from a newer version, or unwritable; the file is left byte-identical
     */
    public static Store open(Path file, Clock clock, Path knownFiles, StoreAccess access) {
        return open(file, clock, knownFiles, access, step -> { });
    }

    /**
     * As {@link #open(Path, Clock, Path, StoreAccess)}, telling {@code steps} in a sentence each what
     * the opening does before each step that can take long on a large file ("Checking nordwind.db
     * …": the whole check of a file this installation did not leave, an upgrade, scoring every deal).
     */
    public static Store open(Path file, Clock clock, Path knownFiles, StoreAccess access, java.util.function.Consumer<String> steps) {
        return StoreOpening.open(file, clock, knownFiles, access, UnaryOperator.identity(), steps);
    }

    /** @param decorate wraps each pooled connection (fault-injection tests) */
    static Store open(Path file, Clock clock, Path knownFiles, UnaryOperator<Connection> decorate) {
        return StoreOpening.open(file, clock, knownFiles, StoreAccess.SHARED, decorate, step -> { });
    }

    /**
     * True when the open ran only the schema comparison, because the file is exactly as this
     * installation closed it (same file, size and time of change): SQLite's checks then run in the
     * background through {@link #checkNow()}, off the path to the first screen and the command's
     * answer. A file that is new here, copied in or changed by another program gets the full
     * integrity check and the reference check before anything reads it.
     */
    public boolean checksDeferred() {
        return checksDeferred;
    }

    /**
     * SQLite's quick integrity check and the reference check of the open file, on a read-only
     * connection. A problem makes the next open of the file run the full check, which refuses a
     * damaged file and offers the newest good backup.
     */
    public DatabaseCheck checkNow() {
        DatabaseCheck check = StoreUpkeep.check(file);
        if (!check.healthy()) {
            damaged = true;
            known.forget(file);
        }
        return check;
    }

    /**
     * Checks a database file without changing it (read-only, no lock, no migration): what the
     * {@code check} command and Help → Check database report.
     */
    public static DatabaseCheck check(Path file) {
        return DatabaseInspection.check(file);
    }

    /**
     * Writes a backup of this database to {@code target} (which must not exist yet): one consistent
     * snapshot through SQLite (VACUUM INTO, so what sits in the write-ahead log is in it), checked
     * with the full integrity check, written under a temporary name and renamed into place. Writers
     * go on meanwhile.
     */
    public void backupTo(Path target) {
        if (isOwnFile(target)) {
            throw new StoreException(StoreException.Kind.IO, "A backup cannot be written onto the database itself.");
        }
        jdbc(c -> {
            Backups.write(c, target);
            return null;
        });
    }

    /**
     * Replaces what this open database holds with a backup's, in place through SQLite's backup API
     * (so every connection, and a window beside a command, goes on with the same file); see
     * {@link Backups#restoreInto}. The database gets a new replica id and keeps this installation's
     * person and clock; views hear that everything changed.
     *
     * @return false, changing nothing, when a change set was recorded since {@code unchangedSince}
     *     ({@link #changeMark}): the caller's backup of the database would lack it
     * @throws StoreException when the backup is not sound (nothing is changed), or a command finds a
     *     window on the database
     */
    public boolean restoreFrom(Path backup, long unchangedSince) {
        return Backups.restoreInto(this, backup, unchangedSince);
    }

    /**
     * A mark that grows with every change set recorded in this database, by this program or another
     * (a command beside the window): {@link #restoreFrom} takes it to tell whether anything was
     * written since the backup of what the database held was taken.
     */
    public long changeMark() {
        return jdbc(Backups::changeMark);
    }

    /** The board's filters in memory (the window's store), or null. */
    DealFacets facets() {
        return facets;
    }

    /** True for the window's store, which holds the database's lock. */
    boolean holdsWindowLock() {
        return lock != null;
    }

    /**
     * Scores every deal again when the stored scores were computed by another version, with other
     * rules or on another file (a copy, a restored backup, a file from elsewhere): one transaction of
     * this installation's own data, nothing recorded.
     */
    void ensureScores() {
        StoreUpkeep.ensureScores(this, step -> { });
    }

    /**
     * Has SQLite take its locks on the file afresh: closes every connection this program has open on
     * it at one moment (the next ones open as needed), waiting up to a second for those in use.
     * A file dialog browsing the database's folder reads the files there to tell their kinds (GTK
     * does), and closing what it opened drops every POSIX lock this process held on them, SQLite's
     * included; a command run beside the window then took itself for the database's last user and
     * deleted its write-ahead log and index from under the window. The window calls this once a
     * dialog has closed (see the composition root). Returns false when connections stayed in use;
     * the next call tries again.
     */
    public boolean renewLocks() {
        return pool.renew(1_000, publisher::closeWatcherConnection);
    }

    /** After a restore: the watcher starts again from the change log as it now stands, and views hear that everything changed. */
    void restored() {
        publisher.rewind();
        if (facets != null) {
            facets.invalidate();
        }
        ensureScores();
        publish(StoreUpkeep.restoredNotice(author(), clock.instant()));
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

    /** This installation's own folder (its app data), which outlives any database: empty for a store opened without it (tests). */
    public java.util.Optional<Path> installationFolder() {
        return java.util.Optional.ofNullable(known == null ? null : known.folder());
    }

    public Clock clock() {
        return clock;
    }

    private volatile boolean recording = true;
    private volatile WriterPatience patience = WriterPatience.ONE_ATTEMPT;
    private volatile String program;

    /** Names the command whose change sets this store writes from now on ("deals add"): History says it beside who and when. */
    public void madeByCommand(String command) {
        this.program = command == null || command.isBlank() ? null : command.strip();
    }

    /**
     * Lets a write wait up to {@code upTo} for another program's write to end (the command line's, so a script's write
     * outlasts the window's import instead of failing busy after the few seconds any write waits), telling
     * {@code whenWaiting} once when it goes on waiting.
     */
    public void waitForWriters(java.time.Duration upTo, Runnable whenWaiting) {
        this.patience = new WriterPatience(upTo, whenWaiting);
    }

    /** Turns the change log off, for the write benchmark only (it measures what recording costs). */
    void recordChanges(boolean on) {
        this.recording = on;
    }

    /** Who this installation's change sets are written by (the command line and the window set it). */
    public void setAuthor(String author) {
        if (author != null && !author.isBlank()) {
            this.author = author.strip();
        }
    }

    public String author() {
        com.funnelboard.domain.Person p = person;
        return p != null ? p.author() : author;
    }

    /**
     * Makes {@code p} the author of this program's change sets and the owner of the deals it creates
     * (kept in the database by {@link LocalState#setIdentity}; read back at every open).
     */
    public void usePerson(com.funnelboard.domain.Person p) {
        this.person = p;
    }

    /** Who uses this installation, if they have said so. */
    public java.util.Optional<com.funnelboard.domain.Person> person() {
        return java.util.Optional.ofNullable(person);
    }

    /**
     * Calls {@code listener} after every committed change set that changed shared data: this
     * program's own, on the committing thread, and — once {@link #watchOtherPrograms} runs — those
     * another program wrote, on the watcher's thread. A listener that fails is logged and skipped.
     *
     * @return what stops the calls
     */
    public Runnable subscribe(java.util.function.Consumer<ChangeNotice> listener) {
        return publisher.subscribe(listener);
    }

    /** As {@link #watchOtherPrograms(long, java.util.function.Consumer, Runnable)}, with failures logged. */
    public void watchOtherPrograms(long periodMillis) {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChangeWatcher.class);
        watchOtherPrograms(periodMillis, e -> log.error("Cannot watch {} for changes made by other programs", file, e),
                () -> log.info("Watching {} for changes made by other programs again", file));
    }

    /**
     * Watches for change sets other programs (the command line beside the window) commit to this
     * database, through SQLite's data_version, every {@code periodMillis}, and publishes them; tells
     * {@code failed} when it cannot (once, with a sentence as the message; it keeps trying) and
     * {@code recovered} when it works again.
     */
    public void watchOtherPrograms(long periodMillis, java.util.function.Consumer<Exception> failed, Runnable recovered) {
        publisher.watch(this, periodMillis, failed, recovered);
    }

    /**
     * Calls {@code changed} when another program (the command line beside the window) changes this
     * installation's local settings whose keys start with {@code prefix}, on the watcher's thread,
     * once {@link #watchOtherPrograms} runs. (This program's own changes may call it too.)
     *
     * @return what stops the calls
     */
    public Runnable watchLocal(String prefix, Runnable changed) {
        // What the settings are now is read by the watcher at its next look (every half second in the window), not here: the
        // window's views are built on the FX thread, which reads no file.
        return publisher.watchLocal(new ChangePublisher.LocalWatch(prefix, changed, null));
    }

    void publish(ChangeNotice notice) {
        publisher.publish(notice);
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(Function<Repositories, T> work) {
        Connection c = borrow();
        try {
            return work.apply(new Repositories(dsl(c), clock, null, facets));
        } catch (DataAccessException e) {
            throw StoreErrors.writingElsewhere(e).<RuntimeException>map(io -> io).orElseGet(() -> StoreErrors.translate(e, file));
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
        // Made read-only while open (a sync tool does): refused as a command refuses it, where the window wrote on and said
        // "All changes saved" while every command refused the same file.
        DatabaseFile.refuseReadOnly(file);
        Connection c = borrow();
        WriteTransaction.Done<T> done = WriteTransaction.run(pool, c, dsl(c), new ChangeRecorder.ChangeSource(origin, author(), summary, program),
                clock, recording, patience, publisher, file, checkpoints, work);
        if (done.notice() != null) {
            publish(done.notice());
        }
        return done.result();
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

    /** Waits for the checkpoint that follows a bulk write, if one runs (tests). */
    void awaitCheckpoint() {
        checkpoints.awaitIdle();
    }

    /** Work on a raw pooled connection, for diagnostics inside the store layer. */
    <T> T jdbc(SqlWork<T> work) {
        Connection c = borrow();
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw StoreErrors.translate(e, file);
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
        requireFileInPlace();
        try {
            return pool.borrow();
        } catch (SQLException e) {
            throw StoreErrors.translate(e, file);
        }
    }

    @Override
    public void close() {
        publisher.close();
        checkpoints.close();
        pool.close();
        if (damaged) {
            known.forget(file);
        } else {
            known.remember(file);
        }
        if (lock != null) {
            lock.close();
        }
    }
}
