package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.LogRecords;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failed background work as the status bar shows it, how Retry runs it again, and what is logged. */
class ProblemsTest {

    final Problems problems = new Problems(Runnable::run);
    final LogRecords log = LogRecords.collect();

    @AfterEach
    void close() {
        log.close();
    }

    List<LogRecord> errors() {
        // Those of Problems alone: other test classes log beside this one in the same JVM.
        return log.records().stream().filter(r -> r.getLevel() == Level.SEVERE && Problems.class.getName().equals(r.getLoggerName())).toList();
    }

    @Test
    void aFailureIsASentenceNeverAStackTraceNorAClassName() {
        assertThat(Problems.sentence("The board could not be loaded",
                new CompletionException(new IllegalStateException("pipeline.db is busy in another program; try again in a moment."))))
                .isEqualTo("The board could not be loaded: pipeline.db is busy in another program; try again in a moment.");
        assertThat(Problems.sentence("Today's follow-ups could not be read", new RuntimeException("no such table: follow_up")))
                .isEqualTo("Today's follow-ups could not be read: no such table: follow_up.");
        assertThat(Problems.sentence("The board could not be loaded", new NullPointerException("Cannot invoke \"String.length()\"")))
                .isEqualTo("The board could not be loaded; the details are in the log.");
        assertThat(Problems.sentence("The board could not be loaded", new RuntimeException(new java.io.IOException("x"))))
                .as("a message that is only a wrapped exception's name").isEqualTo("The board could not be loaded; the details are in the log.");
        assertThat(Problems.sentence("The board could not be loaded", new IllegalStateException("line one\n\tat x")))
                .isEqualTo("The board could not be loaded; the details are in the log.");
        assertThat(Problems.sentence("Reminders could not be checked", new IllegalStateException("title with \u001b[31m escape")))
                .isEqualTo("Reminders could not be checked: title with \\e[31m escape.");
        // A sentence goes on in lower case after the colon; a name keeps its capital.
        assertThat(Problems.sentence("The team folder is out of step", new IllegalStateException("The disk is full, so the share file a.funnel "
                + "was not written (in /media/usb)."))).isEqualTo("The team folder is out of step: the disk is full, so the share file a.funnel "
                        + "was not written (in /media/usb).");
        assertThat(Problems.sentence("The window could not open", new IllegalStateException("Funnelboard already has a window open")))
                .isEqualTo("The window could not open: Funnelboard already has a window open.");
    }

    @Test
    void aWatchedFailureIsShownWithRetryLoggedWithItsTraceAndClearedWhenRetrySucceeds() {
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<String> first = problems.watch("board", "The board could not be loaded", () -> runs.incrementAndGet() == 1
                ? CompletableFuture.failedFuture(new IllegalStateException("disk I/O error"))
                : CompletableFuture.completedFuture("cards"));

        assertThat(first).isCompletedExceptionally();
        Problems.Problem p = problems.latestProperty().get();
        assertThat(p.sentence()).isEqualTo("The board could not be loaded: disk I/O error.");
        assertThat(p.retry()).isNotNull();
        assertThat(problems.canRetry()).isTrue();
        assertThat(errors()).singleElement().satisfies(r -> {
            assertThat(r.getMessage()).isEqualTo("The board could not be loaded: disk I/O error.");
            assertThat(r.getThrown()).hasMessage("disk I/O error");
        });
        assertThat(problems.wasReported(first.handle((v, e) -> e).join())).isTrue();

        problems.retryAll();

        assertThat(runs).hasValue(2);
        assertThat(problems.latestProperty().get()).isNull();
        assertThat(problems.countProperty().get()).isZero();
    }

    @Test
    void aFailureThatRepeatsIsLoggedOnceAndTheBarCountsTheOthers() {
        for (int i = 0; i < 5; i++) {
            problems.report("watch", "Changes made beside the window are not being picked up", new IllegalStateException("busy"), null);
        }
        problems.report("today", "Today's follow-ups could not be read", new IllegalStateException("busy"), () -> {});

        assertThat(errors()).hasSize(2);
        assertThat(problems.countProperty().get()).isEqualTo(2);
        assertThat(problems.latestProperty().get().key()).isEqualTo("today");

        problems.clear("today");
        assertThat(problems.latestProperty().get().key()).isEqualTo("watch");
        assertThat(problems.canRetry()).as("the watcher retries by itself").isFalse();
        problems.dismissAll();
        assertThat(problems.latestProperty().get()).isNull();
    }

    @Test
    void workStoppedBecauseTheWindowClosesIsNoProblem() {
        problems.watch("board", "The board could not be loaded", CompletableFuture.failedFuture(new RejectedExecutionException("shut down")));
        assertThat(problems.latestProperty().get()).isNull();
        assertThat(errors()).isEmpty();
    }
}
