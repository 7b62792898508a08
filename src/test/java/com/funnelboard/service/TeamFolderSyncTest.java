package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's team folder: a change here is written there once changes pause; a teammate's file is merged when it changes. */
class TeamFolderSyncTest {

    @TempDir
    Path dir;

    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aChangeIsWrittenToTheFolderAfterAPauseAndATeammatesFileIsMergedWhenItChanges() throws Exception {
        Path team = Files.createDirectory(dir.resolve("team"));
        try (Store mine = Store.open(dir.resolve("mine.db"), Fixtures.CLOCK);
                Store theirs = Store.open(dir.resolve("theirs.db"), Fixtures.CLOCK)) {
            TeamFolder myFolder = new TeamFolder(mine, new ShareService(mine));
            TeamFolder theirFolder = new TeamFolder(theirs, new ShareService(theirs));
            myFolder.setFolder(team);
            theirFolder.setFolder(team);
            Path myFile = team.resolve(myFolder.ownFileName());

            List<TeamFolder.Sync> told = new CopyOnWriteArrayList<>();
            try (TeamFolderSync sync = new TeamFolderSync(myFolder, new ChangeFeed(mine), timer, Duration.ofMillis(200), Duration.ofMillis(100))) {
                sync.onSynced(told::add);
                sync.start();
                waitUntil(() -> Files.exists(myFile)); // written at start
                long before = Files.getLastModifiedTime(myFile).toMillis();
                Files.setLastModifiedTime(myFile, java.nio.file.attribute.FileTime.fromMillis(before - 60_000));

                var deal = Fixtures.deal(mine, "Written after a pause", Stage.LEAD, 100_00L);
                waitUntil(() -> modified(myFile) > before - 60_000);
                ShareService theirShare = new ShareService(theirs);
                theirShare.merge(myFile, () -> false);
                boolean arrived = theirs.read(r -> r.deals().find(deal.id()).isPresent());
                assertThat(arrived).as("the file holds the change").isTrue();

                var theirDeal = Fixtures.deal(theirs, "From a teammate", Stage.PROSPECT, 200_00L);
                theirFolder.exportOwn();
                waitUntil(() -> mine.read(r -> r.deals().find(theirDeal.id())).isPresent());
                waitUntil(() -> !told.isEmpty());
                assertThat(told.getLast().sentence()).startsWith("Team folder: merged 1 file: ");
                // (A look may be writing this installation's file again just now: its temporary file is not counted.)
                assertThat(Files.list(team).filter(f -> !f.getFileName().toString().startsWith(".")).count())
                        .as("the merge is not written back as this installation's").isEqualTo(2);
            }
        }
    }

    @Test
    void aRefusedFileIsSaidAtEveryLookButReadOnceUntilItChanges() throws Exception {
        Path team = Files.createDirectory(dir.resolve("team"));
        try (Store mine = Store.open(dir.resolve("mine.db"), Fixtures.CLOCK)) {
            TeamFolder folder = new TeamFolder(mine, new ShareService(mine));
            folder.setFolder(team);
            Path stranger = Files.writeString(team.resolve("mallory-00000000.funnel"), "not a share file");

            TeamFolder.Sync first = folder.mergeOthers(() -> false);
            assertThat(first.refused()).singleElement().satisfies(r -> assertThat(r.again()).isFalse());
            TeamFolder.Sync second = folder.mergeOthers(() -> false);
            assertThat(second.refused()).as("still there, still said, with the same reason").singleElement().satisfies(r -> {
                assertThat(r.again()).as("not read again").isTrue();
                assertThat(r.reason()).isEqualTo(first.refused().getFirst().reason());
            });
            Files.writeString(stranger, "changed, and still not a share file");
            Files.setLastModifiedTime(stranger, java.nio.file.attribute.FileTime.fromMillis(modified(stranger) + 5_000));
            assertThat(folder.mergeOthers(() -> false).refused()).singleElement().satisfies(r -> assertThat(r.again()).isFalse());
        }
    }

    /**
     * A backup restored: this installation's share file from before is its own, not a teammate's. It was merged back as one,
     * and what the restore took away came back within a minute; it stays out of every look, and goes once the new one is written.
     */
    @Test
    void aRestoreDoesNotMergeThisInstallationsOwnFormerFileBack() throws Exception {
        Path team = Files.createDirectory(dir.resolve("team"));
        try (Store mine = Store.open(dir.resolve("mine.db"), new com.funnelboard.testing.TickingClock(Fixtures.NOW))) {
            TeamFolder folder = new TeamFolder(mine, new ShareService(mine));
            folder.setFolder(team);
            Fixtures.deal(mine, "Kept", Stage.LEAD, 100_00L);
            Path backup = dir.resolve("before.db");
            mine.backupTo(backup);
            com.funnelboard.domain.Deal later = Fixtures.deal(mine, "Taken back by the restore", Stage.LEAD, 100_00L);
            String before = folder.exportOwn().file().getFileName().toString();
            assertThat(mine.restoreFrom(backup, mine.changeMark())).isTrue();
            assertThat(folder.ownFileName()).as("a new replica, a new file").isNotEqualTo(before);

            TeamFolder.Sync look = folder.mergeOthers(() -> false);
            assertThat(look.merged()).as("its own file of before is not a teammate's").isEmpty();
            assertThat(mine.<java.util.Optional<com.funnelboard.domain.Deal>>read(r -> r.deals().find(later.id()))).isEmpty();
            folder.exportOwn();
            assertThat(team.resolve(before)).as("gone once the new one is written").doesNotExist();
            assertThat(team.resolve(folder.ownFileName())).exists();
        }
    }

    /**
     * This computer's clock days behind: a teammate's sets are kept aside, and said. Once the clock is right the next look
     * applies them, though the teammate's file has not changed (it said "nothing new" until the teammate wrote again).
     */
    @Test
    void setsKeptAsideByAClockBehindAreAppliedAtTheFirstLookOnceItIsRight() throws Exception {
        Path team = Files.createDirectory(dir.resolve("team"));
        com.funnelboard.domain.Deal deal;
        try (Store theirs = Store.open(dir.resolve("theirs.db"), Fixtures.CLOCK)) {
            TeamFolder theirFolder = new TeamFolder(theirs, new ShareService(theirs));
            theirFolder.setFolder(team);
            deal = Fixtures.deal(theirs, "From a teammate", Stage.LEAD, 100_00L);
            theirFolder.exportOwn();
        }
        java.time.Clock behind = java.time.Clock.fixed(Fixtures.NOW.minus(Duration.ofDays(3)), java.time.ZoneOffset.UTC);
        try (Store mine = Store.open(dir.resolve("mine.db"), behind)) {
            TeamFolder folder = new TeamFolder(mine, new ShareService(mine));
            folder.setFolder(team);
            assertThat(folder.mergeOthers(() -> false).sentence()).contains("kept aside", "this computer's clock");
            folder.mergeOthers(() -> false);
            assertThat(mine.read(r -> r.deals().find(deal.id())).isPresent()).isFalse();
        }
        try (Store mine = Store.open(dir.resolve("mine.db"), Fixtures.CLOCK)) {
            TeamFolder.Sync righted = new TeamFolder(mine, new ShareService(mine)).mergeOthers(() -> false);
            assertThat(mine.read(r -> r.deals().find(deal.id())).isPresent()).as(righted.sentence()).isTrue();
            assertThat(righted.sentence()).startsWith("Team folder: merged 1 file: 3 records added");
        }
    }

    /** A team folder chosen from the command line beside the open window: the window's next look writes its own file. */
    @Test
    void aFolderChosenElsewhereGetsThisInstallationsFileAtTheNextLook() throws Exception {
        Path team = Files.createDirectory(dir.resolve("team"));
        try (Store mine = Store.open(dir.resolve("mine.db"), Fixtures.CLOCK)) {
            Fixtures.deal(mine, "Ours", Stage.LEAD, 100_00L);
            TeamFolder windows = new TeamFolder(mine, new ShareService(mine));
            try (TeamFolderSync sync = new TeamFolderSync(windows, new ChangeFeed(mine), timer, Duration.ofMillis(200), Duration.ofMillis(100))) {
                sync.start();
                timer.submit(() -> { }).get(); // the window's first sync, with no folder yet, is over
                new TeamFolder(mine, new ShareService(mine)).setFolder(team); // as `share folder` does, in another process
                waitUntil(() -> Files.exists(team.resolve(windows.ownFileName())));
            }
        }
    }

    /** Another team's file in the team folder is merged as a first exchange is, and said as a merge by hand says it (it was not). */
    @Test
    void aFileThatSharesNothingWithThisPipelineIsSaid() throws Exception {
        Path team = Files.createDirectory(dir.resolve("team"));
        try (Store other = Store.open(dir.resolve("other.db"), Fixtures.CLOCK); Store mine = Store.open(dir.resolve("mine.db"), Fixtures.CLOCK)) {
            Fixtures.deal(other, "Another team's", Stage.LEAD, 100_00L);
            new ShareService(other).export(team.resolve("sam-00000000.funnel"));
            Fixtures.deal(mine, "Ours", Stage.LEAD, 100_00L);
            TeamFolder folder = new TeamFolder(mine, new ShareService(mine));
            folder.setFolder(team);
            TeamFolder.Sync sync = folder.mergeOthers(() -> false);
            assertThat(sync.quiet()).isFalse();
            assertThat(sync.sentence()).contains("nothing in sam-00000000.funnel was known here", "undo the merge");
            // A teammate's next file, which shares what came before, is not said so.
            assertThat(folder.mergeOthers(() -> false).sentence()).doesNotContain("was known here");
        }
    }

    @Test
    void aFolderThatIsNotOneIsRefused() {
        try (Store store = Store.open(dir.resolve("db.db"), Fixtures.CLOCK)) {
            TeamFolder team = new TeamFolder(store, new ShareService(store));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> team.setFolder(dir.resolve("nowhere")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a folder");
            assertThat(team.folder()).isEmpty();
            assertThat(team.mergeOthers(() -> false).merged()).isEmpty();
        }
    }

    static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return 0; // being replaced
        }
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
