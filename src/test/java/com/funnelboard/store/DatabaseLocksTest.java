package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Stage;
import com.funnelboard.testing.ChildJvm;
import com.funnelboard.testing.Fixtures;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database open here is never read through Java: closing any descriptor of a file drops every
 * POSIX lock the process holds on it, SQLite's included, and a command run beside the window then
 * took itself for the database's last user and deleted its write-ahead log and index from under
 * the window, whose next saves failed. Checked from a second process, which sees the lock SQLite
 * holds on an open database (the range of its shared locks) or not.
 */
@EnabledOnOs(OS.LINUX)
class DatabaseLocksTest {

    /** SQLite's shared-lock range on a database file (its PENDING_BYTE + 2, 510 bytes). */
    static final long SHARED_FIRST = 0x40000002L;
    static final long SHARED_SIZE = 510;

    @TempDir
    Path dir;

    @Test
    void checkingTheOpenDatabaseOrNamingItAsAShareFileKeepsSqlitesLockOnIt() throws Exception {
        Path db = dir.resolve("pipeline.db");
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            Fixtures.deal(store, "Pilot", Stage.LEAD, 1_000_00L);
            store.read(r -> r.deals().count());
            assertThat(lockedElsewhere(db)).as("SQLite holds its shared lock while the database is open").isTrue();

            // Help → Check database.
            assertThat(Store.check(db).healthy()).isTrue();
            assertThat(lockedElsewhere(db)).as("still held after the check: it did not open the file through Java").isTrue();
            // The kind an export looks at (read from the file, it was not even right: the header's newest page sat in the log).
            assertThat(DatabaseFile.kindOf(db)).isEqualTo(DatabaseFile.Kind.FUNNELBOARD_DATABASE);
            assertThatThrownBy(() -> new ShareExchange(store).merge(db, true, () -> false)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("it is the database open here, not a share file");

            // Dropped on the window, or picked in the import wizard, by mistake.
            assertThatThrownBy(() -> new com.funnelboard.service.importing.CsvImport(store, java.util.Locale.UK, "EUR",
                    new com.funnelboard.domain.DuplicateFinder("GB")).run(db, com.funnelboard.service.importing.ImportOptions.defaults(),
                            (b, t, n) -> { }, () -> false)).hasMessageContaining("it is the database open here");
            assertThat(lockedElsewhere(db)).as("still held: nothing here opened the file through Java").isTrue();
        }
        assertThat(DatabaseFile.isOpenHere(db)).isFalse();
    }

    /**
     * Whatever closes a descriptor of the open file (GTK's file chooser, reading the files of the
     * folder it shows, does), the window's watcher sees SQLite's lock gone and has it taken again,
     * and the window goes on reading and writing.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aLockLostToAnotherDescriptorIsTakenAgain() throws Exception {
        Path db = dir.resolve("window.db");
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            Fixtures.deal(store, "Pilot", Stage.LEAD, 1_000_00L);
            store.watchOtherPrograms(50);
            store.read(r -> r.deals().count());
            assertThat(lockedElsewhere(db)).isTrue();

            java.util.List<com.funnelboard.domain.ChangeNotice> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            store.subscribe(n -> {
                if (n.elsewhere()) {
                    heard.add(n);
                }
            });
            try (var logs = com.funnelboard.testing.LogRecords.collect()) {
                // What a file dialog does to a file it shows: opened, read, closed (through Java here, as nothing of ours does any more).
                try (var in = java.nio.file.Files.newInputStream(db)) {
                    in.readNBytes(100);
                }
                // Another program's change meanwhile: heard once the watcher's connection is opened again, not skipped.
                try (Store other = Store.open(db, Fixtures.CLOCK)) {
                    Fixtures.deal(other, "From a command", Stage.LEAD, 3_000_00L);
                }
                boolean seen = false;
                for (int i = 0; i < 50 && !seen; i++) {
                    Thread.sleep(100);
                    seen = logs.records().stream().anyMatch(r -> String.valueOf(r.getMessage()).contains("had lost SQLite's locks"));
                }
                assertThat(seen).as("the watcher saw the lock gone").isTrue();
            }
            boolean back = false;
            for (int i = 0; i < 40 && !back; i++) {
                back = lockedElsewhere(db);
            }
            assertThat(back).as("taken again by the watcher").isTrue();
            Eventually.until(() -> !heard.isEmpty());
            Fixtures.deal(store, "After", Stage.LEAD, 2_000_00L);
            assertThat((long) store.read(r -> r.deals().count())).isEqualTo(3L);
        }
    }

    /** Whether another process finds SQLite's shared-lock range of {@code db} locked (it cannot lock it for writing). */
    private static boolean lockedElsewhere(Path db) throws Exception {
        Process p = new ProcessBuilder(ChildJvm.command(List.of(), Probe.class, db.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        int exit = p.waitFor();
        assertThat(exit).as(out).isIn(Probe.FREE, Probe.LOCKED);
        return exit == Probe.LOCKED;
    }

    /** The second process: tries to lock the shared range for writing, and says by its exit code whether it could. */
    public static final class Probe {
        static final int FREE = 0;
        static final int LOCKED = 3;

        public static void main(String[] args) throws Exception {
            boolean locked;
            try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                locked = ch.tryLock(SHARED_FIRST, SHARED_SIZE, false) == null;
            }
            System.exit(locked ? LOCKED : FREE);
        }
    }

    /** Waits up to ten seconds for a condition. */
    private static final class Eventually {
        static void until(java.util.function.BooleanSupplier done) throws InterruptedException {
            for (int i = 0; i < 100 && !done.getAsBoolean(); i++) {
                Thread.sleep(100);
            }
            assertThat(done.getAsBoolean()).as("the watcher published the other program's change").isTrue();
        }
    }
}
