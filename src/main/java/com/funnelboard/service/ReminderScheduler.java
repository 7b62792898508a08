package com.funnelboard.service;

import com.funnelboard.domain.FollowUpEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises follow-up reminders at their time. Every check compares the due times with the clock and
 * marks what it shows in the database, so a reminder fires once (again only after a snooze), on
 * time, without drift, and after a jump of the clock (a laptop waking up) every reminder that came
 * due in between fires at once. Checks run at the next due time and at least every
 * {@link #MAX_SLEEP}, which is what notices a jumped clock.
 */
public final class ReminderScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    /** The longest wait between two checks. */
    public static final Duration MAX_SLEEP = Duration.ofSeconds(30);

    private final FollowUpService followUps;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final BiConsumer<List<FollowUpEntry>, Boolean> show;
    private ScheduledFuture<?> next;
    private boolean first = true;
    private boolean closed;
    private volatile Consumer<RuntimeException> failed = e -> LOG.error("Reminders could not be checked; checking again in {} s",
            MAX_SLEEP.toSeconds(), e);
    private volatile Runnable recovered = () -> LOG.info("Reminders are checked again");
    /** Whether the last check failed (only the scheduler's thread reads and writes it). */
    private boolean failing;
    /** Checks in a row that found the database busy with another program's write, tried again after {@link #busyRetry}. */
    private int busyTries;
    static final Duration BUSY_RETRY = Duration.ofSeconds(5);
    /** {@link #BUSY_RETRY}; shorter in tests. */
    Duration busyRetry = BUSY_RETRY;
    /** Two minutes of another program's write before the trouble is said. */
    static final int BUSY_TRIES = 24;

    /**
     * @param show receives each batch of due reminders, and whether it is the first check after
     *     start (those came due while the app was closed)
     */
    public ReminderScheduler(FollowUpService followUps, Clock clock, ScheduledExecutorService timer,
            BiConsumer<List<FollowUpEntry>, Boolean> show) {
        this.followUps = Objects.requireNonNull(followUps);
        this.clock = Objects.requireNonNull(clock);
        this.timer = Objects.requireNonNull(timer);
        this.show = Objects.requireNonNull(show);
    }

    /**
     * Who hears of a check that failed (the database busy or gone; the scheduler goes on checking)
     * and of the first one that works again. By default both are logged.
     */
    public void onTrouble(Consumer<RuntimeException> failed, Runnable recovered) {
        this.failed = Objects.requireNonNull(failed);
        this.recovered = Objects.requireNonNull(recovered);
    }

    /** Checks now, then keeps checking. */
    public synchronized void start() {
        reschedule(Duration.ZERO);
    }

    /** Something changed (a follow-up scheduled, snoozed or done): check again now. */
    public synchronized void wake() {
        wakes++;
        reschedule(Duration.ZERO);
    }

    /** How often {@link #wake} was called: a wake during a check is not undone by the check's own next time. */
    private long wakes;

    /**
     * One check: shows every reminder that is due and not shown since its time.
     *
     * @return the reminders shown
     */
    public List<FollowUpEntry> check() {
        List<FollowUpEntry> due;
        boolean atStart;
        synchronized (this) {
            if (closed) {
                return List.of();
            }
            due = followUps.claimDueReminders();
            atStart = first;
            first = false;
        }
        if (!due.isEmpty()) {
            show.accept(due, atStart);
        }
        return due;
    }

    /** How long to sleep after a check: until the next reminder, at most {@link #MAX_SLEEP}. */
    Duration sleepAfterCheck() {
        Instant now = clock.instant();
        return followUps.nextReminder()
                .map(t -> Duration.between(now, t))
                .map(d -> d.isNegative() ? Duration.ZERO : d)
                .filter(d -> d.compareTo(MAX_SLEEP) < 0)
                .orElse(MAX_SLEEP);
    }

    private void run() {
        long wakesBefore;
        synchronized (this) {
            wakesBefore = wakes;
        }
        Duration sleep;
        try {
            check();
            busyTries = 0;
            sleep = sleepAfterCheck();
            if (failing) {
                failing = false;
                recovered.run();
            }
        } catch (RuntimeException e) {
            if (Workspace.UnavailableException.busy(e).isPresent() && busyTries++ < BUSY_TRIES) {
                // Another program writing (an import of a few thousand rows takes 5 to 25 s): tried again shortly, without a
                // word — it said "Reminders could not be checked" in red, for minutes, after every routine import.
                LOG.info("Reminders wait for another program's write: {}", e.getMessage());
                sleep = busyRetry;
            } else {
                // The database was busy for long, or gone: said once per check, and the next check tries again.
                failing = true;
                sleep = MAX_SLEEP;
                failed.accept(e);
            }
        }
        synchronized (this) {
            if (!closed) {
                // Woken while checking (a follow-up changed, or a failure was just told and answered): check again now.
                reschedule(wakes != wakesBefore ? Duration.ZERO : sleep);
            }
        }
    }

    private void reschedule(Duration delay) {
        if (closed) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = timer.schedule(this::run, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
    }
}
