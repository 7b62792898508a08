package com.funnelboard.service;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the daily backup while the window runs: looks a little after the start (so the first frame
 * comes first) and then every hour whether today's backup is there, on its own timer thread, never
 * the FX thread. Whether one is due is decided by {@link BackupService#backupIfDue} with the
 * service's clock, so a test moves time instead of waiting.
 */
public final class BackupScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);

    public static final Duration FIRST_LOOK = Duration.ofSeconds(20);
    public static final Duration EVERY = Duration.ofHours(1);

    private final BackupService backups;
    private final ScheduledExecutorService timer;
    private volatile Consumer<RuntimeException> failed = e -> LOG.error("The daily backup failed; trying again in an hour", e);
    private volatile Runnable recovered = () -> { };
    private volatile Consumer<BackupService.Backup> made = b -> { };
    private boolean failing;
    private ScheduledFuture<?> task;

    public BackupScheduler(BackupService backups, ScheduledExecutorService timer) {
        this.backups = backups;
        this.timer = timer;
    }

    /** Where a failure is told (once until a backup works again), and the recovery. */
    public void onTrouble(Consumer<RuntimeException> failed, Runnable recovered) {
        this.failed = failed;
        this.recovered = recovered;
    }

    /** Told of each backup taken. */
    public void onBackup(Consumer<BackupService.Backup> made) {
        this.made = made;
    }

    public synchronized void start() {
        if (task == null) {
            task = timer.scheduleWithFixedDelay(this::check, FIRST_LOOK.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One look: takes today's backup if it is not there yet (the timer's thread). */
    public void check() {
        try {
            backups.backupIfDue().ifPresent(b -> {
                LOG.info("Backed up {} to {}", b.id(), b.file());
                made.accept(b);
            });
            if (failing) {
                failing = false;
                recovered.run();
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                failed.accept(e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
