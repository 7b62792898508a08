package com.funnelboard.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * JavaFX's toolkit for one launch of the window. A launch that will open the window starts it at
 * once on a thread of its own ({@link #start()}), so the toolkit comes up while the command line is
 * read and the database opened instead of after them; the window, a dialog offering a backup and a
 * dialog saying why the window cannot open all run on it through {@link #run(Runnable)}.
 */
final class DesktopToolkit {

    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean exited;

    /** Starts the toolkit in the background, once; a failure (no display) is thrown by {@link #run(Runnable)}. */
    DesktopToolkit start() {
        if (requested.compareAndSet(false, true)) {
            Thread starting = new Thread(() -> {
                try {
                    Platform.startup(() -> { });
                    started.complete(null);
                } catch (RuntimeException | Error e) {
                    started.completeExceptionally(e);
                }
            }, "funnelboard-toolkit");
            starting.setDaemon(true);
            starting.start();
        }
        return this;
    }

    /**
     * Runs {@code work} on the FX thread, starting the toolkit first if nothing has; waits until it
     * runs (not for {@code work}).
     *
     * @throws RuntimeException or the error with which the toolkit failed to start (no display, no graphics)
     */
    void run(Runnable work) {
        start();
        try {
            started.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error r -> throw r;
                default -> throw e;
            }
        }
        Platform.runLater(work);
    }

    /**
     * Ends a toolkit started for a window this launch will not open (the window already open took
     * it over): waits for its start first, as a program exiting while JavaFX starts has JavaFX print
     * "Shutdown in progress" with its stack to the terminal. A toolkit that cannot start (no
     * display) has nothing to end.
     */
    void endUnused() {
        if (!requested.get()) {
            return;
        }
        try {
            // Long enough for a loaded machine: ended within 5 s of a start that took longer, JavaFX printed its stack anyway.
            started.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return; // it never started: nothing to end, and the launch it was for did not need it
        } catch (java.util.concurrent.TimeoutException e) {
            org.slf4j.LoggerFactory.getLogger(DesktopToolkit.class).warn("The toolkit took more than 30 s to start; ending it anyway");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exit();
    }

    /** Ends the toolkit (a question answered no, a closed window); nothing runs on it afterwards. */
    void exit() {
        exited = true;
        Platform.exit();
    }

    /** True once {@link #exit()} ended the toolkit. */
    boolean exited() {
        return exited;
    }
}
