package com.funnelboard.service;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.ChangeOrigin;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the team folder in step while the window runs, on a timer thread of its own: at start it
 * merges the teammates' files and writes this installation's; after each change set made here it
 * writes this installation's file again, once changes have paused for {@link #EXPORT_AFTER}; and
 * every {@link #LOOK_EVERY} it merges the teammates' files that changed. Looking rather than
 * waiting for the operating system's notice keeps it working on synced and network folders, which
 * often send none; a look reads only the folder's listing unless a file changed.
 */
public final class TeamFolderSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TeamFolderSync.class);

    public static final Duration EXPORT_AFTER = Duration.ofSeconds(10);
    public static final Duration LOOK_EVERY = Duration.ofSeconds(20);

    private final TeamFolder team;
    private final ChangeFeed feed;
    private final ScheduledExecutorService timer;
    private final Duration exportAfter;
    private final Duration lookEvery;
    private volatile Consumer<TeamFolder.Sync> synced = s -> { };
    private volatile Consumer<RuntimeException> failed = e -> LOG.error("The team folder could not be kept in step", e);
    private volatile Runnable recovered = () -> { };
    private ChangeFeed.Subscription subscription;
    private ScheduledFuture<?> looking;
    private ScheduledFuture<?> pendingExport;
    private boolean failing;
    private volatile boolean closed;

    public TeamFolderSync(TeamFolder team, ChangeFeed feed, ScheduledExecutorService timer) {
        this(team, feed, timer, EXPORT_AFTER, LOOK_EVERY);
    }

    TeamFolderSync(TeamFolder team, ChangeFeed feed, ScheduledExecutorService timer, Duration exportAfter, Duration lookEvery) {
        this.team = team;
        this.feed = feed;
        this.timer = timer;
        this.exportAfter = exportAfter;
        this.lookEvery = lookEvery;
    }

    /** Told of every look that merged something or refused a file (on the timer's thread). */
    public void onSynced(Consumer<TeamFolder.Sync> synced) {
        this.synced = synced;
    }

    /** Where a failure is told (once, until a look works again), and the recovery. */
    public void onTrouble(Consumer<RuntimeException> failed, Runnable recovered) {
        this.failed = failed;
        this.recovered = recovered;
    }

    public synchronized void start() {
        if (subscription != null) {
            return;
        }
        subscription = feed.subscribe(this::changed);
        timer.execute(this::syncNow);
        looking = timer.scheduleWithFixedDelay(this::look, lookEvery.toMillis(), lookEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A change set was committed: this installation's file is written again once changes pause. */
    void changed(ChangeNotice notice) {
        if (closed || notice.origin() == ChangeOrigin.MERGE || notice.origin() == ChangeOrigin.MIGRATION) {
            return; // merged change sets are the teammates' own; they travel in their files
        }
        synchronized (this) {
            if (pendingExport != null) {
                pendingExport.cancel(false);
            }
            pendingExport = timer.schedule(this::export, exportAfter.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Merges the teammates' files, then writes this installation's (after choosing a folder, and at start). */
    public void syncNow() {
        guarded(() -> {
            if (team.folder().isPresent()) {
                report(team.mergeOthers(() -> closed));
                team.exportOwnIfChanged();
            }
        });
    }

    /**
     * Merges the teammates' files that changed since the last look, and writes this installation's
     * when it is not what the database holds (a folder chosen from the command line beside the
     * window: the window merged, but wrote nothing until the next edit or start).
     */
    void look() {
        guarded(() -> {
            report(team.mergeOthers(() -> closed));
            if (team.folder().isPresent() && !exportPending()) { // (a burst of edits is still written once, after its pause)
                team.exportOwnIfChanged();
            }
        });
    }

    private synchronized boolean exportPending() {
        return pendingExport != null && !pendingExport.isDone();
    }

    void export() {
        guarded(() -> {
            if (team.folder().isPresent()) {
                team.exportOwnIfChanged();
            }
        });
    }

    private void report(TeamFolder.Sync sync) {
        // A file refused at an earlier look is not announced at every look while it stays as it was.
        // Nor a look that changed nothing (while sets are kept aside, each look merges the files again to retry them).
        if (!sync.quiet() || sync.refused().stream().anyMatch(f -> !f.again())) {
            LOG.info(sync.sentence());
            synced.accept(sync);
        }
    }

    private void guarded(Runnable work) {
        if (closed) {
            return;
        }
        try {
            work.run();
            if (failing) {
                failing = false;
                recovered.run();
            }
        } catch (CancellationException stopping) {
            // closing: the merge in progress was left out whole
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                failed.accept(e);
            } else {
                LOG.warn("The team folder is still out of step: {}", e.getMessage());
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (subscription != null) {
            subscription.close();
        }
        if (looking != null) {
            looking.cancel(false);
        }
        if (pendingExport != null) {
            pendingExport.cancel(false);
        }
    }
}
