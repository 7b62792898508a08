package com.funnelboard.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What a long job (opening a large database) is doing, said only once it has lasted a moment: a
 * quick open says nothing, a slow one says its current step after {@code patience} and each later
 * step at once. Steps are heard from the working thread; {@code target} is called on a timer thread
 * of its own (or on the working thread once something has been said).
 */
public final class SlowSteps implements Consumer<String>, AutoCloseable {

    private final Consumer<String> target;
    private final Duration patience;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    private String current;
    private boolean said;
    private boolean closed;

    public SlowSteps(Consumer<String> target, Duration patience) {
        this.target = target;
        this.patience = patience;
    }

    @Override
    public void accept(String step) {
        boolean now;
        synchronized (this) {
            if (closed) {
                return;
            }
            current = step;
            now = said;
            if (!now) {
                startTimer();
            }
        }
        if (now) {
            target.accept(step); // outside the lock: the target may wait (for a toolkit to start)
        }
    }

    private void startTimer() {
        if (pending == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "funnelboard-slow-steps");
                t.setDaemon(true);
                return t;
            });
            pending = timer.schedule(this::sayCurrent, patience.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void sayCurrent() {
        String step;
        synchronized (this) {
            if (closed) {
                return;
            }
            said = true;
            step = current;
        }
        target.accept(step);
    }

    /** True once a step was said (the job took longer than the patience). */
    public synchronized boolean said() {
        return said;
    }

    /** The job is over: nothing more is said. */
    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
