package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's daily backup, driven by a clock the test moves: once a day, a failure told once and its recovery. */
class BackupSchedulerTest {

    @TempDir
    Path dir;

    @Test
    void takesOneBackupADayAndTellsAFailureOnceUntilItWorksAgain() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-12T07:30:00Z"), ZoneId.of("Europe/Berlin"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        Path folder = dir.resolve("backups");
        try (Store store = Store.open(dir.resolve("pipeline.db"), clock)) {
            Fixtures.deal(store, "Pilot", Stage.LEAD, 100L);
            BackupService backups = new BackupService(store, folder, clock);
            BackupScheduler scheduler = new BackupScheduler(backups, timer);
            List<String> told = new ArrayList<>();
            List<BackupService.Backup> made = new ArrayList<>();
            scheduler.onTrouble(e -> told.add("failed"), () -> told.add("recovered"));
            scheduler.onBackup(made::add);

            scheduler.check();
            clock.advance(Duration.ofHours(1));
            scheduler.check();
            assertThat(made).hasSize(1);

            clock.advance(Duration.ofDays(1));
            Files.move(folder, dir.resolve("moved"));
            Files.writeString(folder, "not a folder"); // the backups cannot be written
            scheduler.check();
            scheduler.check();
            assertThat(told).containsExactly("failed");
            Files.delete(folder);
            scheduler.check();
            assertThat(told).containsExactly("failed", "recovered");
            assertThat(made).hasSize(2);
            scheduler.close();
        } finally {
            timer.shutdownNow();
        }
    }
}
