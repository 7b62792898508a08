package com.funnelboard.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Where view models run work: {@code background} for anything that touches the disk, {@code fx}
 * to publish results on the FX thread. Injected, so tests can observe or replace either.
 */
public record UiExecutors(Executor background, Executor fx) {

    /** Runs {@code work} in the background and completes on the FX thread, whether it succeeds or fails. */
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, background).whenCompleteAsync((t, e) -> { }, fx);
        } catch (RejectedExecutionException e) {
            // The window is closing and its workers have stopped: nothing more is read or written.
            return CompletableFuture.failedFuture(e);
        }
    }
}
