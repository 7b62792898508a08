package com.funnelboard.ui.common;

import com.funnelboard.domain.Printable;
import com.funnelboard.service.InvalidInputException;
import com.funnelboard.service.MoveRefusedException;
import com.funnelboard.service.RefusedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What background work failed, for the status bar: one sentence per kind of work (the board, the
 * detail pane, Today, reminders …), and how to run it again. Every failure is logged here with its
 * stack trace (once while it keeps failing the same way); the user sees the sentence, never the
 * trace. Work that succeeds again clears its own problem.
 *
 * <p>{@link #report} and {@link #clear} may be called from any thread; what the bar shows changes
 * on the FX thread.
 */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final int MAX_REASON = 300;

    /**
     * One failed piece of work.
     *
     * @param key the kind of work ("board", "today"); a later failure of the same kind replaces it
     * @param retry runs the work again; null when there is nothing to retry
     */
    public record Problem(String key, String sentence, Runnable retry) {}

    private final Executor fx;
    /** FX thread only: the problems shown, oldest first. */
    private final Map<String, Problem> open = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Problem> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    /** The sentence last logged per key, so a failure repeating every half second is logged once. */
    private final Map<String, String> logged = new HashMap<>();
    /** Failures already reported, so a caller further down the chain does not report them again. */
    private final Set<Throwable> reported = Collections.newSetFromMap(new WeakHashMap<>());

    /** @param fx runs on the FX thread */
    public Problems(Executor fx) {
        this.fx = fx;
    }

    /**
     * Runs {@code work} and watches it: a failure is reported as "{@code what}: reason." with a
     * Retry that runs {@code work} again through this method; success clears an earlier problem of
     * the same key. The returned stage completes as the work does, failure included.
     */
    public <T> CompletableFuture<T> watch(String key, String what, Supplier<? extends CompletionStage<T>> work) {
        return watch(key, what, start(work), () -> watch(key, what, work));
    }

    /** As {@link #watch(String, String, Supplier)} for work already started, with no Retry. */
    public <T> CompletableFuture<T> watch(String key, String what, CompletionStage<T> work) {
        return watch(key, what, work, null);
    }

    private <T> CompletableFuture<T> watch(String key, String what, CompletionStage<T> work, Runnable retry) {
        CompletableFuture<T> f = work.toCompletableFuture();
        f.whenComplete((v, e) -> {
            if (e == null) {
                clear(key);
            } else {
                report(key, what, e, retry);
            }
        });
        return f;
    }

    private static <T> CompletionStage<T> start(Supplier<? extends CompletionStage<T>> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Shows a failure in the status bar as "{@code what}: reason." and logs it with its stack trace.
     * Work stopped because the window is closing is only logged.
     *
     * @param retry runs the work again (on the FX thread), or null
     */
    public void report(String key, String what, Throwable failure, Runnable retry) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RejectedExecutionException || cause instanceof CancellationException) {
            LOG.debug("{}: not run, the window is closing or the work was stopped", what, cause);
            return;
        }
        String sentence = sentence(what, cause);
        synchronized (this) {
            reported.add(failure);
            reported.add(cause);
            if (!sentence.equals(logged.put(key, sentence))) {
                LOG.error(sentence, cause);
            }
        }
        fx.execute(() -> {
            open.remove(key);
            open.put(key, new Problem(key, sentence, retry));
            changed();
        });
    }

    /**
     * Logs a failure that the user is told of another way (a dialog, the detail pane's own line),
     * with its stack trace; the status bar does not show it. A refusal or a typing mistake, which
     * the user was told of and the program did nothing wrong in, gets one line without a trace.
     */
    public void log(String what, Throwable failure) {
        Throwable cause = unwrap(failure);
        synchronized (this) {
            reported.add(failure);
            reported.add(cause);
        }
        if (cause instanceof InvalidInputException || cause instanceof RefusedException || cause instanceof MoveRefusedException) {
            LOG.info(sentence(what, cause));
        } else {
            LOG.warn(sentence(what, cause), cause);
        }
    }

    /**
     * Logs the failure of work nobody waits for (remembering the divider's position), which the
     * status bar does not show; returns {@code work}.
     */
    public <T> CompletableFuture<T> logFailure(String what, CompletableFuture<T> work) {
        work.whenComplete((v, e) -> {
            if (e != null && !(unwrap(e) instanceof RejectedExecutionException)) {
                log(what, e);
            }
        });
        return work;
    }

    /** Whether this failure (or what it wraps) was reported already. */
    public synchronized boolean wasReported(Throwable failure) {
        return reported.contains(failure) || reported.contains(unwrap(failure));
    }

    /** The work of this kind succeeded: its problem, if any, goes away. */
    public void clear(String key) {
        boolean was;
        synchronized (this) {
            was = logged.remove(key) != null;
        }
        if (was) {
            LOG.info("Working again: {}", key);
            fx.execute(() -> {
                if (open.remove(key) != null) {
                    changed();
                }
            });
        }
    }

    /** Runs every failed work again that can be (on the FX thread); what fails again comes back. */
    public void retryAll() {
        List<Problem> all = new ArrayList<>(open.values());
        for (Problem p : all) {
            if (p.retry() != null) {
                open.remove(p.key());
            }
        }
        changed();
        all.stream().map(Problem::retry).filter(r -> r != null).forEach(Runnable::run);
    }

    /** Hides every problem shown (on the FX thread); they come back if the work fails again. */
    public void dismissAll() {
        open.clear();
        synchronized (this) {
            logged.clear();
        }
        changed();
    }

    /** The problem reported last of those still shown, or null. */
    public ReadOnlyObjectProperty<Problem> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** How many problems are shown. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Whether any shown problem can be retried. */
    public boolean canRetry() {
        return open.values().stream().anyMatch(p -> p.retry() != null);
    }

    private void changed() {
        Problem last = null;
        for (Problem p : open.values()) {
            last = p;
        }
        latest.set(last);
        count.set(open.size());
    }

    /**
     * "{@code what}: reason." where the failure carries a sentence a user can read (the store's and
     * the services' do); "{@code what}; the details are in the log." where it carries only a
     * programmer's message. Never a stack trace nor an exception's class name.
     */
    /** The first words of a sentence a reason may begin with, lowered after a colon (never a name: "Funnelboard …" stays). */
    private static final java.util.regex.Pattern SENTENCE_START = java.util.regex.Pattern.compile(
            "(The|This|There|No|Nothing|Cannot|A|An|It) ");

    public static String sentence(String what, Throwable failure) {
        String reason = reason(unwrap(failure));
        String s = reason == null ? what + "; the details are in the log" : what + ": " + reason;
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

    private static String reason(Throwable cause) {
        if (cause == null || cause instanceof Error || cause instanceof NullPointerException || cause instanceof ClassCastException
                || cause instanceof IndexOutOfBoundsException || cause instanceof ArithmeticException
                || cause instanceof UnsupportedOperationException || cause instanceof ConcurrentModificationException
                || cause instanceof NoSuchElementException || cause instanceof IllegalMonitorStateException) {
            return null;
        }
        // The input's own sentences, without the names of the fields they are about ("file: …").
        String m = cause instanceof com.funnelboard.service.InvalidInputException bad ? String.join("; ", bad.problems().values()) : cause.getMessage();
        if (m == null || m.isBlank() || m.contains("\n") || m.contains("Exception") || m.contains("java.")
                || m.contains(cause.getClass().getName())) {
            return null;
        }
        String text = Printable.escape(m.strip());
        // After "…: " a sentence goes on in lower case ("…out of step: the disk is full, so …", not ": The disk is full").
        java.util.regex.Matcher starts = SENTENCE_START.matcher(text);
        if (starts.lookingAt()) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON - 1) + "\u2026" : text;
    }

    /** The failure inside the wrappers that futures put around it. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
