package com.funnelboard.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A background read that runs one at a time (FX thread): asked again while it runs, it runs once
 * more after it, however often it was asked, and every read it makes is shown. Dropping all but the
 * newest asked-for read, a page that changes came to faster than it could read them (a teammate's
 * sync, edits from the command line on a large file) showed none of them until the changes paused;
 * running each, the reads piled up side by side on the machine's two cores.
 */
public final class OneAtATime {

    private final Supplier<CompletableFuture<Void>> read;
    /** The read running now, and the one asked for while it ran. */
    private CompletableFuture<Void> running;
    private CompletableFuture<Void> asked;

    /** @param read starts a read and completes once what it read is shown */
    public OneAtATime(Supplier<CompletableFuture<Void>> read) {
        this.read = read;
    }

    /** Starts a read, or asks for one after the read running now; completes once a read begun after this call is shown. */
    public CompletableFuture<Void> run() {
        if (running != null) {
            if (asked == null) {
                asked = new CompletableFuture<>();
            }
            return asked;
        }
        CompletableFuture<Void> started = read.get();
        running = started;
        started.whenComplete((v, e) -> after(started));
        return started;
    }

    private void after(CompletableFuture<Void> done) {
        if (running != done) {
            return;
        }
        running = null;
        CompletableFuture<Void> next = asked;
        asked = null;
        if (next != null) {
            run().whenComplete((v, e) -> {
                if (e == null) {
                    next.complete(null);
                } else {
                    next.completeExceptionally(e);
                }
            });
        }
    }
}
