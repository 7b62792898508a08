package com.funnelboard.ui.common;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.service.ChangeFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Brings the change notices one view model follows to the FX thread. The notices it cares about
 * are gathered into one {@link Changes} batch and handed to its refresh on the FX thread; while
 * that refresh runs, what arrives waits and becomes the next batch. A burst (an import, a command
 * writing many rows, typing saved as you go) costs one or two refreshes, never a queue of them, and
 * two refreshes of one view never overlap.
 */
public final class ChangeFollower implements AutoCloseable {

    private final Executor fx;
    private final Problems problems;
    private final Predicate<ChangeNotice> relevant;
    private final Function<Changes, CompletionStage<?>> refresh;
    private final ChangeFeed.Subscription subscription;
    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private Changes pending;
    private boolean busy;

    private ChangeFollower(ChangeFeed feed, Executor fx, Problems problems, Predicate<ChangeNotice> relevant,
            Function<Changes, CompletionStage<?>> refresh) {
        this.fx = fx;
        this.problems = problems;
        this.relevant = relevant;
        this.refresh = refresh;
        this.subscription = feed.subscribe(this::noticed);
    }

    /**
     * Follows the feed for one view model.
     *
     * @param relevant which notices concern the view (called on the publishing thread: keep it cheap)
     * @param refresh shows a batch, on the FX thread; completes when it is shown
     */
    public static ChangeFollower follow(ChangeFeed feed, UiExecutors executors, Predicate<ChangeNotice> relevant,
            Function<Changes, CompletionStage<?>> refresh) {
        return new ChangeFollower(feed, executors.fx(), executors.problems(), relevant, refresh);
    }

    private void noticed(ChangeNotice notice) {
        if (!relevant.test(notice)) {
            return;
        }
        boolean start;
        synchronized (this) {
            pending = pending == null ? Changes.of(notice) : pending.and(notice);
            start = !busy;
            busy = true;
        }
        if (start) {
            fx.execute(this::deliver);
        }
    }

    /** On the FX thread: refreshes with what is pending, then looks again; idle when nothing is. */
    private void deliver() {
        Changes batch;
        List<CompletableFuture<Void>> settled = List.of();
        synchronized (this) {
            batch = pending;
            pending = null;
            if (batch == null) {
                busy = false;
                settled = List.copyOf(waiting);
                waiting.clear();
            }
        }
        if (batch == null) {
            settled.forEach(f -> f.complete(null));
            return;
        }
        CompletionStage<?> shown;
        try {
            shown = refresh.apply(batch);
        } catch (RuntimeException e) {
            shown = CompletableFuture.failedFuture(e);
        }
        shown.whenComplete((v, e) -> {
            if (e != null && !problems.wasReported(e)) {
                // The view models report their own failures with a sentence of their own; this catches the rest.
                problems.report("changes", "A view could not show the latest changes", e, null);
            }
            fx.execute(this::deliver);
        });
    }

    /**
     * Completes once every change noticed so far is shown (on the FX thread), or at once when none
     * is pending. A view model's own write completes through this, so what it changed is on screen
     * when the caller goes on (selects the moved card, clears the log bar).
     */
    public CompletableFuture<Void> settled() {
        synchronized (this) {
            if (!busy) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> f = new CompletableFuture<>();
            waiting.add(f);
            return f;
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
