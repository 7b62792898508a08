package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.BackupPreview;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreException;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.MutableClock;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotating backups: what they hold, how they rotate, restoring one, and a damaged database at start. */
public class BackupServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private static long deals(Store store) {
        return store.read(r -> r.deals().count());
    }

    @Test
    void aMonthOfDailyBackupsKeepsExactlySevenDailyAndFourWeekly() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"), BERLIN);
        try (Store store = Store.open(dir.resolve("pipeline.db"), clock)) {
            BackupService backups = new BackupService(store, dir.resolve("backups"), clock);
            Fixtures.deal(store, "Pilot", Stage.LEAD, 100L);
            for (int day = 0; day < 30; day++) {
                clock.set(Instant.parse("2026-11-02T09:00:00Z").plus(Duration.ofDays(day)));
                assertThat(backups.backupIfDue()).as("day %d", day).isPresent();
                clock.advance(Duration.ofHours(5));
                assertThat(backups.backupIfDue()).as("one a day").isEmpty();
            }
            List<LocalDate> days = backups.list().stream().map(b -> b.at().atZone(BERLIN).toLocalDate()).toList();
            assertThat(days).hasSize(11);
            LocalDate last = LocalDate.of(2026, 12, 1);
            assertThat(days.subList(0, 7)).as("the last seven days").containsExactly(last, last.minusDays(1), last.minusDays(2),
                    last.minusDays(3), last.minusDays(4), last.minusDays(5), last.minusDays(6));
            List<LocalDate> weekly = days.subList(7, 11);
            assertThat(weekly).allSatisfy(d -> assertThat(d).isBefore(last.minusDays(6)));
            assertThat(weekly.stream().map(d -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).distinct()).as("one per week").hasSize(4);
            assertThat(weekly.getFirst()).isEqualTo(last.minusDays(7));
            assertThat(dir.resolve("backups")).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".partial"));
        }
    }

    /**
     * The backup taken before a restore is the one way to take it back: the next day's rotation kept
     * only the newest backup of its day, and a backup taken after the restore that day pushed it out.
     * And a backup cut short or overwritten no longer stands for its day: it pushed a sound one out.
     */
    @Test
    void theBackupBeforeARestoreOutlivesTheDailyRotationAndADamagedOneDoesNotPushASoundOneOut() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"), BERLIN);
        try (Store store = Store.open(dir.resolve("pipeline.db"), clock)) {
            BackupService backups = new BackupService(store, dir.resolve("backups"), clock);
            Fixtures.deal(store, "Pilot", Stage.LEAD, 100L);
            BackupService.Backup one = backups.create();
            clock.advance(Duration.ofHours(1));
            Fixtures.deal(store, "Second", Stage.LEAD, 100L);
            BackupService.Backup before = backups.restore(one);
            assertThat(before.beforeRestore()).isTrue();
            assertThat(before.id()).endsWith("-before-restore");
            clock.advance(Duration.ofHours(1));
            backups.create(); // a later one the same day
            clock.advance(Duration.ofHours(3));
            BackupService.Backup evening = backups.create(); // the day's newest: sound
            clock.advance(Duration.ofMinutes(1));
            BackupService.Backup cut = backups.create(); // the day's newest, until it is cut short
            try (var f = java.nio.channels.FileChannel.open(cut.file(), java.nio.file.StandardOpenOption.WRITE)) {
                f.truncate(f.size() / 2);
            }
            clock.set(Instant.parse("2026-11-03T09:00:00Z"));
            backups.backupIfDue();
            assertThat(backups.list()).extracting(BackupService.Backup::id).as("the next day").contains(before.id(), evening.id())
                    .doesNotContain(one.id(), cut.id());
            for (int day = 2; day <= 20; day++) {
                clock.set(Instant.parse("2026-11-02T09:00:00Z").plus(Duration.ofDays(day)));
                backups.backupIfDue();
            }
            assertThat(backups.list()).extracting(BackupService.Backup::id).as("20 days on").contains(before.id());
            assertThat(backups.preview(backups.resolve(before.id())).deals()).as("what the restore replaced").isEqualTo(2);

            clock.set(Instant.parse("2026-11-02T09:00:00Z").plus(Duration.ofDays(31)));
            backups.backupIfDue();
            assertThat(backups.list()).extracting(BackupService.Backup::id).as("past 30 days, still among the newest three")
                    .contains(before.id());
        }
    }

    @Test
    void aBackupHoldsWhatIsStillInTheWriteAheadLog() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "Pilot", Stage.LEAD, 100L);
            Fixtures.deal(store, "Renewal", Stage.PROSPECT, 200L);
            Path wal = store.file().resolveSibling(store.file().getFileName() + "-wal");
            assertThat(Files.size(wal)).as("committed, not yet checkpointed").isPositive();
            Path mainOnly = dir.resolve("main-file-only.db");
            Files.copy(store.file(), mainOnly);
            assertThat(dealsIn(mainOnly)).as("copying the main file alone would lose them").isLessThan(2);

            BackupService backups = new BackupService(store, dir.resolve("backups"), Fixtures.CLOCK);
            BackupService.Backup b = backups.create();
            BackupPreview p = backups.preview(b);
            assertThat(p.healthy()).isTrue();
            assertThat(p.deals()).isEqualTo(2);
            assertThat(dealsIn(b.file())).isEqualTo(2);
            assertThat(Files.exists(b.file().resolveSibling(b.file().getFileName() + "-wal"))).as("a single self-contained file").isFalse();
        }
    }

    /** A backup holding a row its table does not allow (a stage 'bogus'): not sound, though SQLite's read-only integrity check passes it. */
    @Test
    void aBackupHoldingARowItsTableDoesNotAllowIsNotSound() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "Pilot", Stage.LEAD, 100L);
            BackupService backups = new BackupService(store, dir.resolve("backups"), Fixtures.CLOCK);
            BackupService.Backup b = backups.create();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + b.file()); Statement s = c.createStatement()) {
                s.execute("PRAGMA ignore_check_constraints = ON");
                s.execute("UPDATE deal SET stage = 'bogus'");
            }
            BackupPreview p = backups.preview(b);
            assertThat(p.healthy()).isFalse();
            assertThat(p.problems()).anyMatch(x -> x.contains("deal: 1 row holds a value the table does not allow (stage IN"));
        }
    }

    private static String lastReplica(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT replica_id FROM change_set ORDER BY hlc DESC LIMIT 1")) {
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long dealsIn(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?immutable=1"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM deal WHERE deleted_at IS NULL")) {
                return rs.getLong(1);
            } catch (java.sql.SQLException noSchemaYet) {
                return 0;
            }
        }
    }

    @Test
    void restoringShowsWhatTheBackupHoldsKeepsTheCurrentStateAndMintsANewReplica() {
        try (Store store = Fixtures.store(dir)) {
            new PeopleService(store).setIdentity("Ida Berg", "ida@nordwind.example");
            Fixtures.deal(store, "Pilot", Stage.LEAD, 100L);
            Fixtures.deal(store, "Renewal", Stage.PROSPECT, 200L);
            BackupService backups = new BackupService(store, dir.resolve("backups"), store.clock());
            BackupService.Backup two = backups.create();
            Fixtures.deal(store, "Third", Stage.LEAD, 300L);
            String replica = store.read(r -> r.local().get("replica.id")).orElseThrow();

            BackupPreview p = backups.preview(two);
            assertThat(p.deals()).isEqualTo(2);
            assertThat(p.contacts()).isEqualTo(2);
            assertThat(p.newestChangeAt()).isNotNull();
            assertThat(p.newestAuthor()).isEqualTo("Ida Berg <ida@nordwind.example>");

            List<String> heard = new java.util.ArrayList<>();
            store.subscribe(n -> heard.add(n.summary()));
            BackupService.Backup before = backups.restore(two);
            assertThat(deals(store)).isEqualTo(2);
            assertThat(backups.preview(before).deals()).as("what was there is kept as a backup first").isEqualTo(3);
            assertThat(heard).contains("Restored a backup");
            String after = store.read(r -> r.local().get("replica.id")).orElseThrow();
            assertThat(after).isNotEqualTo(replica);
            assertThat(new PeopleService(store).needsAsking()).as("still the same person").isFalse();

            Fixtures.deal(store, "After", Stage.LEAD, 1L);
            assertThat(deals(store)).as("writes go on after the restore").isEqualTo(3);
            assertThat(lastReplica(store.file())).as("written under the new replica").isEqualTo(after);

            // A command writing beside the window after the backup of what the database held, before the restore: that backup
            // lacks the command's deal, so the restore is not made over it (it was lost without a trace).
            long mark = store.changeMark();
            try (Store command = Store.open(store.file(), store.clock())) {
                Fixtures.deal(command, "From a script", Stage.LEAD, 5L);
            }
            assertThat(store.restoreFrom(two.file(), mark)).isFalse();
            assertThat(deals(store)).as("nothing restored over it").isEqualTo(4);
            assertThat(store.restoreFrom(two.file(), store.changeMark())).isTrue();
            assertThat(deals(store)).isEqualTo(2);
        }
    }

    @Test
    void aDamagedDatabaseOffersTheNewestGoodBackupAndItTakesItsPlace() throws Exception {
        Path db = dir.resolve("pipeline.db");
        Path folder = dir.resolve("backups");
        MutableClock clock = new MutableClock(Fixtures.NOW, BERLIN);
        String replica;
        try (Store store = Store.open(db, clock)) {
            new PeopleService(store).setIdentity("Ida Berg", "ida@nordwind.example");
            replica = store.read(r -> r.local().get("replica.id")).orElseThrow();
            BackupService backups = new BackupService(store, folder, clock);
            Fixtures.deal(store, "Pilot", Stage.LEAD, 100L);
            backups.create();
            clock.advance(Duration.ofHours(1));
            Fixtures.deal(store, "Renewal", Stage.LEAD, 200L);
            BackupService.Backup newest = backups.create();
            flip(newest.file()); // the newest backup is damaged too: the one before is offered
        }
        flip(db);
        assertThat(BackupService.quickCheck(db)).isNotEmpty();
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED));

        Optional<BackupService.Good> offer = BackupService.newestGood(folder);
        assertThat(offer).hasValueSatisfying(g -> {
            assertThat(g.preview().healthy()).isTrue();
            assertThat(g.preview().deals()).isEqualTo(1);
        });
        Path kept = BackupService.putInPlace(db, offer.get().backup(), Fixtures.NOW);
        assertThat(kept).exists();
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            assertThat(deals(store)).isEqualTo(1);
            assertThat(store.read(r -> r.local().get("replica.id")).orElseThrow()).as("a replica of its own").isNotEqualTo(replica);
            assertThat(new PeopleService(store).needsAsking()).as("this installation's own backup: still the same person").isFalse();
            assertThat(new PeopleService(store).me()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Ida Berg"));
        }
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            assertThat(new PeopleService(store).needsAsking()).as("and again at the next start").isFalse();
        }
    }

    /** Damages a closed database: the cell count of the deal table's root page. */
    public static void flip(Path db) throws Exception {
        int pageSize;
        int root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            pageSize = s.executeQuery("PRAGMA page_size").getInt(1);
            root = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'deal'").getInt(1);
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long header = (long) (root - 1) * pageSize + (root == 1 ? 100 : 0);
            for (int i = 3; i <= 4; i++) {
                f.seek(header + i);
                int b = f.read();
                f.seek(header + i);
                f.write(b ^ 0x5A);
            }
        }
    }
}
