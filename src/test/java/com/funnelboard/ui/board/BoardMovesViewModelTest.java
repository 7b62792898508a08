package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.Transition;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealService;
import com.funnelboard.service.MovePlan;
import com.funnelboard.service.UndoJournal;
import com.funnelboard.service.UndoService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.qualify.QualifyViewModel;
import com.funnelboard.ui.shell.UndoViewModel;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stage moves from the board without the toolkit (work runs on the calling thread): the
 * qualification gate the Move button obeys, overrides, lost reasons, what a commit records and
 * shows, backward moves, and undo/redo of a move.
 */
class BoardMovesViewModelTest {

    @TempDir
    Path dir;

    Store store;
    BoardViewModel board;
    UndoViewModel undo;
    Deal cold;
    Deal warm;
    Deal late;
    final List<String> status = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        cold = Fixtures.deal(store, "Cold lead", Stage.LEAD, 1000_00L);
        warm = Fixtures.deal(store, "Warm lead", Stage.LEAD, 2000_00L);
        Fixtures.interaction(store, warm, InteractionKind.CALL, Direction.IN, Fixtures.NOW.minusSeconds(86_400));
        late = Fixtures.deal(store, "Late opportunity", Stage.OPPORTUNITY, 5000_00L);
        UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
        board = new BoardViewModel(new BoardService(store), deals, new ChangeFeed(store), executors);
        undo = new UndoViewModel(new UndoService(store, UndoJournal.inMemory()), executors, status::add);
        board.refresh().join();
    }

    @AfterEach
    void close() {
        store.close();
    }

    QualifyViewModel ask(Deal deal, Stage to) {
        MovePlan plan = board.plan(deal.id(), to).join();
        return new QualifyViewModel(plan, Locale.ENGLISH);
    }

    List<String> titlesIn(Stage stage) {
        return board.column(stage).cards().loaded().stream().filter(Objects::nonNull).map(DealCard::title).toList();
    }

    Stage stageOf(Deal deal) {
        return store.read(r -> r.deals().find(deal.id())).orElseThrow().stage();
    }

    List<StageChange> history(Deal deal) {
        return store.read(r -> r.stageChanges().forDeal(deal.id()));
    }

    /** Was BoardUiTest.draggingALeadWithNoInboundInteractionIsBlocked. */
    @Test
    void aLeadWithNoInboundInteractionCannotMoveWhateverIsTicked() {
        QualifyViewModel gate = ask(cold, Stage.PROSPECT);
        assertThat(gate.evaluationProperty().get().results()).extracting(r -> r.item().code()).contains("two-way");
        gate.checked().addAll(List.of("fits-icp", "has-need"));
        assertThat(gate.canMoveBinding().get()).as("two-way communication is required and derived: no box can make it hold").isFalse();
        assertThat(gate.evaluationProperty().get().unmetRequired()).extracting(r -> r.item().code()).containsExactly("two-way");
        // Cancel: nothing is committed.
        assertThat(stageOf(cold)).isEqualTo(Stage.LEAD);
        assertThat(history(cold)).isEmpty();
        assertThat(titlesIn(Stage.LEAD)).contains("Cold lead");
    }

    /** Was BoardUiTest.satisfyingTheChecklistMovesTheCardAndRecordsIt. */
    @Test
    void satisfyingTheChecklistOpensTheGateAndTheCommitMovesTheCardAndRecordsIt() {
        QualifyViewModel gate = ask(warm, Stage.PROSPECT);
        assertThat(gate.canMoveBinding().get()).isFalse();
        gate.checked().add("fits-icp");
        assertThat(gate.canMoveBinding().get()).isFalse();
        gate.checked().add("has-need");
        assertThat(gate.canMoveBinding().get()).isTrue();

        StageChange change = board.commit(gate.toRequest()).join();

        assertThat(titlesIn(Stage.PROSPECT)).contains("Warm lead");
        assertThat(titlesIn(Stage.LEAD)).doesNotContain("Warm lead");
        assertThat(board.column(Stage.PROSPECT).summaryProperty().get().count()).isEqualTo(1);
        assertThat(stageOf(warm)).isEqualTo(Stage.PROSPECT);
        assertThat(history(warm)).containsExactly(change);
        assertThat(change.from()).isEqualTo(Stage.LEAD);
        assertThat(change.to()).isEqualTo(Stage.PROSPECT);
        assertThat(change.overrideReason()).isNull();
        assertThat(change.checklist()).filteredOn(StageChange.AnsweredItem::required).isNotEmpty()
                .allMatch(StageChange.AnsweredItem::holds);
    }

    /** Was BoardUiTest.anOverrideNeedsAReason. */
    @Test
    void anOverrideNeedsAReasonThatIsNotBlankAndIsRecorded() {
        QualifyViewModel gate = ask(cold, Stage.PROSPECT);
        gate.overridingProperty().set(true);
        assertThat(gate.canMoveBinding().get()).as("no reason yet").isFalse();
        gate.overrideReasonProperty().set("   ");
        assertThat(gate.canMoveBinding().get()).as("blank is no reason").isFalse();
        gate.overrideReasonProperty().set("Referred by their CEO");
        assertThat(gate.canMoveBinding().get()).isTrue();

        board.commit(gate.toRequest()).join();

        assertThat(stageOf(cold)).isEqualTo(Stage.PROSPECT);
        assertThat(history(cold).getFirst().overrideReason()).isEqualTo("Referred by their CEO");
        assertThat(titlesIn(Stage.PROSPECT)).contains("Cold lead");
    }

    /** Was BoardUiTest.movingToLostIsImpossibleWithoutAReason. */
    @Test
    void aMoveToLostNeedsAReasonAndOtherNeedsANote() {
        QualifyViewModel gate = ask(late, Stage.LOST);
        assertThat(gate.isLostMove()).isTrue();
        assertThat(gate.canMoveBinding().get()).isFalse();
        gate.lostReasonProperty().set(LostReason.OTHER);
        assertThat(gate.canMoveBinding().get()).as("Other needs a note").isFalse();
        gate.lostNoteProperty().set("Budget moved to another department");
        assertThat(gate.canMoveBinding().get()).isTrue();

        board.commit(gate.toRequest()).join();

        assertThat(stageOf(late)).isEqualTo(Stage.LOST);
        StageChange change = history(late).getFirst();
        assertThat(change.lostReason()).isEqualTo(LostReason.OTHER);
        assertThat(change.lostNote()).isEqualTo("Budget moved to another department");
        assertThat(titlesIn(Stage.LOST)).contains("Late opportunity");
    }

    /** Was BoardUiTest.theKeyboardMovesTheSelectedCard (the move back; the keys stay in BoardUiTest). */
    @Test
    void aBackwardMoveNeedsNoChecklistButIsRecorded() {
        QualifyViewModel gate = ask(warm, Stage.PROSPECT);
        gate.checked().addAll(List.of("fits-icp", "has-need"));
        board.commit(gate.toRequest()).join();

        MovePlan back = board.plan(warm.id(), Stage.LEAD).join();
        assertThat(back.transition()).isInstanceOf(Transition.Backward.class);
        assertThat(back.needsChecklist()).isFalse();
        board.commit(MoveRequest.simple(warm.id(), Stage.LEAD)).join();

        assertThat(stageOf(warm)).isEqualTo(Stage.LEAD);
        assertThat(titlesIn(Stage.LEAD)).contains("Warm lead");
        assertThat(history(warm)).extracting(StageChange::from, StageChange::to)
                .containsExactly(tuple(Stage.LEAD, Stage.PROSPECT), tuple(Stage.PROSPECT, Stage.LEAD));
    }

    /** Was BoardUiTest.ctrlZAfterADragPutsTheCardBackAndRedoMovesItAgain (the keys and the Redo link stay there). */
    @Test
    void undoPutsAMovedCardBackAndRedoMovesItAgain() {
        QualifyViewModel gate = ask(warm, Stage.PROSPECT);
        gate.checked().addAll(List.of("fits-icp", "has-need"));
        board.commit(gate.toRequest()).join();

        undo.undo().join();
        assertThat(stageOf(warm)).isEqualTo(Stage.LEAD);
        assertThat(titlesIn(Stage.LEAD)).contains("Warm lead");
        assertThat(titlesIn(Stage.PROSPECT)).doesNotContain("Warm lead");
        assertThat(status).last().isEqualTo("Undid: Moved \u201CWarm lead\u201D from Lead to Prospect.");
        assertThat(history(warm)).as("the move taken back with the rest of it (the reports count it no more)").isEmpty();
        assertThat(undo.redoOfferedProperty().get()).isTrue();
        undo.statusSaid(status.getLast());
        assertThat(undo.redoOfferedProperty().get()).as("beside its own words").isTrue();
        undo.statusSaid("The database is intact.");
        assertThat(undo.redoOfferedProperty().get()).as("not beside another message, as if it redid that").isFalse();

        undo.redo().join();
        assertThat(stageOf(warm)).isEqualTo(Stage.PROSPECT);
        assertThat(titlesIn(Stage.PROSPECT)).contains("Warm lead");
    }

    /**
     * Undoing a large import takes a while: the status bar says at once what is being undone, and a
     * second Ctrl+Z meanwhile is answered, not queued (it would take back the action before as well).
     */
    @Test
    void anUndoSaysWhatItTakesBackAtOnceAndASecondPressWhileItRunsUndoesNothingMore() {
        UndoService service = new UndoService(store, UndoJournal.inMemory());
        QualifyViewModel first = ask(warm, Stage.PROSPECT);
        first.checked().addAll(List.of("fits-icp", "has-need"));
        board.commit(first.toRequest()).join();
        QualifyViewModel second = ask(cold, Stage.PROSPECT);
        second.overridingProperty().set(true);
        second.overrideReasonProperty().set("Referred by their CEO");
        board.commit(second.toRequest()).join();

        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        List<String> said = new ArrayList<>();
        UndoViewModel slow = new UndoViewModel(service, new UiExecutors(background::add, Runnable::run), said::add);
        var running = slow.undo();
        slow.undo();
        assertThat(said).containsExactly("Still undoing \u2014 wait for it to finish.");
        background.remove().run(); // the undo reads what it takes back, says it, and undoes it
        assertThat(said).element(1).isEqualTo("Undoing: Moved \u201CCold lead\u201D from Lead to Prospect\u2026");
        assertThat(running).isDone();
        assertThat(said).last().asString().startsWith("Undid: Moved \u201CCold lead\u201D");
        assertThat(background).isEmpty();
        assertThat(stageOf(cold)).isEqualTo(Stage.LEAD);
        assertThat(stageOf(warm)).as("the second press took nothing back").isEqualTo(Stage.PROSPECT);

        slow.redo();
        slow.undo();
        assertThat(said).last().isEqualTo("Still redoing \u2014 wait for it to finish.");
        background.remove().run();
        assertThat(said).element(said.size() - 2).isEqualTo("Redoing: Moved \u201CCold lead\u201D from Lead to Prospect\u2026");
        assertThat(said).last().asString().startsWith("Redid: Moved \u201CCold lead\u201D");
        assertThat(stageOf(cold)).isEqualTo(Stage.PROSPECT);
        // The move made again is the move that was made, with its override reason and checklist (a move made again had
        // neither: the history showed the deal skipping the gate with no reason).
        assertThat(history(cold)).extracting(StageChange::from, StageChange::to, StageChange::overrideReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.LEAD, Stage.PROSPECT, "Referred by their CEO"));
        assertThat(history(cold).getFirst().checklist()).isNotEmpty();
        assertThat(stageOf(warm)).isEqualTo(Stage.PROSPECT);
    }

    /**
     * A move asked in a dialog while the deal was moved elsewhere (a command, a teammate's merge): refused,
     * and nothing changes. It moved the deal from where it was now: a move asked from Lead to Prospect took a
     * deal since moved to Won back to Prospect, erasing its final value.
     */
    @Test
    void aMoveAskedBeforeTheDealWasMovedElsewhereIsRefused() {
        QualifyViewModel gate = ask(warm, Stage.PROSPECT);
        gate.overridingProperty().set(true);
        gate.overrideReasonProperty().set("Window says qualify");
        new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author)
                .move(new MoveRequest(warm.id(), Stage.OPPORTUNITY, List.of(), "CLI says hot", null, null));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> board.commit(gate.toRequest()).join()))
                .hasRootCauseInstanceOf(com.funnelboard.service.RefusedException.class)
                .rootCause().hasMessage("\u201CWarm lead\u201D is in Opportunity now, not in Lead: it was moved elsewhere since this move was asked; "
                        + "nothing was changed.");
        assertThat(stageOf(warm)).isEqualTo(Stage.OPPORTUNITY);
        assertThat(history(warm)).hasSize(1);
    }
}
