package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One action on many deals: one change set, each deal through the rules a single change passes, the misfits named. */
class BulkDealsTest {

    @TempDir
    Path dir;

    Store store;
    BulkDeals bulk;
    UndoService undo;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
        bulk = new BulkDeals(store, deals, new DealEditing(store, Locale.ENGLISH));
        undo = new UndoService(store, UndoJournal.inMemory());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Deal now(Deal d) {
        return store.read(r -> r.deals().find(d.id())).orElseThrow();
    }

    private int changeSets() {
        return store.read(r -> r.changeLog().latest(100_000)).size();
    }

    private ChangeSetEntry last() {
        return store.read(r -> r.changeLog().latest(1)).getFirst();
    }

    /** A lead that meets the Prospect checklist once its manual items are ticked: a reply logged. */
    private Deal warm(String title) {
        Deal d = Fixtures.deal(store, title, Stage.LEAD, 100_00L);
        Fixtures.interaction(store, d, InteractionKind.EMAIL, Direction.IN, Fixtures.NOW.minusSeconds(3600));
        return d;
    }

    @Test
    void oneUnmetChecklistMovesNoneAndNamesIt() {
        Deal warm = warm("Warm");
        Deal cold = Fixtures.deal(store, "Cold", Stage.LEAD, null);
        int before = changeSets();
        assertThatThrownBy(() -> bulk.move(List.of(warm.id(), cold.id()), Stage.PROSPECT, List.of("fits-icp", "has-need"), null, null, null,
                null, BulkDeals.Unmet.REFUSE))
                .isInstanceOf(RefusedException.class)
                .hasMessage("\u201CCold\u201D (At least one inbound interaction logged: two-way) does not meet the Prospect checklist, so nothing was moved. Give a reason to override "
                        + "it for it, or move only the deals that meet it.");
        assertThat(now(warm).stage()).as("the one that met it waits too: all or nothing").isEqualTo(Stage.LEAD);
        assertThat(changeSets()).isEqualTo(before);
    }

    @Test
    void skippingTheUnmetMovesTheOthersThroughTheirOwnChecklistAsOneChange() {
        Deal warm = warm("Warm");
        Deal warmer = warm("Warmer");
        Deal cold = Fixtures.deal(store, "Cold", Stage.LEAD, null);
        Deal there = Fixtures.deal(store, "There", Stage.PROSPECT, null);
        int before = changeSets();
        BulkDeals.Outcome o = bulk.move(List.of(warm.id(), cold.id(), warmer.id(), there.id(), warm.id()), Stage.PROSPECT,
                List.of("fits-icp", "has-need"), null, null, null, null, BulkDeals.Unmet.SKIP);
        assertThat(o.changed()).isEqualTo(2);
        assertThat(o.skipped()).extracting(BulkDeals.Skipped::title, BulkDeals.Skipped::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cold", "the Prospect checklist is not met (At least one inbound interaction logged: two-way)"),
                org.assertj.core.groups.Tuple.tuple("There", "in Prospect already"));
        assertThat(now(warm).stage()).isEqualTo(Stage.PROSPECT);
        assertThat(now(warmer).stage()).isEqualTo(Stage.PROSPECT);
        assertThat(now(cold).stage()).isEqualTo(Stage.LEAD);
        assertThat(changeSets()).isEqualTo(before + 1);
        assertThat(last().summary()).isEqualTo("Moved 2 deals to Prospect");
        // Each move recorded as a single one is, with its checklist answered from the deal's own data.
        assertThat(store.read(r -> r.stageChanges().forDeal(warm.id())).getFirst().checklist().getFirst().holds()).isTrue();

        undo.undoLast().orElseThrow();
        assertThat(now(warm).stage()).isEqualTo(Stage.LEAD);
        assertThat(now(warmer).stage()).isEqualTo(Stage.LEAD);
    }

    /** The items a person confirms, ticked for all: a bulk move of qualified deals needs no override (the window's could only be one). */
    @Test
    void itemsConfirmedForAllMeetTheChecklistOfEachDealThatHasThem() {
        Deal warm = warm("Warm");
        Deal opportunity = Fixtures.deal(store, "Opportunity", Stage.OPPORTUNITY, 100_00L);
        BulkDeals.Preview p = bulk.preview(List.of(warm.id()), Stage.PROSPECT);
        assertThat(p.unmet()).singleElement().satisfies(u -> assertThat(u.codes()).containsExactly("fits-icp", "has-need"));
        assertThat(p.unmet().getFirst().named()).isEqualTo("\u201C" + p.unmet().getFirst().title() + "\u201D (Fits the ideal customer profile; Has a need that our product or service addresses)");
        assertThat(p.confirmable()).containsKeys("has-need").doesNotContainKey("two-way");
        // Ticked for all: a deal whose checklist has no such item is not refused for it.
        BulkDeals.Outcome o = bulk.move(List.of(warm.id(), opportunity.id()), Stage.PROSPECT, List.of("fits-icp", "has-need"), null, null, null,
                null, BulkDeals.Unmet.REFUSE);
        assertThat(o.changed()).isEqualTo(2);
        assertThat(store.read(r -> r.stageChanges().forDeal(warm.id())).getFirst().overrideReason()).isNull();
        assertThatThrownBy(() -> bulk.move(List.of(opportunity.id()), Stage.WON, List.of("fits-icpp"), "x", null, null, null,
                BulkDeals.Unmet.REFUSE)).isInstanceOf(InvalidInputException.class).hasMessageContaining("fits-icpp");
    }

    @Test
    void anOverrideMovesThoseThatDoNotMeetItAndKeepsItsReasonOnThemOnly() {
        Deal warm = warm("Warm");
        Deal cold = Fixtures.deal(store, "Cold", Stage.LEAD, null);
        bulk.move(List.of(warm.id(), cold.id()), Stage.PROSPECT, List.of("fits-icp", "has-need"), "Met them at the fair", null, null, null,
                BulkDeals.Unmet.REFUSE);
        assertThat(store.read(r -> r.stageChanges().forDeal(cold.id())).getFirst().overrideReason()).isEqualTo("Met them at the fair");
        assertThat(store.read(r -> r.stageChanges().forDeal(warm.id())).getFirst().overrideReason()).as("it met its checklist").isNull();
    }

    @Test
    void wonAtTheirOwnValueOrSkippedWithoutOne() {
        Deal valued = Fixtures.deal(store, "Valued", Stage.OPPORTUNITY, 500_00L);
        Deal bare = Fixtures.deal(store, "Bare", Stage.OPPORTUNITY, null);
        BulkDeals.Outcome o = bulk.move(List.of(valued.id(), bare.id()), Stage.WON, List.of(), "Signed at the year's end", null, null,
                LocalDate.of(2026, 3, 10), BulkDeals.Unmet.REFUSE);
        assertThat(o.changed()).isEqualTo(1);
        assertThat(o.skipped()).singleElement().satisfies(k -> assertThat(k.why())
                .isEqualTo("it has no value to be won at (win it alone to give its final value)"));
        assertThat(now(valued).finalValue().minor()).isEqualTo(500_00L);
        assertThat(now(valued).closedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(now(bare).stage()).isEqualTo(Stage.OPPORTUNITY);
    }

    @Test
    void lostNeedsOneReasonForAll() {
        Deal a = Fixtures.deal(store, "A", Stage.LEAD, null);
        assertThatThrownBy(() -> bulk.move(List.of(a.id()), Stage.LOST, List.of(), null, null, null, null, BulkDeals.Unmet.REFUSE))
                .isInstanceOf(InvalidInputException.class);
        bulk.move(List.of(a.id()), Stage.LOST, List.of(), null, LostReason.NO_BUDGET, null, null, BulkDeals.Unmet.REFUSE);
        assertThat(now(a).lostReason()).isEqualTo(LostReason.NO_BUDGET);
    }

    @Test
    void ownerAndCloseDateChangeTogetherAsOneChangeAndOneUndoTakesThemBack() {
        Deal a = Fixtures.deal(store, "A", Stage.LEAD, null);
        Deal b = Fixtures.deal(store, "B", Stage.PROSPECT, null);
        Deal won = Fixtures.deal(store, "Won", Stage.WON, null);
        Deal gone = Fixtures.deal(store, "Gone", Stage.LEAD, null);
        store.writeAll(r -> r.deals().delete(gone.id()));
        int before = changeSets();
        LocalDate day = LocalDate.of(2026, 6, 30);
        BulkDeals.Outcome o = bulk.edit(List.of(a.id(), b.id(), won.id(), gone.id()),
                BulkDeals.Edit.owner("ben@example.com", "Ben Ode").and(BulkDeals.Edit.closeOn(day)));
        assertThat(o.changed()).as("the won deal changes owner; its close date is left").isEqualTo(3);
        assertThat(o.skipped()).extracting(BulkDeals.Skipped::why).containsExactly("deleted since it was chosen");
        assertThat(List.of(now(a), now(b), now(won))).extracting(Deal::owner).containsOnly("ben@example.com");
        assertThat(now(a).expectedCloseOn()).isEqualTo(day);
        assertThat(now(won).expectedCloseOn()).isNull();
        assertThat(changeSets()).isEqualTo(before + 1);
        assertThat(last().summary()).isEqualTo("Changed 3 deals: owner Ben Ode, expected close 2026-06-30");

        undo.undoLast().orElseThrow();
        assertThat(List.of(now(a), now(b), now(won))).extracting(Deal::owner).containsOnly((String) null);
        assertThat(now(a).expectedCloseOn()).isNull();
    }

    @Test
    void aClosedDealsCloseDateAloneIsSkippedWithWhy() {
        Deal lost = Fixtures.deal(store, "Lost one", Stage.LOST, null);
        Deal open = Fixtures.deal(store, "Open one", Stage.LEAD, null);
        BulkDeals.Outcome o = bulk.edit(List.of(lost.id(), open.id()), BulkDeals.Edit.closeOn(LocalDate.of(2026, 4, 1)));
        assertThat(o.changed()).isEqualTo(1);
        assertThat(o.skipped()).singleElement().satisfies(k -> assertThat(k.why()).startsWith("Lost already"));
        assertThat(last().summary()).isEqualTo("Set the expected close date of \u201COpen one\u201D to 2026-04-01");
    }

    @Test
    void ownersAlreadyRightAreCountedNotChanged() {
        Deal a = Fixtures.deal(store, "A", Stage.LEAD, null);
        Deal b = Fixtures.deal(store, "B", Stage.LEAD, null);
        bulk.edit(List.of(a.id()), BulkDeals.Edit.owner("ida@example.com", null));
        BulkDeals.Outcome o = bulk.edit(List.of(a.id(), b.id()), BulkDeals.Edit.owner("IDA@example.com", null));
        assertThat(o.changed()).isEqualTo(1);
        assertThat(o.unchanged()).isEqualTo(1);
        assertThatThrownBy(() -> bulk.edit(List.of(a.id()), BulkDeals.Edit.owner("not an email", null)))
                .isInstanceOf(InvalidInputException.class);
        BulkDeals.Outcome none = bulk.edit(List.of(a.id(), b.id()), BulkDeals.Edit.noOwner());
        assertThat(none.changed()).isEqualTo(2);
        assertThat(last().summary()).isEqualTo("Left 2 deals without an owner");
    }

    @Test
    void deletedTogetherAndBroughtBackTogether() {
        List<Deal> made = Fixtures.deals(store, Stage.LEAD, 12, i -> "Deal " + i, i -> 100L);
        List<UUID> ids = made.stream().map(Deal::id).toList();
        BulkDeals.Outcome o = bulk.delete(ids);
        assertThat(o.changed()).isEqualTo(12);
        assertThat(last().summary()).isEqualTo("Deleted 12 deals");
        java.util.Optional<Deal> first = store.read(r -> r.deals().find(ids.getFirst()));
        assertThat(first).isEmpty();
        undo.undoLast().orElseThrow();
        for (UUID id : ids) {
            java.util.Optional<Deal> back = store.read(r -> r.deals().find(id));
            assertThat(back).isPresent();
        }
    }

    @Test
    void aSentenceNamesFiveAndCountsTheRest() {
        assertThat(BulkDeals.named(List.of("a", "b", "c", "d", "e", "f", "g"))).isEqualTo("a, b, c, d, e and 2 more");
        assertThat(BulkDeals.named(List.of("a", "b"))).isEqualTo("a, b");
    }
}
