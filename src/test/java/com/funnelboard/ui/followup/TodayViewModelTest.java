package com.funnelboard.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpDue;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.CalendarExport;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealService;
import com.funnelboard.service.FollowUpService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Today page's model and the offers of a next follow-up, without the toolkit (work runs on the
 * calling thread): the sections and the badge's counts, done, snooze and schedule, the calendar
 * export, what follows the change feed, and a move to Lost closing the deal's follow-ups.
 */
class TodayViewModelTest {

    @TempDir
    Path dir;

    Store store;
    TodayViewModel model;
    FollowUpPrompts prompts;
    Deal pilot;
    Deal stale;
    FollowUp overdue;
    FollowUp today;
    FollowUp later;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        pilot = Fixtures.deal(store, "Pilot", Stage.PROSPECT, 1000_00L);
        stale = Fixtures.deal(store, "Stale lead", Stage.LEAD, null);
        overdue = Fixtures.followUp(store, pilot, Fixtures.NOW.minus(Duration.ofHours(1)));
        today = Fixtures.followUp(store, pilot, Fixtures.NOW.plus(Duration.ofHours(2)));
        later = Fixtures.followUp(store, pilot, Fixtures.NOW.plus(Duration.ofDays(3)));
        model = new TodayViewModel(new FollowUpService(store), new ChangeFeed(store), new UiExecutors(Runnable::run, Runnable::run));
        model.setCalendarExport(new CalendarExport(store));
        prompts = new FollowUpPrompts(model, () -> null, s -> {}, java.util.Locale.ENGLISH);
        model.refresh().join();
    }

    @Test
    void askedAgainWhileItReadsItReadsOnceMoreAfterwardsNotOnceForEachAsking() {
        java.util.ArrayDeque<Runnable> reads = new java.util.ArrayDeque<>();
        TodayViewModel slow = new TodayViewModel(new FollowUpService(store), new ChangeFeed(store), new UiExecutors(reads::add, Runnable::run));
        var first = slow.refresh();
        var second = slow.refresh();
        var third = slow.refresh();
        assertThat(reads).as("one read at a time").hasSize(1);
        assertThat(third).as("every asking while a read runs waits for the same next read").isSameAs(second);

        reads.poll().run();
        assertThat(first).isDone();
        assertThat(slow.overdueProperty().get()).isEqualTo(1);
        assertThat(second).isNotDone();
        new FollowUpService(store).complete(overdue.id());
        assertThat(reads).as("the read asked for while the first ran").hasSize(1);
        reads.poll().run();
        assertThat(second).isDone();
        assertThat(slow.overdueProperty().get()).as("the second read is a read of its own: it sees what changed after the first").isZero();
        assertThat(reads).as("the change's own notice, which came while the second read waited, asked once more").hasSize(1);
        reads.poll().run();
        assertThat(reads).isEmpty();

        slow.refresh();
        assertThat(reads).as("idle again: a new asking reads at once").hasSize(1);
    }

    @AfterEach
    void close() {
        store.close();
    }

    List<FollowUp> followUpsOf(UUID dealId) {
        return store.read(r -> r.followUps().forDeal(dealId));
    }

    FollowUp stored(UUID id) {
        return store.read(r -> r.followUps().find(id)).orElseThrow();
    }

    int count(FollowUpDue due) {
        return model.sections().get(due.ordinal()).count();
    }

    /** On a shared file the board's "My deals" keeps Today and its badge to my deals' follow-ups (the team's filled them). */
    @Test
    void theSectionsAndTheCountsAreThoseOfTheDealsTheOwnerFilterLetsThrough() {
        new com.funnelboard.service.PeopleService(store).reassign(pilot.id(), "ann@example.com");
        FollowUp unowned = Fixtures.followUp(store, stale, Fixtures.NOW.minus(Duration.ofHours(3)));
        model.refresh().join();
        assertThat(model.overdueProperty().get()).as("everyone's").isEqualTo(2);

        model.showOwners(com.funnelboard.domain.OwnerFilter.person("Ann@Example.com"), "my deals").join();
        assertThat(model.sections()).extracting(FollowUpService.Section::count).containsExactly(1, 1, 1);
        assertThat(model.overdueProperty().get()).isEqualTo(1);
        assertThat(model.agenda()).extracting(FollowUpEntry::dealTitle).containsOnly("Pilot");
        assertThat(model.whoseProperty().get()).isEqualTo("my deals");

        model.showOwners(com.funnelboard.domain.OwnerFilter.NOBODY, "deals with no owner").join();
        assertThat(model.agenda()).extracting(e -> e.followUp().id()).containsExactly(unowned.id());
        assertThat(model.dueTodayProperty().get()).isZero();

        model.showOwners(com.funnelboard.domain.OwnerFilter.person("bob@example.com"), "deals of Bob").join();
        assertThat(model.agenda()).isEmpty();
        assertThat(model.overdueProperty().get()).isZero();

        // The calendar export writes what the page shows.
        java.nio.file.Path ics = dir.resolve("mine.ics");
        model.showOwners(com.funnelboard.domain.OwnerFilter.person("ann@example.com"), "my deals").join();
        assertThat(model.exportCalendar(ics).join()).as("Ann's three, not the unowned one").isEqualTo(3);

        model.showOwners(com.funnelboard.domain.OwnerFilter.EVERYONE, "").join();
        assertThat(model.exportCalendar(ics).join()).isEqualTo(4);
        assertThat(model.overdueProperty().get()).isEqualTo(2);
        assertThat(model.whoseProperty().get()).isEmpty();
    }

    /** Was TodayUiTest.theBadgeCountsOverdueAndDueTodayAndThePageListsTheWeek (the headings' words stay there). */
    @Test
    void theCountsAreOverdueAndDueTodayAndTheSectionsListTheWeek() {
        assertThat(model.overdueProperty().get()).isEqualTo(1);
        assertThat(model.dueTodayProperty().get()).isEqualTo(1);
        assertThat(model.sections()).extracting(FollowUpService.Section::due)
                .containsExactly(FollowUpDue.OVERDUE, FollowUpDue.TODAY, FollowUpDue.UPCOMING);
        assertThat(model.sections()).extracting(FollowUpService.Section::count).containsExactly(1, 1, 1);
        assertThat(model.sections().get(0).first()).extracting(e -> e.followUp().id()).containsExactly(overdue.id());
        assertThat(model.sections().get(1).first()).extracting(e -> e.followUp().id()).containsExactly(today.id());
        assertThat(model.sections().get(2).first()).extracting(e -> e.followUp().id()).containsExactly(later.id());
        assertThat(model.agenda()).extracting(FollowUpEntry::dealTitle).containsOnly("Pilot").hasSize(3);
    }

    /** Was TodayUiTest.theBadgeCountsOverdueAndDueTodayAndThePageListsTheWeek (the export). */
    @Test
    void theCalendarExportWritesTheFollowUpsFromTodayOnAndSaysHowMany() throws Exception {
        Path ics = dir.resolve("calendar.ics");
        assertThat(model.exportCalendar(ics).join()).isEqualTo(3);
        assertThat(Files.readString(ics)).contains("BEGIN:VCALENDAR");
        assertThat(model.exportStatusProperty().get()).isEqualTo("3 follow-ups written to calendar.ics; import it into your calendar.");
    }

    /** Was TodayUiTest.doneOffersTheNextFollowUpAndSnoozeMovesOneOn (what the clicks do). */
    /** The counts are read again just after midnight where the user is (a window open overnight showed yesterday's). */
    @Test
    void theNextDayBeginsJustAfterMidnightInTheUsersZone() {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(model.now(), model.zone());
        java.time.Instant midnight = today.plusDays(1).atStartOfDay(model.zone()).toInstant();
        // (The test's clock ticks a millisecond a reading.)
        java.time.Instant at = model.now();
        assertThat(at.plus(model.untilNextDay())).isBetween(midnight.plusSeconds(1).minusMillis(20), midnight.plusSeconds(1));
    }

    @Test
    void doneLowersTheCountAndOffersTheNextSnoozeAndScheduleAreStored() {
        FollowUpEntry entry = model.sections().get(0).first().getFirst();
        model.done(overdue.id()).join();
        assertThat(stored(overdue.id()).doneAt()).isNotNull();
        assertThat(model.overdueProperty().get() + model.dueTodayProperty().get()).as("the badge").isEqualTo(1);
        assertThat(count(FollowUpDue.OVERDUE)).isZero();

        prompts.offerAfterDone(entry);
        assertThat(prompts.offerProperty().get().text()).isEqualTo("Next follow-up for \u201CPilot\u201D\u2026");
        assertThat(prompts.offerProperty().get().dealId()).isEqualTo(pilot.id());
        // The status bar saying what was done to that deal keeps the offer; saying something of another deal withdraws it (a
        // snooze of another deal's call stood beside "Next follow-up for …").
        prompts.statusSaid("Marked the call on \u201CPilot\u201D done.");
        assertThat(prompts.offerProperty().get()).isNotNull();
        prompts.statusSaid("Snoozed the call on \u201CAnnual licence\u201D until Wed, Dec 9, 3:00 PM.");
        assertThat(prompts.offerProperty().get()).isNull();
        prompts.offerAfterDone(entry);

        model.schedule(pilot.id(), Fixtures.NOW.plus(Duration.ofDays(1)), FollowUpKind.EMAIL, "Send the proposal").join();
        assertThat(followUpsOf(pilot.id())).anyMatch(f -> "Send the proposal".equals(f.note()));
        assertThat(count(FollowUpDue.UPCOMING)).isEqualTo(2);

        // (Due in two hours: a snooze of one would bring it forward, and is refused; three put it off.)
        assertThatThrownBy(() -> model.snooze(today.id(), model.now().plus(Duration.ofHours(1))).join()).hasMessageContaining("due later already");
        model.snooze(today.id(), model.now().plus(Duration.ofHours(3))).join();
        assertThat(Duration.between(Fixtures.NOW, stored(today.id()).snoozedUntil())).isBetween(Duration.ofMinutes(179),
                Duration.ofMinutes(181));
    }

    /** Was TodayUiTest.aFollowUpDueNowScheduledElsewhereIsRemindedAtOnce (the page follows the feed, not the view that wrote). */
    @Test
    void aFollowUpScheduledElsewhereShowsThroughTheChangeFeed() {
        new FollowUpService(store).schedule(stale.id(), Fixtures.NOW.plus(Duration.ofMinutes(30)), FollowUpKind.CALL, "Ring now");
        assertThat(model.dueTodayProperty().get()).isEqualTo(2);
        assertThat(model.agenda()).anyMatch(e -> "Ring now".equals(e.followUp().note()) && e.dealTitle().equals("Stale lead"));
    }

    /** Was TodayUiTest.aMoveToLostClosesTheDealsFollowUpsAndOffersNoNextOne. */
    @Test
    void aMoveToLostClosesTheDealsFollowUpsAndWithdrawsItsOffer() {
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
        StageChange back = deals.move(MoveRequest.simple(pilot.id(), Stage.LEAD));
        prompts.offerAfterMove(back, "Pilot").join();
        // Follow-ups open already: no next one offered ("Next follow-up" stood beside a deal whose call was due that afternoon).
        assertThat(prompts.offerProperty().get()).as("three follow-ups open").isNull();
        Deal bare = Fixtures.deal(store, "Bare", Stage.PROSPECT, 100_00L);
        StageChange bareBack = deals.move(MoveRequest.simple(bare.id(), Stage.LEAD));
        prompts.offerAfterMove(bareBack, "Bare").join();
        assertThat(prompts.offerProperty().get().text()).as("the deal named: it may no longer be in sight when the offer is taken")
                .isEqualTo("Next follow-up for \u201CBare\u201D\u2026");
        prompts.keepOnlyFor(bare.id());
        assertThat(prompts.offerProperty().get()).as("the same deal chosen keeps it").isNotNull();
        prompts.scheduled(stale.id(), "Stale lead", Fixtures.NOW.plus(Duration.ofDays(1)), com.funnelboard.domain.FollowUpKind.CALL, null).join();
        assertThat(prompts.offerProperty().get()).as("a follow-up scheduled on another deal keeps it").isNotNull();
        prompts.scheduled(bare.id(), "Bare", Fixtures.NOW.plus(Duration.ofDays(1)), com.funnelboard.domain.FollowUpKind.CALL, null).join();
        assertThat(prompts.offerProperty().get()).as("one scheduled on its deal (the card's menu) withdraws it").isNull();
        prompts.offerAfterMove(bareBack, "Bare").join();
        assertThat(prompts.offerProperty().get()).as("a follow-up open now: none offered").isNull();
        new FollowUpService(store).complete(store.read(r -> r.followUps().forDeal(bare.id())).stream().filter(f -> f.doneAt() == null).findFirst().orElseThrow().id());
        prompts.offerAfterMove(bareBack, "Bare").join();
        prompts.keepOnlyFor(stale.id());
        assertThat(prompts.offerProperty().get()).as("another deal chosen withdraws it").isNull();
        prompts.offerAfterMove(bareBack, "Bare").join();
        StageChange bareLost = deals.move(new MoveRequest(bare.id(), Stage.LOST, List.of(), null, LostReason.NO_BUDGET, null));
        prompts.offerAfterMove(bareLost, "Bare");
        assertThat(prompts.offerProperty().get()).as("a lost move withdraws the deal's offer").isNull();

        StageChange lost = deals.move(new MoveRequest(pilot.id(), Stage.LOST, List.of(), null, LostReason.NO_BUDGET, null));
        prompts.offerAfterMove(lost, "Pilot");

        assertThat(followUpsOf(pilot.id())).hasSize(3).allMatch(f -> !f.isOpen());
        assertThat(model.overdueProperty().get() + model.dueTodayProperty().get()).as("the badge").isZero();
        assertThat(prompts.offerProperty().get()).as("no offer after a lost move").isNull();
    }

    /** What was scheduled is said, with its deal and time (it said "Follow-up scheduled." alone). */
    @Test
    void aScheduledFollowUpIsSaidWithItsDealAndTime() {
        assertThat(prompts.scheduledSentence(com.funnelboard.domain.FollowUpKind.MEETING, "Pilot", java.time.Instant.parse("2026-03-13T09:00:00Z")))
                .startsWith("Scheduled a meeting on \u201CPilot\u201D for ").contains("Mar 13", "9:00").endsWith(". Ctrl+Z takes it back.");
    }

    @Test
    void aMoveToWonWithFollowUpsOpenOffersToCloseThemAsOneUndoableChange() {
        List<String> said = new java.util.ArrayList<>();
        FollowUpPrompts offers = new FollowUpPrompts(model, () -> null, said::add, java.util.Locale.ENGLISH);
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
        StageChange won = deals.move(new MoveRequest(pilot.id(), Stage.WON, List.of(), "Signed on the call", null, null));
        List<String> shown = new java.util.ArrayList<>();
        offers.offerProperty().addListener((o, was, now) -> shown.add(now == null ? null : now.text()));
        offers.offerAfterMove(won, "Pilot").join();
        assertThat(shown).as("never the usual offer first, however briefly").containsExactly("\u201CPilot\u201D is won: close its 3 open follow-ups?");
        assertThat(offers.offerProperty().get().text()).isEqualTo("\u201CPilot\u201D is won: close its 3 open follow-ups?");
        assertThat(followUpsOf(pilot.id())).as("nothing closed until the rep says so").allMatch(FollowUp::isOpen);

        offers.takeOffer();
        assertThat(followUpsOf(pilot.id())).hasSize(3).noneMatch(FollowUp::isOpen);
        assertThat(model.overdueProperty().get() + model.dueTodayProperty().get()).as("the badge").isZero();
        assertThat(said).containsExactly("Closed 3 follow-ups of \u201CPilot\u201D. Ctrl+Z opens them again.");
        assertThat(offers.offerProperty().get()).isNull();

        var closing = store.read(r -> r.changeLog().latest(1)).getFirst();
        assertThat(closing.summary()).isEqualTo("Closed 3 follow-ups of \u201CPilot\u201D");
        new com.funnelboard.service.UndoService(store, com.funnelboard.service.UndoJournal.inMemory()).undo(closing.id());
        assertThat(followUpsOf(pilot.id())).as("one undo opens all three").hasSize(3).allMatch(FollowUp::isOpen);

        Deal quick = Fixtures.deal(store, "Quick win", Stage.LEAD, 500_00L);
        StageChange quickWon = deals.move(new MoveRequest(quick.id(), Stage.WON, List.of(), "Signed", null, null));
        offers.offerAfterMove(quickWon, "Quick win").join();
        assertThat(offers.offerProperty().get().text()).as("nothing open: the usual offer")
                .isEqualTo("Next follow-up for \u201CQuick win\u201D\u2026");
    }
}
