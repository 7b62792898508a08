package com.funnelboard.app;

import com.funnelboard.service.BackupScheduler;
import com.funnelboard.service.BackupService;
import com.funnelboard.ui.common.Problems;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The window's daily backup: a scheduler on a thread of its own (never the FX thread, nor the reminders'). */
final class DailyBackups implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final BackupScheduler scheduler;

    private DailyBackups(ScheduledExecutorService timer, BackupScheduler scheduler) {
        this.timer = timer;
        this.scheduler = scheduler;
    }

    /** Starts looking for today's backup; a failure shows in the status bar with Retry until a backup works again. */
    static DailyBackups start(BackupService backups, Problems problems) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "funnelboard-backups");
            t.setDaemon(true);
            return t;
        });
        BackupScheduler scheduler = new BackupScheduler(backups, timer);
        if (problems != null) {
            scheduler.onTrouble(e -> problems.report("daily-backup", "Today's backup was not taken", e, () -> timer.execute(scheduler::check)),
                    () -> problems.clear("daily-backup"));
        }
        scheduler.start();
        return new DailyBackups(timer, scheduler);
    }

    @Override
    public void close() {
        scheduler.close();
        timer.shutdownNow();
    }
}
