package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A move to Won records the final value and the close date with the move, in its change set; they
 * default to the deal's value and today, invalid ones refuse the move writing nothing, and leaving
 * Won or undoing the move gives the old values back.
 */
class WonDetailsTest {

    /** The day of {@link Fixtures#NOW} on the test clock (UTC). */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    static final List<String> SIGNED = List.of("proposal-presented", "signed-or-paid");

    @TempDir
    Path dir;

    Store store;
    DealService deals;
    UndoService undo;
    Deal opportunity;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
        undo = new UndoService(store, UndoJournal.inMemory());
        opportunity = Fixtures.deal(store, "Pilot", Stage.OPPORTUNITY, 12_500_00L);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Deal deal(UUID id) {
        return store.read(r -> r.deals().find(id)).orElseThrow();
    }

    private List<com.funnelboard.domain.DealCard> wonCards() {
        return store.read(r -> r.board().page(Stage.WON, 0, 10));
    }

    private List<StageChange> history(UUID id) {
        return store.read(r -> r.stageChanges().forDeal(id));
    }

    private int changeSets() {
        return store.read(r -> r.changeLog().latest(10_000)).size();
    }

    private ChangeSetEntry lastChangeSet() {
        return store.read(r -> r.changeLog().latest(1)).getFirst();
    }

    private static MoveRequest toWon(UUID id, String finalValue, LocalDate closedOn, Locale locale) {
        return new MoveRequest(id, Stage.WON, SIGNED, null, null, null, new WonDetails.Entry(finalValue, closedOn, locale));
    }

    @Test
    void withoutDetailsTheDealsValueAndTodayAreRecorded() {
        StageChange change = deals.move(new MoveRequest(opportunity.id(), Stage.WON, SIGNED, null, null, null));
        Deal won = deal(opportunity.id());
        assertThat(won.stage()).isEqualTo(Stage.WON);
        assertThat(won.finalValue()).isEqualTo(new Money(12_500_00L, "EUR"));
        assertThat(won.closedOn()).isEqualTo(TODAY);
        assertThat(change.to()).isEqualTo(Stage.WON);
        assertThat(wonCards()).singleElement()
                .satisfies(card -> assertThat(card.showsFinalValue()).as("the same as the estimate").isFalse());
    }

    @Test
    void givenDetailsAreReadInTheUsersLocaleAndRecorded() {
        DealService.MoveResult result = deals.moveReturningDeal(toWon(opportunity.id(), "11.800,50", LocalDate.of(2026, 3, 2), Locale.GERMANY));
        assertThat(result.deal().finalValue()).isEqualTo(new Money(11_800_50L, "EUR"));
        assertThat(result.deal().closedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(deal(opportunity.id())).isEqualTo(result.deal());
        assertThat(result.deal().value()).as("the estimate is kept beside it").isEqualTo(new Money(12_500_00L, "EUR"));
        assertThat(wonCards()).singleElement().satisfies(card -> {
            assertThat(card.showsFinalValue()).isTrue();
            assertThat(card.shownValue()).isEqualTo(new Money(11_800_50L, "EUR"));
        });
    }

    @Test
    void tomorrowIsAcceptedAndAnyPastDay() {
        Deal other = Fixtures.deal(store, "Renewal", Stage.OPPORTUNITY, 100_00L);
        deals.move(toWon(opportunity.id(), null, TODAY.plusDays(1), Locale.UK));
        deals.move(toWon(other.id(), "0", LocalDate.of(2019, 12, 31), Locale.UK));
        assertThat(deal(opportunity.id()).closedOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(deal(other.id()).closedOn()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(deal(other.id()).finalValue()).as("nothing paid is still an amount").isEqualTo(new Money(0, "EUR"));
        // A win entered late is in Won since the day it closed (it read "0 d" in Won); one closing tomorrow since the move.
        assertThat(deal(other.id()).stageEnteredAt()).isEqualTo(com.funnelboard.domain.DayMoment.of(LocalDate.of(2019, 12, 31), ZoneOffset.UTC));
        assertThat(deal(opportunity.id()).stageEnteredAt()).as("the move").isBetween(Fixtures.NOW, Fixtures.NOW.plusSeconds(3600));
    }

    @Test
    void invalidDetailsRefuseTheMoveWithASentenceAndWriteNothing() {
        Deal unvalued = Fixtures.deal(store, "Unvalued", Stage.OPPORTUNITY, null);
        int before = changeSets();
        Map<MoveRequest, Map<String, String>> cases = Map.of(
                toWon(opportunity.id(), "12,5", null, Locale.UK),
                Map.of(WonDetails.FINAL_VALUE, "Not an amount: \"12,5\". Write it like 12,500.50 (or 12500.50)."),
                toWon(opportunity.id(), "-5", null, Locale.UK), Map.of(WonDetails.FINAL_VALUE, "The final value cannot be negative"),
                toWon(opportunity.id(), "1.2345", null, Locale.UK), Map.of(WonDetails.FINAL_VALUE, "At most 2 decimals for EUR"),
                toWon(opportunity.id(), null, TODAY.plusDays(2), Locale.UK), Map.of(WonDetails.CLOSE_DATE,
                        "The close date 2026-03-14 is in the future; it can be tomorrow (2026-03-13) at the latest"),
                toWon(unvalued.id(), null, null, Locale.UK), Map.of(WonDetails.FINAL_VALUE,
                        "Enter the final value: this deal has no estimated value to take instead"),
                toWon(opportunity.id(), "1e3", TODAY.plusYears(1), Locale.UK), Map.of(
                        WonDetails.FINAL_VALUE, "Not an amount: \"1e3\". Write it like 12,500.50 (or 12500.50).",
                        WonDetails.CLOSE_DATE, "The close date 2027-03-12 is in the future; it can be tomorrow (2026-03-13) at the latest"));
        cases.forEach((request, problems) -> assertThatThrownBy(() -> deals.move(request))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).isEqualTo(problems)));

        assertThat(changeSets()).as("no change set").isEqualTo(before);
        for (Deal d : List.of(opportunity, unvalued)) {
            Deal now = deal(d.id());
            assertThat(now.stage()).isEqualTo(Stage.OPPORTUNITY);
            assertThat(now.finalValue()).isNull();
            assertThat(now.closedOn()).isNull();
            assertThat(history(d.id())).as("no history row").isEmpty();
        }
        // The unvalued deal is won once it is given a final value.
        deals.move(toWon(unvalued.id(), "900", null, Locale.UK));
        assertThat(deal(unvalued.id()).finalValue()).isEqualTo(new Money(900_00L, "EUR"));
    }

    @Test
    void onlyAMoveToWonTakesDetails() {
        int before = changeSets();
        assertThatThrownBy(() -> deals.move(new MoveRequest(opportunity.id(), Stage.PROSPECT, List.of(), null, null, null,
                new WonDetails.Entry("100", null, Locale.UK))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .isEqualTo(Map.of(WonDetails.FINAL_VALUE, "Only a move to Won takes a final value and a close date")));
        assertThat(changeSets()).isEqualTo(before);
        assertThat(deal(opportunity.id()).stage()).isEqualTo(Stage.OPPORTUNITY);
    }

    @Test
    void theChecklistIsJudgedBeforeTheDetails() {
        assertThatThrownBy(() -> deals.move(new MoveRequest(opportunity.id(), Stage.WON, List.of(), null, null, null,
                new WonDetails.Entry("12,5", null, Locale.UK)))).isInstanceOf(MoveRefusedException.class);
        assertThat(deal(opportunity.id()).stage()).isEqualTo(Stage.OPPORTUNITY);
    }

    @Test
    void theDetailsAreWrittenInTheMovesChangeSet() {
        int before = changeSets();
        deals.move(toWon(opportunity.id(), "11,000", LocalDate.of(2026, 3, 10), Locale.UK));
        assertThat(changeSets()).as("one change set").isEqualTo(before + 1);
        ChangeSetEntry set = lastChangeSet();
        assertThat(set.summary()).isEqualTo("Moved \u201CPilot\u201D from Opportunity to Won");
        assertThat(set.changes()).extracting(c -> c.table() + "." + c.field()).containsExactlyInAnyOrder("deal.stage",
                "deal.stage_entered_at", "deal.final_value_minor", "deal.closed_on", "stage_change.*");
        assertThat(set.changes()).filteredOn(c -> c.field().equals("final_value_minor")).singleElement()
                .satisfies(c -> assertThat(List.of(c.oldValue(), c.newValue())).containsExactly("null", "1100000"));
        assertThat(set.changes()).filteredOn(c -> c.field().equals("closed_on")).singleElement()
                .satisfies(c -> assertThat(List.of(c.oldValue(), c.newValue())).containsExactly("null", "\"2026-03-10\""));
    }

    @Test
    void undoingTheMoveToWonRemovesTheDetailsAndRedoPutsThemBack() {
        deals.move(toWon(opportunity.id(), "11,000", LocalDate.of(2026, 3, 10), Locale.UK));
        undo.undoLast().orElseThrow();
        Deal back = deal(opportunity.id());
        assertThat(back.stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(back.finalValue()).isNull();
        assertThat(back.closedOn()).isNull();
        assertThat(back.stageEnteredAt()).isEqualTo(opportunity.stageEnteredAt());

        undo.redoLast().orElseThrow();
        Deal again = deal(opportunity.id());
        assertThat(again.stage()).isEqualTo(Stage.WON);
        assertThat(again.finalValue()).isEqualTo(new Money(11_000_00L, "EUR"));
        assertThat(again.closedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void leavingWonClearsTheDetailsAndUndoingThatRestoresThem() {
        deals.move(toWon(opportunity.id(), "11,000", LocalDate.of(2026, 3, 10), Locale.UK));
        deals.move(MoveRequest.simple(opportunity.id(), Stage.OPPORTUNITY));
        Deal reopened = deal(opportunity.id());
        assertThat(reopened.stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(reopened.finalValue()).as("a deal that is not won has no final value").isNull();
        assertThat(reopened.closedOn()).isNull();
        assertThat(lastChangeSet().changes()).extracting(c -> c.table() + "." + c.field())
                .contains("deal.final_value_minor", "deal.closed_on");

        undo.undoLast().orElseThrow();
        Deal restored = deal(opportunity.id());
        assertThat(restored.stage()).isEqualTo(Stage.WON);
        assertThat(restored.finalValue()).isEqualTo(new Money(11_000_00L, "EUR"));
        assertThat(restored.closedOn()).isEqualTo(LocalDate.of(2026, 3, 10));

        deals.move(new MoveRequest(opportunity.id(), Stage.LOST, List.of(), null, com.funnelboard.domain.LostReason.NO_DECISION, null));
        assertThat(deal(opportunity.id()).finalValue()).as("lost after all").isNull();
    }

    @Test
    void skippingToWonAlsoRecordsTheDetails() {
        Deal lead = Fixtures.deal(store, "Fast", Stage.LEAD, 300_00L);
        deals.move(new MoveRequest(lead.id(), Stage.WON, List.of(), "Signed on the first call", null, null,
                new WonDetails.Entry("250", TODAY.minusDays(1), Locale.UK)));
        Deal won = deal(lead.id());
        assertThat(won.finalValue()).isEqualTo(new Money(250_00L, "EUR"));
        assertThat(won.closedOn()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void changingAWonDealsCurrencyKeepsItsFinalValueInThatCurrency() {
        deals.move(toWon(opportunity.id(), "11,000.50", null, Locale.UK));
        DealEditing editing = new DealEditing(store, Locale.UK);
        editing.edit(opportunity.id(), new DealEditing.Edit(null, null, "USD", null, false, null));
        Deal usd = deal(opportunity.id());
        assertThat(usd.finalValue()).isEqualTo(new Money(11_000_50L, "USD"));
        assertThat(usd.closedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> editing.edit(opportunity.id(), new DealEditing.Edit(null, null, "JPY", null, false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(NewLead.CURRENCY))
                        .isEqualTo("The final value 11000.50 USD cannot be written in JPY"));
    }

    @Test
    void aWonDealsRecordIsCorrectedAsOneUndoableChangeAndTheReportsCountItSo() {
        deals.move(toWon(opportunity.id(), "1,180,000", LocalDate.of(2026, 3, 10), Locale.UK)); // a digit too many
        DealEditing editing = new DealEditing(store, Locale.UK);
        ReportService reports = new ReportService(store, ZoneOffset.UTC);
        ReportService.Period february = new ReportService.Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertThat(reports.velocity(february, "EUR").overall().won()).isZero();
        int before = changeSets();

        Deal corrected = editing.correctWon(opportunity.id(), new WonDetails.Entry("118.000,00", LocalDate.of(2026, 2, 27), Locale.GERMANY));

        assertThat(corrected.finalValue()).isEqualTo(new Money(118_000_00L, "EUR"));
        assertThat(corrected.closedOn()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(corrected.stage()).isEqualTo(Stage.WON);
        assertThat(corrected.value()).as("the estimate is left alone").isEqualTo(new Money(12_500_00L, "EUR"));
        assertThat(changeSets()).as("one change set").isEqualTo(before + 1);
        ChangeSetEntry set = lastChangeSet();
        assertThat(set.summary()).isEqualTo("Corrected the win of \u201CPilot\u201D");
        assertThat(set.changes()).extracting(c -> c.table() + "." + c.field()).containsExactlyInAnyOrder("deal.final_value_minor", "deal.closed_on",
                "deal.stage_entered_at");
        assertThat(corrected.stageEnteredAt()).as("in Won since the day it closed")
                .isEqualTo(com.funnelboard.domain.DayMoment.of(LocalDate.of(2026, 2, 27), ZoneOffset.UTC));
        assertThat(wonCards()).singleElement().satisfies(card -> assertThat(card.shownValue()).isEqualTo(new Money(118_000_00L, "EUR")));
        assertThat(reports.velocity(february, "EUR").overall().won()).as("won in February now").isEqualTo(1);

        undo.undoLast().orElseThrow();
        Deal back = deal(opportunity.id());
        assertThat(back.finalValue()).isEqualTo(new Money(1_180_000_00L, "EUR"));
        assertThat(back.closedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(back.stage()).isEqualTo(Stage.WON);
        assertThat(back.stageEnteredAt()).isEqualTo(com.funnelboard.domain.DayMoment.of(LocalDate.of(2026, 3, 10), ZoneOffset.UTC));
    }

    @Test
    void aCorrectionKeepsWhatItDoesNotGiveAndIsCheckedAsAMoveToWon() {
        deals.move(toWon(opportunity.id(), "11,000", LocalDate.of(2026, 3, 10), Locale.UK));
        DealEditing editing = new DealEditing(store, Locale.UK);
        assertThat(editing.correctWon(opportunity.id(), new WonDetails.Entry(null, LocalDate.of(2026, 3, 1), Locale.UK)).finalValue())
                .as("the final value kept, not the estimate").isEqualTo(new Money(11_000_00L, "EUR"));
        assertThat(editing.correctWon(opportunity.id(), new WonDetails.Entry("10,500", null, Locale.UK)).closedOn())
                .as("the day kept, not today").isEqualTo(LocalDate.of(2026, 3, 1));
        int before = changeSets();
        assertThat(editing.correctWon(opportunity.id(), new WonDetails.Entry("10,500.00", null, Locale.UK)).finalValue())
                .isEqualTo(new Money(10_500_00L, "EUR"));
        assertThat(changeSets()).as("the same again records nothing").isEqualTo(before);

        assertThatThrownBy(() -> editing.correctWon(opportunity.id(), new WonDetails.Entry("-1", TODAY.plusDays(2), Locale.UK)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).isEqualTo(Map.of(
                        WonDetails.FINAL_VALUE, "The final value cannot be negative",
                        WonDetails.CLOSE_DATE, "The close date 2026-03-14 is in the future; it can be tomorrow (2026-03-13) at the latest")));
        Deal open = Fixtures.deal(store, "Open", Stage.OPPORTUNITY, 100_00L);
        before = changeSets();
        assertThatThrownBy(() -> editing.correctWon(open.id(), new WonDetails.Entry("90", null, Locale.UK)))
                .isInstanceOf(RefusedException.class)
                .hasMessage("\u201COpen\u201D is in Opportunity, not Won: only a won deal's final value and close date can be corrected. "
                        + "Nothing was changed.");
        assertThat(changeSets()).as("nothing written by a refusal").isEqualTo(before);
        assertThat(deal(opportunity.id()).finalValue()).isEqualTo(new Money(10_500_00L, "EUR"));
        assertThat(deal(open.id()).finalValue()).isNull();
    }
}
