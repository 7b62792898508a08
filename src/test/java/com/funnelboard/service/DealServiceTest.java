package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.StageSummary;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreAccess;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealServiceTest {

    @TempDir
    Path dir;

    Store store;
    DealService deals;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<StageChange> history(UUID deal) {
        return store.read(r -> r.stageChanges().forDeal(deal));
    }

    @Test
    void aRefusedMoveWritesNothing() {
        Deal lead = Fixtures.deal(store, "Cold", Stage.LEAD, null);
        assertThatThrownBy(() -> deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of("fits-icp", "has-need"), null, null, null)))
                .isInstanceOfSatisfying(MoveRefusedException.class, e -> assertThat(e.verdict().unmet())
                        .extracting(r -> r.item().code()).containsExactly("two-way"));
        assertThat(store.read(r -> r.deals().find(lead.id())).orElseThrow().stage()).isEqualTo(Stage.LEAD);
        assertThat(history(lead.id())).isEmpty();
    }

    @Test
    void aQualifiedMoveUpdatesTheDealAndRecordsTheChecklist() {
        Deal lead = Fixtures.deal(store, "Warm", Stage.LEAD, null);
        Fixtures.interaction(store, lead, InteractionKind.EMAIL, Direction.IN, Fixtures.NOW.minusSeconds(3600));
        StageChange change = deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of("fits-icp", "has-need", "budget"), null, null,
                null));
        Deal moved = store.read(r -> r.deals().find(lead.id())).orElseThrow();
        assertThat(moved.stage()).isEqualTo(Stage.PROSPECT);
        assertThat(moved.stageEnteredAt()).isAfter(lead.stageEnteredAt()).isEqualTo(change.changedAt());
        StageChange recorded = history(lead.id()).getFirst();
        assertThat(recorded).isEqualTo(change);
        assertThat(recorded.from()).isEqualTo(Stage.LEAD);
        assertThat(recorded.changedBy()).isEqualTo("rep");
        assertThat(recorded.overrideReason()).isNull();
        assertThat(recorded.checklist()).extracting(StageChange.AnsweredItem::code, StageChange.AnsweredItem::holds).containsExactly(
                org.assertj.core.groups.Tuple.tuple("two-way", true),
                org.assertj.core.groups.Tuple.tuple("fits-icp", true),
                org.assertj.core.groups.Tuple.tuple("has-need", true),
                org.assertj.core.groups.Tuple.tuple("budget", true),
                org.assertj.core.groups.Tuple.tuple("authority", false),
                org.assertj.core.groups.Tuple.tuple("timeline", false));
        assertThat(recorded.checklist().getFirst().evidence()).isEqualTo("inbound email, Mar 12");
    }

    @Test
    void anOverrideIsKeptWithTheChange() {
        Deal lead = Fixtures.deal(store, "Hot tip", Stage.LEAD, null);
        StageChange change = deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of(), "CEO asked us in person", null, null));
        assertThat(change.overrideReason()).isEqualTo("CEO asked us in person");
        assertThat(history(lead.id()).getFirst().overrideReason()).isEqualTo("CEO asked us in person");
    }

    @Test
    void lostNeedsAReasonAndReopeningGoesToLead() {
        Deal deal = Fixtures.deal(store, "Gone", Stage.OPPORTUNITY, 500_00L);
        assertThatThrownBy(() -> deals.move(MoveRequest.simple(deal.id(), Stage.LOST))).isInstanceOf(MoveRefusedException.class)
                .hasMessageContaining("lost reason");
        deals.move(new MoveRequest(deal.id(), Stage.LOST, List.of(), null, LostReason.COMPETITOR, "Went with a cheaper tool"));
        Deal lost = store.read(r -> r.deals().find(deal.id())).orElseThrow();
        assertThat(lost.lostReason()).isEqualTo(LostReason.COMPETITOR);
        assertThat(lost.lostNote()).isEqualTo("Went with a cheaper tool");
        assertThatThrownBy(() -> deals.move(MoveRequest.simple(deal.id(), Stage.PROSPECT))).isInstanceOf(MoveRefusedException.class)
                .hasMessageContaining("reopened as a Lead");
        deals.move(MoveRequest.simple(deal.id(), Stage.LEAD));
        Deal reopened = store.read(r -> r.deals().find(deal.id())).orElseThrow();
        assertThat(reopened.stage()).isEqualTo(Stage.LEAD);
        assertThat(reopened.lostReason()).isNull();
        assertThat(history(deal.id())).extracting(StageChange::from, StageChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.OPPORTUNITY, Stage.LOST),
                org.assertj.core.groups.Tuple.tuple(Stage.LOST, Stage.LEAD));
    }

    @Test
    void backwardMovesAreRecorded() {
        Deal deal = Fixtures.deal(store, "Slipped", Stage.OPPORTUNITY, 500_00L);
        deals.move(MoveRequest.simple(deal.id(), Stage.PROSPECT));
        assertThat(history(deal.id())).extracting(StageChange::from, StageChange::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Stage.OPPORTUNITY, Stage.PROSPECT));
    }

    @Test
    void skippingStagesAsksEveryGateOnTheWay() {
        Deal lead = Fixtures.deal(store, "Fast", Stage.LEAD, 100_00L);
        MovePlan plan = deals.plan(lead.id(), Stage.OPPORTUNITY);
        assertThat(plan.items()).extracting(i -> i.code()).containsSubsequence("two-way", "has-need", "buying-signal", "value-estimated");
    }

    @Test
    void createsAValidatedLead() {
        NewLead bad = new NewLead(" ", "Acme", "not-an-email", "??", LeadSource.WEBSITE, "", "12.345", "EUR", Locale.ENGLISH);
        assertThatThrownBy(() -> deals.createLead(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsOnlyKeys(NewLead.CONTACT, NewLead.EMAIL, NewLead.PHONE, NewLead.TITLE, NewLead.VALUE));
        UUID id = deals.createLead(new NewLead("Jane Doe", "Acme Ltd", "jane@acme.example", "+44 20 7946 0000", LeadSource.REFERRAL,
                "Team plan", "12,500", "EUR", Locale.ENGLISH));
        UUID second = deals.createLead(new NewLead("John Roe", " acme ltd ", null, null, null, "Add-on", "", "EUR", Locale.ENGLISH));
        Deal d = store.read(r -> r.deals().find(id)).orElseThrow();
        assertThat(d.stage()).isEqualTo(Stage.LEAD);
        assertThat(d.value().minor()).isEqualTo(1_250_000);
        assertThat(store.read(r -> r.deals().find(second)).orElseThrow().value()).isNull();
        var c1 = store.read(r -> r.contacts().find(d.contactId())).orElseThrow();
        var c2 = store.read(r -> r.contacts().find(store.read(r2 -> r2.deals().find(second)).orElseThrow().contactId())).orElseThrow();
        assertThat(c1.organizationId()).as("same organization, matched by name").isEqualTo(c2.organizationId());
        assertThat(history(id)).extracting(StageChange::from, StageChange::to).containsExactly(org.assertj.core.groups.Tuple.tuple(null, Stage.LEAD));
    }

    @Test
    void theValueIsReadInTheLocaleItWasTypedIn() {
        NewLead english = new NewLead("Jane Doe", null, null, null, null, "Team plan", "12,5", "EUR", Locale.ENGLISH);
        assertThat(english.problems()).containsOnlyKeys(NewLead.VALUE);
        assertThat(english.problems().get(NewLead.VALUE)).isEqualTo("Not an amount: \"12,5\". Write it like 12,500.50 (or 12500.50).");
        assertThatThrownBy(() -> deals.createLead(english)).isInstanceOf(InvalidInputException.class);
        assertThat(store.<Long>read(r -> r.deals().count())).as("nothing written").isZero();

        UUID id = deals.createLead(new NewLead("Jane Doe", null, null, null, null, "Team plan", "12,5", "EUR", Locale.GERMANY));
        assertThat(store.read(r -> r.deals().find(id)).orElseThrow().value().minor()).isEqualTo(1250);
    }

    @Test
    void boardSummariesCountAndWeigh() {
        Fixtures.deal(store, "A", Stage.LEAD, 1000_00L);
        Fixtures.deal(store, "B", Stage.LEAD, 3000_00L);
        Fixtures.deal(store, "C", Stage.LEAD, null);
        Fixtures.deal(store, "D", Stage.OPPORTUNITY, 1000_00L);
        Map<Stage, StageSummary> s = new BoardService(store).summaries();
        assertThat(s.get(Stage.LEAD).count()).isEqualTo(3);
        assertThat(s.get(Stage.LEAD).totals()).extracting(m -> m.minor()).containsExactly(4000_00L);
        assertThat(s.get(Stage.LEAD).weighted()).extracting(m -> m.minor()).containsExactly(400_00L);
        assertThat(s.get(Stage.OPPORTUNITY).weighted()).extracting(m -> m.minor()).containsExactly(600_00L);
        assertThat(s.get(Stage.WON).count()).isZero();
        Fixtures.deal(store, "E", Stage.PROSPECT, null);
        Fixtures.deal(store, "F", Stage.PROSPECT, 0L);
        StageSummary noValue = new BoardService(store).summaries().get(Stage.PROSPECT);
        assertThat(noValue.count()).isEqualTo(2);
        assertThat(noValue.totals()).as("deals of no value add up to nothing shown, not €0").isEmpty();
        assertThat(noValue.weighted()).isEmpty();

        wonColumnAddsUpFinalValues(store);
        // The window's store reads filtered headers from its facets in memory.
        try (Store window = Store.open(store.file().resolveSibling("window.db"), Fixtures.CLOCK, null, StoreAccess.WINDOW)) {
            wonColumnAddsUpFinalValues(window);
        }
    }

    /** A won deal counts in its column at the final value its card shows, not at its estimate, however the header is read. */
    private static void wonColumnAddsUpFinalValues(Store store) {
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
        Deal won = Fixtures.deal(store, "W", Stage.OPPORTUNITY, 12_500_00L);
        Fixtures.deal(store, "X", Stage.WON, 2_000_00L);
        deals.move(new MoveRequest(won.id(), Stage.WON, List.of(), "Signed", null, null,
                new com.funnelboard.domain.WonDetails.Entry("13,000", java.time.LocalDate.of(2026, 3, 10), Locale.UK)));
        BoardService board = new BoardService(store);
        board.prepareFilters();
        com.funnelboard.domain.BoardLens filtered = com.funnelboard.domain.BoardLens.ALL.with("min-value", "1");
        var sorts = Map.of(Stage.WON, com.funnelboard.domain.DealSort.NEWEST);
        assertThat(board.summaries().get(Stage.WON).totals()).extracting(m -> m.minor()).containsExactly(15_000_00L);
        assertThat(board.summaries(filtered).get(Stage.WON).totals()).extracting(m -> m.minor()).containsExactly(15_000_00L);
        assertThat(board.firstPages(com.funnelboard.domain.BoardLens.ALL, sorts, 5).summaries().get(Stage.WON).totals())
                .extracting(m -> m.minor()).containsExactly(15_000_00L);
        assertThat(board.firstPages(filtered, sorts, 5).summaries().get(Stage.WON).totals())
                .extracting(m -> m.minor()).containsExactly(15_000_00L);
    }

    @Test
    void boardPagesAreOrderedAndCarryTheNextFollowUp() {
        Deal a = Fixtures.deal(store, "A", Stage.LEAD, 1000_00L);
        Fixtures.followUp(store, a, Fixtures.NOW.plusSeconds(86_400 * 2));
        Fixtures.followUp(store, a, Fixtures.NOW.minusSeconds(3600));
        BoardService board = new BoardService(store);
        var cards = board.page(Stage.LEAD, 0, 10);
        assertThat(cards).hasSize(1);
        assertThat(cards.getFirst().nextFollowUpAt()).isEqualTo(Fixtures.NOW.minusSeconds(3600));
        assertThat(cards.getFirst().organizationName()).isEqualTo("Org of A");
        assertThat(board.positionOf(a.id())).isZero();
    }

    @Test
    void aNewLeadKeepsItsContactsEmailAndPhoneInTheirLists() {
        UUID id = deals.createLead(new NewLead("Ida Berg", "Nordwind AB", "ida@nordwind.example", "+46 8 123 456 78", LeadSource.REFERRAL,
                "Pilot", "", "EUR", java.util.Locale.UK));
        UUID contact = store.read(r -> r.deals().find(id)).orElseThrow().contactId();
        com.funnelboard.domain.ContactProfile p = store.read(r -> r.contactProfiles().find(contact)).orElseThrow();
        assertThat(p.emails()).containsExactly("ida@nordwind.example");
        assertThat(p.phones()).containsExactly("+46 8 123 456 78");
    }
}
