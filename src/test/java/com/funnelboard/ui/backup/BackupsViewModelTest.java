package com.funnelboard.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.service.BackupService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While the backups are read and checked the dialog says so: it said "No backups yet." for seconds, of a folder holding two. */
class BackupsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void readingIsSaidUntilTheListIsRead() {
        try (Store store = Fixtures.store(dir)) {
            BackupService backups = new BackupService(store, dir.resolve("backups"), Fixtures.CLOCK);
            backups.create();
            ArrayDeque<Runnable> background = new ArrayDeque<>();
            BackupsViewModel model = new BackupsViewModel(backups, new UiExecutors(background::add, Runnable::run), s -> { });
            var read = model.refresh();
            assertThat(model.readingProperty().get()).as("being read").isTrue();
            assertThat(model.rows()).isEmpty();
            background.poll().run();
            read.join();
            assertThat(model.readingProperty().get()).isFalse();
            assertThat(model.rows()).hasSize(1);
        }
    }

    /** The day's backup, taken after the dialog opened, is listed at once (it said "No backups yet." beside it); not once closed. */
    @Test
    void aBackupTakenWhileTheDialogShowsIsListed() {
        try (Store store = Fixtures.store(dir)) {
            BackupService backups = new BackupService(store, dir.resolve("backups"), Fixtures.CLOCK);
            BackupsViewModel model = new BackupsViewModel(backups, new UiExecutors(Runnable::run, Runnable::run), s -> { });
            model.refresh().join();
            model.follow();
            assertThat(model.rows()).isEmpty();
            backups.backupIfDue().orElseThrow(); // as the window's daily backup takes it, on a thread of its own
            assertThat(model.rows()).as("listed without asking").hasSize(1);
            model.stopFollowing();
            backups.create();
            assertThat(model.rows()).as("closed: not read again").hasSize(1);
        }
    }

    /** Restoring says what it would take out, counted: it said "Changes since the backup was taken are not in it" always. */
    @Test
    void whatARestoreTakesOutIsCounted() {
        try (Store store = Store.open(dir.resolve("pipeline.db"), new com.funnelboard.testing.TickingClock(Fixtures.NOW))) {
            com.funnelboard.testing.TickingClock clock = new com.funnelboard.testing.TickingClock(Fixtures.NOW.plusSeconds(3600));
            Fixtures.deal(store, "Pilot", com.funnelboard.domain.Stage.LEAD, 100_00L);
            BackupService backups = new BackupService(store, dir.resolve("backups"), clock);
            backups.create();
            BackupsViewModel model = new BackupsViewModel(backups, new UiExecutors(Runnable::run, Runnable::run), s -> { });
            model.sayTimes(java.time.Instant::toString);
            model.refresh().join();
            assertThat(model.takenOut(model.rows().getFirst()).join()).as("nothing made since").isEmpty();
            Fixtures.deal(store, "After the backup", com.funnelboard.domain.Stage.LEAD, 200_00L);
            Fixtures.deal(store, "And another", com.funnelboard.domain.Stage.LEAD, 300_00L);
            assertThat(model.takenOut(model.rows().getFirst()).join()).startsWith("2 changes were made after it, which restoring it takes out "
                    + "(the newest ").contains(": a change by ");
        }
    }
}
