package com.funnelboard.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Where view models run work: {@code background} for anything that touches the disk, {@code fx}
 * to publish results on the FX thread, and {@code problems}, where a failure of work the user is
 * waiting for is shown (in the status bar, with Retry) and logged. Injected, so tests can observe
 * or replace each.
 */
public record UiExecutors(Executor background, Executor fx, Problems problems) {

    /** With problems of its own (shown nowhere unless a view binds them). */
    public UiExecutors(Executor background, Executor fx) {
        this(background, fx, new Problems(fx));
    }

    /**
     * Runs {@code work} in the background and completes on the FX thread — a failure too, so what
     * a caller does about it (a dialog, a label) runs on the FX thread.
     */
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, background).handleAsync((t, e) -> {
                if (e != null) {
                    throw e instanceof CompletionException ce ? ce : new CompletionException(e);
                }
                return t;
            }, fx);
        } catch (RejectedExecutionException e) {
            // The window is closing and its workers have stopped: nothing more is read or written.
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Runs {@code work} now, and again on Retry, showing its failure as "{@code what}: reason." in
     * the status bar until it succeeds (see {@link Problems#watch}).
     */
    public <T> CompletableFuture<T> watch(String key, String what, Supplier<? extends java.util.concurrent.CompletionStage<T>> work) {
        return problems.watch(key, what, work);
    }
}
