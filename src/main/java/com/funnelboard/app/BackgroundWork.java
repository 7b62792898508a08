package com.funnelboard.app;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.service.BackupService;
import com.funnelboard.service.FollowUpService;
import com.funnelboard.service.ReminderScheduler;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.followup.DesktopNotifications;
import com.funnelboard.ui.followup.ReminderNotifier;
import com.funnelboard.ui.followup.TodayViewModel;
import com.funnelboard.ui.shell.MainView;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * What runs beside the window while it is open: the follow-up reminders (raised at their time,
 * woken by every change to a follow-up), the day's backup and the team folder's sync; started once
 * the board shows, never after the window closed, and stopped with it.
 */
final class BackgroundWork {

    private final FollowUpService followUps;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    /** Set on the FX thread, woken from the threads that commit changes. */
    private volatile ReminderScheduler reminders;
    private DailyBackups dailyBackups;
    private volatile TeamSync teamSync;
    private boolean closed;

    BackgroundWork(FollowUpService followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "funnelboard-reminders");
            t.setDaemon(true);
            return t;
        });
    }

    /** Wakes the reminders when a change touches a follow-up (called from the threads that commit changes). */
    void changed(ChangeNotice n) {
        // The toasts learn of the change before the scheduler is woken: a follow-up scheduled due now is shown by that wake, after
        // this, and its own scheduling must not take its toast away (its toast went at once when the wake came first).
        ReminderNotifier shown = notifier;
        if (shown != null && n.touches(ChangeNotice.FOLLOW_UP)) {
            Platform.runLater(() -> shown.followUpsChanged(n::touchesRow));
        }
        ReminderScheduler r = reminders;
        if (r != null && n.touches(ChangeNotice.FOLLOW_UP)) {
            r.wake();
        }
    }

    /** The reminders' toasts, once started: a follow-up done, snoozed or changed takes its toast away. */
    private volatile ReminderNotifier notifier;

    /** The team folder's sync, started with the rest. */
    void syncTeamFolder(TeamSync sync) {
        this.teamSync = sync;
    }

    /** Whether the calling thread is the team folder's (its merges are written there). */
    boolean onTeamFolderThread() {
        TeamSync sync = teamSync;
        return sync != null && sync.onItsThread();
    }

    /**
     * Starts raising follow-up reminders in a window: at their time, and at once for those that came
     * due while the app was closed; each raised brings the Today page up to date.
     */
    ReminderNotifier startReminders(MainView view, DesktopNotifications os, Supplier<TodayViewModel> today, Problems problems) {
        ReminderNotifier notifier = new ReminderNotifier(() -> view.getScene() == null ? null : view.getScene().getWindow(), os);
        notifier.onOpenToday(view::showToday);
        this.notifier = notifier;
        reminders = new ReminderScheduler(followUps, clock, timer, (batch, first) -> Platform.runLater(() -> {
            notifier.show(batch, first);
            TodayViewModel shown = today.get();
            if (shown != null) {
                shown.refresh();
            }
        }));
        if (problems != null) {
            ReminderScheduler r = reminders;
            reminders.onTrouble(e -> problems.report("reminders", "Reminders could not be checked", e, r::wake),
                    () -> problems.clear("reminders"));
        }
        reminders.start();
        return notifier;
    }

    /** Once the board shows (on the FX thread): reminders, daily backups, the team folder; never after {@link #close()}. */
    synchronized void start(Runnable startReminders, Supplier<BackupService> backups, Problems problems) {
        if (closed) {
            return;
        }
        startReminders.run();
        dailyBackups = DailyBackups.start(backups.get(), problems);
        teamSync.start();
    }

    void close() {
        synchronized (this) {
            closed = true;
        }
        if (reminders != null) {
            reminders.close();
        }
        if (dailyBackups != null) {
            dailyBackups.close();
        }
        if (teamSync != null) {
            teamSync.close();
        }
        timer.shutdownNow();
    }
}
