package com.funnelboard.app;

import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.TeamFolder;
import com.funnelboard.service.TeamFolderSync;
import com.funnelboard.ui.common.Problems;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The window's team folder: kept in step on a thread of its own (never the FX thread), each look
 * that merged something said in the status bar, a failure shown there with Retry until a look works.
 */
final class TeamSync implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final TeamFolderSync sync;

    TeamSync(TeamFolder team, ChangeFeed feed, Problems problems, Consumer<String> status) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "funnelboard-team-folder");
            t.setDaemon(true);
            thread = t;
            return t;
        });
        sync = new TeamFolderSync(team, feed, timer);
        sync.onSynced(s -> status.accept(s.sentence()));
        if (problems != null) {
            sync.onTrouble(e -> problems.report("team-folder", "The team folder is out of step", e, this::syncNow),
                    () -> problems.clear("team-folder"));
        }
    }

    /** The thread the merges and writes run on (made with the first look). */
    private volatile Thread thread;

    /** Whether the caller runs on the sync's own thread: what it writes there is no action of the user's. */
    boolean onItsThread() {
        return Thread.currentThread() == thread;
    }

    void start() {
        sync.start();
    }

    /** Merges and writes at once (after a folder was chosen), on the sync's own thread. */
    void syncNow() {
        timer.execute(sync::syncNow);
    }

    @Override
    public void close() {
        sync.close();
        timer.shutdownNow();
    }
}
