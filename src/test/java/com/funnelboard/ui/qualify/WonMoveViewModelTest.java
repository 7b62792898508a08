package com.funnelboard.ui.qualify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealService;
import com.funnelboard.service.UndoJournal;
import com.funnelboard.service.UndoService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.board.BoardViewModel;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.shell.UndoViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A move to Won without the toolkit (work runs on the calling thread): the final value and the close
 * date asked for, their problems in words, the gate, what the commit records, and undo.
 */
class WonMoveViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @TempDir
    Path dir;

    Store store;
    BoardViewModel board;
    UndoViewModel undo;
    Deal late;
    Deal unvalued;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        late = Fixtures.deal(store, "Late opportunity", Stage.OPPORTUNITY, 5000_00L);
        unvalued = Fixtures.deal(store, "Unvalued opportunity", Stage.OPPORTUNITY, null);
        UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
        board = new BoardViewModel(new BoardService(store),
                new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author), new ChangeFeed(store), executors);
        undo = new UndoViewModel(new UndoService(store, UndoJournal.inMemory()), executors, s -> {});
        board.refresh().join();
    }

    @AfterEach
    void close() {
        store.close();
    }

    Deal now(Deal d) {
        return store.read(r -> r.deals().find(d.id())).orElseThrow();
    }

    QualifyViewModel ask(Deal deal) {
        return new QualifyViewModel(board.plan(deal.id(), Stage.WON).join(), Locale.ENGLISH);
    }

    String problem(QualifyViewModel gate, String field) {
        return gate.wonProblemsBinding().get().getOrDefault(field, "");
    }

    /**
     * What closing the Won dialog without moving would throw away, said by the question Escape asks
     * (the ticks and the final value went without a word; only a written reason was asked about).
     */
    @Test
    void whatClosingWithoutMovingWouldThrowAwayIsNamed() {
        QualifyViewModel gate = ask(late);
        assertThat(gate.unkept()).as("nothing filled in: closed without a question").isNull();
        gate.checked().add("proposal-presented");
        assertThat(gate.unkept()).isEqualTo("the items you ticked");
        gate.finalValueProperty().set("4,750.50");
        assertThat(gate.unkept()).isEqualTo("the items you ticked and the value and day you entered");
        gate.checked().clear();
        gate.finalValueProperty().set("5,000.00");
        assertThat(gate.unkept()).as("back as suggested").isNull();
        gate.overridingProperty().set(true);
        gate.overrideReasonProperty().set("Paid up front");
        assertThat(gate.unkept()).isEqualTo("the reason you wrote");
    }

    /** Move stays off while the override's reason is a mark ("x" was taken and kept as why the gate was passed). */
    @Test
    void anOverrideWaitsForAReasonInWords() {
        QualifyViewModel gate = ask(late);
        gate.overridingProperty().set(true);
        gate.overrideReasonProperty().set("x");
        assertThat(gate.canMoveBinding().get()).isFalse();
        gate.overrideReasonProperty().set("Paid up front");
        assertThat(gate.canMoveBinding().get()).isTrue();
    }

    /**
     * An item reworded while the dialog was open: the move is refused, not recorded as ticked in words the rep never saw; its
     * draft's ticks are not given to the new words.
     */
    @Test
    void aChecklistChangedWhileTheDialogWasOpenRefusesTheMove() {
        QualifyViewModel gate = ask(late);
        gate.checked().addAll(List.of("proposal-presented", "signed-or-paid"));
        java.util.Map<String, String> draft = gate.draft();
        assertThat(gate.canMoveBinding().get()).isTrue();
        new com.funnelboard.service.ChecklistService(store).edit("signed-or-paid", "Customer has paid the first invoice in full", null);
        assertThatThrownBy(() -> board.commit(gate.toRequest()).join()).hasCauseInstanceOf(com.funnelboard.service.RefusedException.class)
                .hasMessageContaining("The checklist for this move changed while it was open");
        assertThat(now(late).stage()).isEqualTo(Stage.OPPORTUNITY);
        QualifyViewModel again = ask(late);
        assertThat(again.restore(draft)).isTrue();
        assertThat(again.checked()).as("ticked in other words").isEmpty();
        board.commit(withTicks(again)).join();
        assertThat(now(late).stage()).as("looked at again, it moves").isEqualTo(Stage.WON);
    }

    private static com.funnelboard.domain.MoveRequest withTicks(QualifyViewModel gate) {
        gate.checked().addAll(List.of("proposal-presented", "signed-or-paid"));
        return gate.toRequest();
    }

    /** A loss entered late takes the day it was lost: the months' win rates count it then (every loss fell on the day it was entered). */
    @Test
    void aLossEnteredLateTakesTheDayItWasLost() {
        QualifyViewModel gate = new QualifyViewModel(board.plan(late.id(), Stage.LOST).join(), Locale.ENGLISH);
        gate.lostReasonProperty().set(com.funnelboard.domain.LostReason.NO_BUDGET);
        assertThat(gate.closedOnProperty().get()).as("today").isEqualTo(TODAY);
        assertThat(gate.canMoveBinding().get()).isTrue();
        assertThat(gate.toRequest().lostOn()).as("today: the moment of the move").isNull();
        gate.closedOnProperty().set(TODAY.plusDays(1));
        assertThat(gate.lostDayProblemBinding().get()).isEqualTo("The day it was lost is after today");
        assertThat(gate.canMoveBinding().get()).isFalse();
        gate.closedOnProperty().set(LocalDate.of(2026, 3, 1));
        assertThat(gate.canMoveBinding().get()).isTrue();
        assertThat(gate.unkept()).isEqualTo("the day you entered");
        assertThat(gate.draft()).containsEntry("closedOn", "2026-03-01");
        board.commit(gate.toRequest()).join();
        assertThat(now(late).stage()).isEqualTo(Stage.LOST);
        assertThat(now(late).stageEnteredAt()).as("the day's moment (see DayMoment)").isEqualTo(java.time.Instant.parse("2026-03-01T12:00:00Z"));
    }

    /** Was WonUiTest.theKeyboardMoveToWonAsksForTheFinalValueAndCloseDateAndRecordsThem (the keys, the card and Ctrl+Z stay there). */
    @Test
    void theFinalValueAndTheCloseDateAreAskedForCheckedRecordedAndUndone() {
        QualifyViewModel gate = ask(late);
        assertThat(gate.isWonMove()).isTrue();
        assertThat(gate.finalValueProperty().get()).as("the deal's value, in the user's locale").isEqualTo("5,000.00");
        assertThat(gate.closedOnProperty().get()).as("today").isEqualTo(TODAY);
        assertThat(gate.canMoveBinding().get()).as("the checklist is not answered yet").isFalse();
        gate.checked().addAll(List.of("proposal-presented", "signed-or-paid"));
        assertThat(gate.canMoveBinding().get()).isTrue();

        gate.finalValueProperty().set("12,5");
        assertThat(gate.canMoveBinding().get()).isFalse();
        assertThat(problem(gate, WonDetails.FINAL_VALUE)).isEqualTo("Not an amount: \"12,5\". Write it like 12,500.50 (or 12500.50).");
        gate.finalValueProperty().set("");
        assertThat(problem(gate, WonDetails.FINAL_VALUE)).isEqualTo("Enter the final value");
        gate.finalValueProperty().set("4,750.50");
        assertThat(problem(gate, WonDetails.FINAL_VALUE)).isEmpty();
        assertThat(gate.canMoveBinding().get()).isTrue();

        gate.closedOnProperty().set(TODAY.plusDays(5));
        assertThat(gate.canMoveBinding().get()).isFalse();
        assertThat(problem(gate, WonDetails.CLOSE_DATE))
                .isEqualTo("The close date Mar 17, 2026 is in the future; it can be tomorrow (Mar 13, 2026) at the latest");
        gate.closedOnProperty().set(null);
        assertThat(problem(gate, WonDetails.CLOSE_DATE)).isEqualTo("Pick the close date");
        gate.unreadableDateProperty().set("Not a date: write it like 12/03/2026");
        assertThat(gate.canMoveBinding().get()).isFalse();
        assertThat(problem(gate, WonDetails.CLOSE_DATE)).startsWith("Not a date: write it like ");
        gate.unreadableDateProperty().set("");
        gate.closedOnProperty().set(LocalDate.of(2026, 3, 10));
        assertThat(problem(gate, WonDetails.CLOSE_DATE)).isEmpty();
        assertThat(gate.canMoveBinding().get()).isTrue();

        board.commit(gate.toRequest()).join();
        Deal won = now(late);
        assertThat(won.stage()).isEqualTo(Stage.WON);
        assertThat(won.finalValue()).isEqualTo(new Money(4750_50L, "EUR"));
        assertThat(won.closedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(board.column(Stage.WON).cards().loaded()).anyMatch(c -> c != null && c.title().equals("Late opportunity")
                && new Money(4750_50L, "EUR").equals(c.finalValue()));

        undo.undo().join();
        assertThat(now(late).stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(now(late).finalValue()).isNull();
        assertThat(now(late).closedOn()).isNull();
    }

    /** Was WonUiTest.aDealWithoutValueCannotBeWonUntilAFinalValueIsEntered (the card's menu stays there). */
    @Test
    void aDealWithoutValueCannotBeWonUntilAFinalValueIsEntered() {
        QualifyViewModel gate = ask(unvalued);
        gate.checked().addAll(List.of("proposal-presented", "signed-or-paid"));
        assertThat(gate.finalValueProperty().get()).isEmpty();
        assertThat(gate.canMoveBinding().get()).isFalse();
        assertThat(problem(gate, WonDetails.FINAL_VALUE)).isEqualTo("Enter the final value");

        gate.finalValueProperty().set("900");
        assertThat(gate.canMoveBinding().get()).isTrue();
        board.commit(gate.toRequest()).join();
        assertThat(now(unvalued).stage()).isEqualTo(Stage.WON);
        assertThat(now(unvalued).finalValue()).isEqualTo(new Money(900_00L, "EUR"));
        assertThat(now(unvalued).closedOn()).isEqualTo(TODAY);
    }

    /**
     * What the move dialog holds is a draft of texts for its deal and stage, and comes back from it whole (a kill with the
     * dialog open lost the reason and the ticks); another deal's or stage's draft fills nothing.
     */
    @Test
    void theDialogsDraftComesBackForItsDealAndStageOnly() {
        QualifyViewModel typed = ask(late);
        assertThat(typed.draft()).as("nothing filled in").isEmpty();
        String item = typed.evaluationProperty().get().results().stream().filter(r -> !r.holds()).findFirst().orElseThrow().item().code();
        typed.checked().add(item);
        typed.overridingProperty().set(true);
        typed.overrideReasonProperty().set("Signed off by their CFO,\nin writing");
        typed.finalValueProperty().set("4,200");
        typed.closedOnProperty().set(TODAY.minusDays(2));
        java.util.Map<String, String> draft = typed.draft();
        assertThat(draft).containsEntry("deal", late.id().toString()).containsEntry("to", "won");

        QualifyViewModel back = ask(late);
        assertThat(back.restore(draft)).isTrue();
        assertThat(back.checked()).containsExactly(item);
        assertThat(back.overridingProperty().get()).isTrue();
        assertThat(back.overrideReasonProperty().get()).isEqualTo("Signed off by their CFO,\nin writing");
        assertThat(back.finalValueProperty().get()).isEqualTo("4,200");
        assertThat(back.closedOnProperty().get()).isEqualTo(TODAY.minusDays(2));
        assertThat(back.draft()).isEqualTo(draft);

        QualifyViewModel other = ask(unvalued);
        assertThat(other.restore(draft)).as("another deal's").isFalse();
        assertThat(other.checked()).isEmpty();
        java.util.Map<String, String> elsewhere = new java.util.HashMap<>(draft);
        elsewhere.put("checked", "no-such-item\n" + item);
        assertThat(ask(late).restore(java.util.Map.of("deal", late.id().toString(), "to", "lost"))).as("another stage's").isFalse();
        QualifyViewModel unknown = ask(late);
        unknown.restore(elsewhere);
        assertThat(unknown.checked()).as("an item the checklist no longer has is left out").containsExactly(item);
    }
}
