package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminder scheduler on a clock the test moves: once, on time, after jumps, never for done or snoozed ones. */
class ReminderSchedulerTest {

    static final Instant T = Instant.parse("2026-03-12T10:00:00Z");

    @TempDir
    Path dir;

    MutableClock clock;
    Store store;
    FollowUpService followUps;
    ScheduledExecutorService timer;
    List<List<FollowUpEntry>> shown;
    List<Boolean> atStart;
    Deal deal;

    @BeforeEach
    void open() {
        clock = new MutableClock(T.minus(Duration.ofHours(1)), ZoneId.of("Europe/Berlin"));
        store = Store.open(dir.resolve("p.db"), clock);
        followUps = new FollowUpService(store);
        timer = Executors.newSingleThreadScheduledExecutor();
        shown = new ArrayList<>();
        atStart = new ArrayList<>();
        deal = Fixtures.deal(store, "Pilot", Stage.LEAD, null);
    }

    @AfterEach
    void close() {
        timer.shutdownNow();
        store.close();
    }

    ReminderScheduler scheduler() {
        return new ReminderScheduler(followUps, clock, timer, (batch, first) -> {
            shown.add(batch);
            atStart.add(first);
        });
    }

    FollowUp at(Instant due) {
        return followUps.schedule(deal.id(), due, FollowUpKind.CALL, "call " + due);
    }

    static List<java.util.UUID> ids(List<FollowUpEntry> batch) {
        return batch.stream().map(e -> e.followUp().id()).toList();
    }

    @Test
    void aReminderFiresOnceAtItsTime() {
        FollowUp f = at(T);
        ReminderScheduler s = scheduler();
        clock.set(T.minusSeconds(1));
        assertThat(s.check()).isEmpty();
        clock.set(T);
        assertThat(ids(s.check())).containsExactly(f.id());
        assertThat(s.check()).as("not twice").isEmpty();
        clock.advance(Duration.ofHours(5));
        assertThat(s.check()).as("not later either").isEmpty();
        assertThat(shown).hasSize(1);
    }

    /** A shared file: a teammate's call does not pop up here, and does not keep the scheduler waking for it either. */
    @Test
    void onASharedFileTheRemindersAreThoseOfMyDealsAndOfDealsNobodyOwns() {
        Deal theirs = Fixtures.deal(store, "Their renewal", Stage.LEAD, null);
        Deal nobodys = Fixtures.deal(store, "Walk-in", Stage.LEAD, null);
        PeopleService people = new PeopleService(store);
        people.reassign(deal.id(), "ida@nordwind.example");
        people.reassign(theirs.id(), "ola@nordwind.example");
        FollowUp mine = at(T);
        FollowUp theirCall = followUps.schedule(theirs.id(), T, FollowUpKind.CALL, "their call");
        FollowUp walkIn = followUps.schedule(nobodys.id(), T.plusSeconds(60), FollowUpKind.CALL, "walk-in");
        store.usePerson(new com.funnelboard.domain.Person("Ida Berg", "Ida@Nordwind.example"));
        ReminderScheduler s = scheduler();
        clock.set(T.plus(Duration.ofMinutes(5)));
        assertThat(ids(s.check())).containsExactlyInAnyOrder(mine.id(), walkIn.id());
        assertThat(followUps.nextReminder()).as("the teammate's call is not pending here").isEmpty();

        store.usePerson(null);
        assertThat(ids(s.check())).as("nobody said who uses it: everyone's").containsExactly(theirCall.id());
    }

    @Test
    void afterAClockJumpEverythingThatCameDueFiresOnceAndTheRestWaits() {
        FollowUp one = at(T.plus(Duration.ofHours(1)));
        FollowUp two = at(T.plus(Duration.ofHours(2)));
        FollowUp later = at(T.plus(Duration.ofHours(5)));
        ReminderScheduler s = scheduler();
        clock.set(T);
        assertThat(s.check()).isEmpty();
        clock.set(T.plus(Duration.ofHours(3))); // the laptop slept for three hours
        assertThat(ids(s.check())).containsExactly(one.id(), two.id());
        assertThat(s.check()).isEmpty();
        clock.set(T.plus(Duration.ofHours(6)));
        assertThat(ids(s.check())).containsExactly(later.id());
    }

    @Test
    void doneAndSnoozedFollowUpsDoNotFireAtTheirDueTime() {
        FollowUp done = at(T);
        FollowUp snoozed = at(T);
        clock.set(T.minusSeconds(60));
        followUps.complete(done.id());
        followUps.snooze(snoozed.id(), T.plus(Duration.ofHours(1)));
        ReminderScheduler s = scheduler();
        clock.set(T.plusSeconds(1));
        assertThat(s.check()).isEmpty();
        clock.set(T.plus(Duration.ofHours(1)));
        assertThat(ids(s.check())).containsExactly(snoozed.id());
    }

    @Test
    void aSnoozeAfterTheReminderBringsItBackOnceMore() {
        FollowUp f = at(T);
        ReminderScheduler s = scheduler();
        clock.set(T);
        assertThat(ids(s.check())).containsExactly(f.id());
        clock.set(T.plus(Duration.ofMinutes(5)));
        followUps.snooze(f.id(), T.plus(Duration.ofHours(1)));
        assertThat(s.check()).isEmpty();
        clock.set(T.plus(Duration.ofHours(1)));
        assertThat(ids(s.check())).containsExactly(f.id());
        assertThat(s.check()).isEmpty();
    }

    @Test
    void remindersThatCameDueWhileClosedAreShownAtTheNextStartAndNotAgainAfterThat() {
        FollowUp f = at(T);
        clock.set(T.plus(Duration.ofDays(1)));
        ReminderScheduler first = scheduler();
        assertThat(ids(first.check())).containsExactly(f.id());
        assertThat(atStart).containsExactly(true);
        first.close();
        ReminderScheduler restarted = scheduler();
        assertThat(restarted.check()).as("shown is kept in the database").isEmpty();
    }

    @Test
    void itSleepsUntilTheNextReminderButNeverLongerThanThirtySeconds() {
        ReminderScheduler s = scheduler();
        clock.set(T);
        assertThat(s.sleepAfterCheck()).isEqualTo(ReminderScheduler.MAX_SLEEP);
        at(T.plusSeconds(10));
        assertThat(s.sleepAfterCheck()).isEqualTo(Duration.ofSeconds(10));
        at(T.plus(Duration.ofMinutes(5)));
        assertThat(s.sleepAfterCheck()).isEqualTo(Duration.ofSeconds(10));
        clock.set(T.plusSeconds(11));
        s.check();
        assertThat(s.sleepAfterCheck()).isEqualTo(ReminderScheduler.MAX_SLEEP);
    }

    @Test
    void runningOnItsOwnItShowsADueReminder() throws Exception {
        at(T.minusSeconds(30));
        clock.set(T);
        java.util.concurrent.CountDownLatch fired = new java.util.concurrent.CountDownLatch(1);
        try (ReminderScheduler s = new ReminderScheduler(followUps, clock, timer, (batch, first) -> fired.countDown())) {
            s.start();
            assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aCheckThatFailsIsToldOnceAndTheNextOneThatWorksSaysSo() throws Exception {
        java.util.concurrent.BlockingQueue<String> told = new java.util.concurrent.LinkedBlockingQueue<>();
        ReminderScheduler s = failingItsFirstShow();
        s.onTrouble(e -> told.add("failed: " + e.getMessage()), () -> told.add("recovered"));
        s.start();
        assertThat(told.poll(5, TimeUnit.SECONDS)).isEqualTo("failed: the window could not show it");

        at(T); // a new follow-up wakes nobody here: the test wakes the scheduler itself, as the window does
        s.wake();
        assertThat(told.poll(5, TimeUnit.SECONDS)).isEqualTo("recovered");
        s.close();
    }

    @Test
    void aWakeWhileACheckRunsIsNotLostToTheChecksOwnNextTime() throws Exception {
        java.util.concurrent.BlockingQueue<String> told = new java.util.concurrent.LinkedBlockingQueue<>();
        ReminderScheduler[] s = {failingItsFirstShow()};
        // The failure is told, and a follow-up changes (the window wakes the scheduler), before the failed check has ended.
        s[0].onTrouble(e -> {
            told.add("failed");
            at(T);
            s[0].wake();
        }, () -> told.add("recovered"));
        s[0].start();
        assertThat(told.poll(5, TimeUnit.SECONDS)).isEqualTo("failed");
        assertThat(told.poll(5, TimeUnit.SECONDS)).as("checked again at once, not after the failed check's long sleep").isEqualTo("recovered");
        s[0].close();
    }

    /**
     * The database busy with another program's write (an import of a few thousand rows): tried again shortly without a word. It
     * said "Reminders could not be checked" in red, for the minute of the failed check's sleep, after every routine import.
     */
    @Test
    void aCheckThatFindsTheDatabaseBusyTriesAgainShortlyWithoutAWord() throws Exception {
        java.util.concurrent.BlockingQueue<String> told = new java.util.concurrent.LinkedBlockingQueue<>();
        at(T);
        clock.set(T.plusSeconds(1));
        java.util.concurrent.CountDownLatch shownAgain = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger shows = new java.util.concurrent.atomic.AtomicInteger();
        ReminderScheduler s = new ReminderScheduler(followUps, clock, timer, (batch, first) -> {
            if (shows.incrementAndGet() == 1) {
                at(T); // one more comes due meanwhile: the next check shows it
                throw new com.funnelboard.store.StoreException(com.funnelboard.store.StoreException.Kind.BUSY,
                        "p.db is busy in another program; try again in a moment.");
            }
            shownAgain.countDown();
        });
        s.busyRetry = Duration.ofMillis(50);
        s.onTrouble(e -> told.add("failed: " + e.getMessage()), () -> told.add("recovered"));
        s.start();
        assertThat(shownAgain.await(5, TimeUnit.SECONDS)).as("tried again after the short wait, not the failed check's minute").isTrue();
        assertThat(told).isEmpty();
        s.close();
    }

    /** A follow-up due a second ago, and a scheduler whose first showing of it fails (the window could not show it). */
    private ReminderScheduler failingItsFirstShow() {
        at(T);
        clock.set(T.plusSeconds(1));
        java.util.concurrent.atomic.AtomicInteger shows = new java.util.concurrent.atomic.AtomicInteger();
        return new ReminderScheduler(followUps, clock, timer, (batch, first) -> {
            if (shows.incrementAndGet() == 1) {
                throw new IllegalStateException("the window could not show it");
            }
        });
    }
}
