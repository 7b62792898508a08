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

    /**
     * What a form's status says of a write that failed: another program writing to the database (an import, a merge, an
     * undo of one) is no failure but a wait, tried again by itself — it said "Not saved: … is busy in another program",
     * in red, for the 5 to 25 s of a routine import.
     */
    public static String notSaved(Throwable failure) {
        if (busy(failure)) {
            return "Waiting to save: another program is writing to the database; tried again every " + EVERY_SECONDS + " s";
        }
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return "Not saved: " + cause.getMessage();
    }

    /** Whether {@code failure} is the database busy with another program's write (a wait, not a fault: said in the form alone). */
    public static boolean busy(Throwable failure) {
        return com.funnelboard.service.Workspace.UnavailableException.busy(failure).isPresent();
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
