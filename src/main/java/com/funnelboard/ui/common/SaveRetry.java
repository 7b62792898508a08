package com.funnelboard.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A form's write that failed for a passing reason (the file busy in another program, the disk full)
 * is tried again by itself every few seconds for a minute, as long as what was typed is still
 * waiting: it waited for a keystroke or Retry, and a rep who saw "Not saved" and walked away lost it at the
 * next quit. After that, Retry in the status bar stays.
 */
public final class SaveRetry {

    /** How long between tries, and how many. */
    static final long EVERY_SECONDS = 5;
    static final int TRIES = 12;

    private final Executor fx;
    private int tries;

    public SaveRetry(Executor fx) {
        this.fx = fx;
    }

    /** The write went through: the next failure gets its tries again. */
    public void succeeded() {
        tries = 0;
    }

    /** The write failed: {@code again} runs on the FX thread a few seconds from now, unless the tries are used up. */
    public void failed(Runnable again) {
        if (tries++ < TRIES) {
            CompletableFuture.runAsync(again, CompletableFuture.delayedExecutor(EVERY_SECONDS, TimeUnit.SECONDS, fx));
        }
    }
}
