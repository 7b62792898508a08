package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The write path under failure (disk full, I/O error, read-only), the files' modes, the lock on
 * a file's identity, and the guard that keeps exports off the database.
 */
class StoreSafetyTest {

    @TempDir
    Path dir;

    /** Opens with each pooled connection decorated, after writing one committed deal. */
    private Deal committed(Path db) {
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            return Fixtures.deal(store, "Committed", Stage.LEAD, 100_00L);
        }
    }

    private static void assertIntact(Path db, Deal deal) {
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            assertThat(store.read(r -> r.deals().find(deal.id())).orElseThrow().title()).isEqualTo("Committed");
            assertThat(Store.check(db).healthy()).isTrue();
        }
    }

    @Test
    void aFullDiskSaysSoAndKeepsWhatWasSaved() {
        Path db = dir.resolve("full.db");
        Deal deal = committed(db);
        // The file may not grow by a single page: SQLite reports SQLITE_FULL as on a full disk.
        UnaryOperator<Connection> full = pragma(c -> "PRAGMA max_page_count = " + pageCount(c));
        try (Store store = Store.open(db, Fixtures.CLOCK, null, full)) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 200; i++) {
                    Fixtures.deal(store, "More " + "x".repeat(250), Stage.LEAD, 1L);
                }
            }).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.IO))
                    .hasMessageContaining("disk is full")
                    .hasMessageNotContaining("no transaction is active");
        }
        assertIntact(db, deal);
    }

    /** Each pooled connection gets the pragma {@code sql} gives for it. */
    private static UnaryOperator<Connection> pragma(SqlFor sql) {
        return c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql.of(c));
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            return c;
        };
    }

    @FunctionalInterface
    private interface SqlFor {
        String of(Connection c) throws java.sql.SQLException;
    }

    private static long pageCount(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeQuery("PRAGMA page_count").getLong(1);
        }
    }

    @Test
    void aReadOnlyDatabaseSaysSo() {
        Path db = dir.resolve("ro.db");
        Deal deal = committed(db);
        UnaryOperator<Connection> readOnly = pragma(c -> "PRAGMA query_only = ON");
        try (Store store = Store.open(db, Fixtures.CLOCK, null, readOnly)) {
            assertThatThrownBy(() -> Fixtures.deal(store, "Refused", Stage.LEAD, 1L))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.IO))
                    .hasMessageContaining("read-only")
                    .hasMessageContaining("not saved");
        }
        assertIntact(db, deal);
    }

    @Test
    void anIoErrorAtCommitSaysSoAndLeavesNothingHalfDone() {
        Path db = dir.resolve("io.db");
        Deal deal = committed(db);
        AtomicBoolean failing = new AtomicBoolean(true);
        UnaryOperator<Connection> flaky = c -> (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit") && failing.get()) {
                        c.rollback();
                        throw new SQLiteException("[SQLITE_IOERR_WRITE] disk I/O error", SQLiteErrorCode.SQLITE_IOERR_WRITE);
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try (Store store = Store.open(db, Fixtures.CLOCK, null, flaky)) {
            assertThatThrownBy(() -> Fixtures.deal(store, "Lost in the error", Stage.LEAD, 1L))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.IO))
                    .hasMessageContaining("disk reported an error")
                    .hasMessageContaining("what was saved before is intact");
            List<com.funnelboard.domain.DealCard> leads = store.read(r -> r.board().page(Stage.LEAD, 0, 10));
            assertThat(leads).extracting(c -> c.title()).containsExactly("Committed");
            failing.set(false);
            Fixtures.deal(store, "After the error", Stage.LEAD, 1L); // the store goes on working
        }
        assertIntact(db, deal);
    }

    /**
     * A file its owner made read-only is read and never written: making it private gave it its owner's write permission back
     * (0444 became 0600), and a listing changed it; then every command refused it, a listing too. Now it is read on read-only
     * connections, a write is refused with a sentence, and the file, its permissions and its folder are as they were.
     */
    @Test
    void aReadOnlyFileIsReadNeverWrittenAndLeftAsItWas() throws Exception {
        Path db = dir.resolve("kept.db");
        Deal deal = committed(db);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(db);
        List<String> beside;
        try (var files = Files.list(dir)) {
            beside = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            assertThat(store.read(r -> r.deals().find(deal.id())).orElseThrow().title()).isEqualTo("Committed");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.deal(store, "Another", Stage.LEAD, 1L))
                    .isInstanceOf(StoreException.class).hasMessageContaining("is read-only (its permissions say so), and this would change it")
                    .hasMessageContaining("Nothing was changed");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK, null, StoreAccess.WINDOW))
                .as("the window writes").isInstanceOf(StoreException.class).hasMessageContaining("is read-only (its permissions say so)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("r--r--r--");
        assertThat(db).hasBinaryContent(before);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList()).as("no journal left beside it").isEqualTo(beside);
        }
    }

    /** A read-only file that holds no pipeline, or needs an upgrade, is refused: reading it would write to it. */
    @Test
    void aReadOnlyFileThatReadingWouldChangeIsRefused() throws Exception {
        Path db = dir.resolve("empty.db");
        Files.createFile(db);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is read-only (its permissions say so) and holds no pipeline yet").hasMessageContaining("Nothing was changed");
        assertThat(db).isEmptyFile();
    }

    @Test
    void aWorldReadableCopyIsMadePrivateWithItsJournalFiles() throws Exception {
        Path db = dir.resolve("copied.db");
        committed(db);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            Fixtures.deal(store, "Written", Stage.LEAD, 1L);
            for (String name : List.of("copied.db", "copied.db-wal", "copied.db-shm", "copied.db.lock")) {
                Path p = dir.resolve(name);
                assertThat(p).exists();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aSymbolicLinkSharesTheLockOfItsFile() throws Exception {
        Path db = dir.resolve("real.db");
        committed(db);
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), db);
        try (Store first = Store.open(db, Fixtures.CLOCK, null, StoreAccess.WINDOW)) {
            assertThatThrownBy(() -> Store.open(link, Fixtures.CLOCK, null, StoreAccess.WINDOW))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.IN_USE));
        }
        try (Store viaLink = Store.open(link, Fixtures.CLOCK)) {
            assertThat(viaLink.file()).isEqualTo(db.toRealPath());
        }
    }

    @Test
    void aFileWithASecondHardLinkIsRefused() throws Exception {
        Path db = dir.resolve("real.db");
        committed(db);
        Path other = Files.createLink(dir.resolve("other-name.db"), db);
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Store.open(other, Fixtures.CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.IN_USE))
                .hasMessageContaining("hard links");
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK)).hasMessageContaining("hard links");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void theDatabaseAndItsFilesAreRecognisedUnderAnyName() throws Exception {
        Path db = dir.resolve("pipeline.db");
        committed(db);
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("alias.ics"), db);
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            assertThat(store.isOwnFile(db)).isTrue();
            assertThat(store.isOwnFile(sub.resolve("../pipeline.db"))).isTrue();
            assertThat(store.isOwnFile(link)).isTrue();
            assertThat(store.isOwnFile(dir.resolve("pipeline.db-wal"))).isTrue();
            assertThat(store.isOwnFile(dir.resolve("pipeline.db-shm"))).isTrue();
            assertThat(store.isOwnFile(dir.resolve("pipeline.db.lock"))).isTrue();
            assertThat(store.isOwnFile(dir.resolve("calendar.ics"))).isFalse();
            assertThat(store.isOwnFile(sub.resolve("pipeline.db"))).isFalse();
        }
    }

    @Test
    void aFileThisInstallationLeftOpensOnItsSchemaAndAChangedOneGetsTheFullCheck() throws Exception {
        Path db = dir.resolve("known.db");
        Path registry = dir.resolve("state").resolve("known-databases.properties");
        KnownFiles known = new KnownFiles(registry);
        try (Store store = Store.open(db, Fixtures.CLOCK, registry)) {
            assertThat(store.checksDeferred()).isFalse();
            Fixtures.deal(store, "One", Stage.LEAD, 1L);
        }
        assertThat(known.knows(db.toRealPath())).isTrue();
        try (Store store = Store.open(db, Fixtures.CLOCK, registry)) {
            assertThat(store.checksDeferred()).isTrue();
            assertThat(store.checkNow().healthy()).isTrue();
        }
        assertThat(known.knows(db.toRealPath())).isTrue();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE deal SET title = 'Changed elsewhere'");
        }
        assertThat(known.knows(db.toRealPath())).isFalse();
        try (Store store = Store.open(db, Fixtures.CLOCK, registry)) {
            assertThat(store.checksDeferred()).isFalse();
        }
        assertThat(known.knows(db.toRealPath())).isTrue();
    }

    @Test
    void twoProgramsClosingAtOnceBothRecordTheirFiles() throws Exception {
        // The window and a command beside it (two processes, so two recorders of one registry) close together.
        Path registry = dir.resolve("state").resolve("known-databases.properties");
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            files.add(Files.writeString(dir.resolve("db" + i + ".db"), "x" + i));
        }
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> closing = new java.util.ArrayList<>();
        for (Path file : files) {
            KnownFiles known = new KnownFiles(registry);
            closing.add(Thread.ofPlatform().start(() -> {
                for (int n = 0; n < 200; n++) {
                    if (!known.remember(file)) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread t : closing) {
            t.join();
        }
        assertThat(failed).as("no program's record fails because the other wrote at the same time").hasValue(0);
        try (var left = Files.list(registry.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("known-databases.properties");
        }
    }

    @Test
    void damageThatKeepsTheFilesSizeAndTimeIsFoundByTheLaterCheckAndTheNextOpenRefusesTheFile() throws Exception {
        Path db = dir.resolve("rotten.db");
        Path registry = dir.resolve("state").resolve("known-databases.properties");
        try (Store store = Store.open(db, Fixtures.CLOCK, registry)) {
            Fixtures.deal(store, "One", Stage.LEAD, 1L);
        }
        int pageSize;
        int root;
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            pageSize = s.executeQuery("PRAGMA page_size").getInt(1);
            root = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'stage_change'").getInt(1);
        }
        // A bad disk block: the bytes change, the file's identity, size and time do not.
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(db);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            long header = (long) (root - 1) * pageSize;
            for (int i = 3; i <= 4; i++) { // the page's cell count
                f.seek(header + i);
                int b = f.read();
                f.seek(header + i);
                f.write(b ^ 0x5A);
            }
        }
        Files.setLastModifiedTime(db, time);
        KnownFiles known = new KnownFiles(registry);
        assertThat(known.knows(db.toRealPath())).isTrue();
        try (Store store = Store.open(db, Fixtures.CLOCK, registry)) {
            assertThat(store.checksDeferred()).isTrue();
            com.funnelboard.domain.DatabaseCheck check = store.checkNow();
            assertThat(check.healthy()).isFalse();
            assertThat(check.integrity()).isNotEmpty();
        }
        assertThat(known.knows(db.toRealPath())).isFalse();
        // Each open says why the file is read whole: found damaged (it said "before its first use on this computer" every time).
        for (int i = 0; i < 2; i++) {
            java.util.List<String> steps = new java.util.ArrayList<>();
            assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK, registry, StoreAccess.SHARED, steps::add))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED));
            assertThat(steps).containsExactly("Checking rotten.db again: it was found damaged when last opened here, so it is read whole, "
                    + "which takes a while for a large one\u2026");
        }
    }
}
