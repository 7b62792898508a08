package com.funnelboard.ui.board;

import com.funnelboard.ui.common.Problems;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.Transition;
import com.funnelboard.service.MovePlan;
import com.funnelboard.service.MoveRefusedException;
import com.funnelboard.ui.qualify.LostDialog;
import com.funnelboard.ui.qualify.QualifyDialog;
import com.funnelboard.ui.qualify.QualifyViewModel;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * One stage move from the board, whatever started it (drag, keyboard or the card's menu): plan it,
 * ask the qualification dialog (with the won details for a move to Won) or the lost-reason dialog
 * where the rules want one, commit, and select the moved card.
 * Cancel at any point leaves everything as it was.
 */
final class MoveFlow {

    private final BoardViewModel model;
    private final Supplier<Window> owner;
    private final java.util.function.Function<UUID, CompletableFuture<Boolean>> select;
    private boolean busy;

    /** Told of each committed move, with the title of the deal moved. */
    private final java.util.function.BiConsumer<com.funnelboard.domain.StageChange, String> moved;
    private final Locale locale;

    MoveFlow(BoardViewModel model, Supplier<Window> owner, java.util.function.Function<UUID, CompletableFuture<Boolean>> select,
            java.util.function.BiConsumer<com.funnelboard.domain.StageChange, String> moved, Locale locale) {
        this.moved = moved;
        this.locale = locale;
        this.model = model;
        this.owner = owner;
        this.select = select;
    }

    /** Starts moving {@code card} to {@code to}; completes when the move is done or abandoned. */
    CompletableFuture<Void> start(DealCard card, Stage to) {
        if (busy || card == null || card.stage() == to) {
            return CompletableFuture.completedFuture(null);
        }
        busy = true;
        MoveDrafts drafts = model.moveDrafts();
        return model.plan(card.id(), to).thenCombine(drafts.read(), Planned::new)
                .thenCompose(p -> ask(p.plan(), p.draft()).map(r -> commit(r, p.plan().deal().title()).thenRun(() -> {
                    if (asks(p.plan())) {
                        drafts.keep(Map.of()); // this move's draft: committed (another deal's stays for its dialog)
                    }
                })).orElseGet(() -> CompletableFuture.completedFuture(null)))
                .handle((v, e) -> {
                    busy = false;
                    if (e != null && Problems.unwrap(e) instanceof com.funnelboard.service.ChecklistChangedException) {
                        // Asked again at once, as it is now, with what was ticked (for the same words) and written: it said to move
                        // the deal again, and the dialog had shown a gate that no longer held.
                        model.setStatus("The checklist changed while the dialog was open: here it is as it is now, with what you ticked "
                                + "and wrote.");
                        return start(card, to);
                    }
                    if (e != null) {
                        showError(e);
                    }
                    return CompletableFuture.<Void>completedFuture(null);
                })
                .thenCompose(f -> f);
    }

    /** A move planned, with the move dialog's draft kept on this installation (empty when none). */
    private record Planned(MovePlan plan, Map<String, String> draft) {}

    /**
     * Asks the move's dialog, filled from the draft kept for the same deal and stage (said in its header), keeping what is
     * filled in as it changes (a fifth of a second after the last change); closed without moving, the draft is forgotten (the dialog asked
     * first about anything filled in), moved, it is forgotten once the move is committed.
     */
    private Optional<MoveRequest> asked(MovePlan plan, Map<String, String> draft,
            java.util.function.Function<QualifyViewModel, javafx.scene.control.Dialog<MoveRequest>> dialog) {
        QualifyViewModel m = new QualifyViewModel(plan, locale);
        boolean restored = m.restore(draft);
        MoveDrafts drafts = model.moveDrafts();
        com.funnelboard.ui.common.DraftPause.Keeper pause = new com.funnelboard.ui.common.DraftPause.Keeper(() -> drafts.keep(m.draft()));
        Runnable stop = m.onChange(pause::changed);
        javafx.scene.control.Dialog<MoveRequest> d = dialog.apply(m);
        if (restored) {
            // Said of a close only after one: after a refused move in the same session it said "when Funnelboard closed".
            d.setHeaderText(d.getHeaderText() + (drafts.keptHere(draft) ? "\n(as you left it)" : "\n(as you left it when Funnelboard closed)"));
        }
        Optional<MoveRequest> answer = d.showAndWait();
        stop.run();
        pause.stop();
        drafts.keep(answer.isPresent() ? m.draft() : Map.of()); // kept until the move is committed: a refusal leaves it
        return answer;
    }

    /** Whether the move asks a dialog: the lost reason, the checklist, the won details. */
    private static boolean asks(MovePlan plan) {
        return plan.transition() instanceof Transition.ToLost
                || plan.transition() instanceof Transition.Forward && (plan.needsChecklist() || plan.needsWonDetails());
    }

    private Optional<MoveRequest> ask(MovePlan plan, Map<String, String> draft) {
        Transition t = plan.transition();
        return switch (t) {
            case Transition.Refused r -> {
                // Said in the alert, and not left in the status bar: it stood there through other pages and searches until
                // something else was said.
                alert(Alert.AlertType.INFORMATION, "This move is not possible", r.reason());
                yield Optional.empty();
            }
            case Transition.Stay s -> Optional.empty();
            case Transition.ToLost l -> asked(plan, draft, m -> new LostDialog(owner.get(), m));
            case Transition.Forward f when asks(plan) -> asked(plan, draft, m -> new QualifyDialog(owner.get(), m));
            default -> Optional.of(MoveRequest.simple(plan.deal().id(), t.to()));
        };
    }

    private CompletableFuture<Void> commit(MoveRequest request, String title) {
        return model.commitMove(request).thenAccept(result -> {
            com.funnelboard.domain.StageChange change = result.change();
            int closed = result.followUpsClosed();
            // Said: a move to Lost closed the deal's follow-ups without a word, and the rep wondered where the call went.
            String said = describe(change, title) + (closed == 0 ? "" : closed == 1 ? " Its open follow-up is closed (Ctrl+Z opens it again)."
                    : " Its " + closed + " open follow-ups are closed (Ctrl+Z opens them again).");
            model.setStatus(said);
            // A card moved out of what the filters show is gone from the board: said so, as for a lead added.
            select.apply(change.dealId()).thenAccept(shown -> {
                if (!shown && said.equals(model.statusProperty().get())) {
                    model.setStatus(said + " " + BoardView.FILTERED_OUT);
                }
            });
            moved.accept(change, title);
        });
    }

    /** "Moved “Pilot” to Lost (Chose a competitor: …)." — the deal named, as Undo names it ("Moved to Lost" said not which). */
    private static String describe(StageChange c, String title) {
        String s = "Moved " + (title == null || title.isBlank() ? "" : "\u201C" + title + "\u201D ") + "to " + c.to().label();
        if (c.overrideReason() != null) {
            s += " (checklist overridden: " + c.overrideReason() + ")";
        }
        if (c.lostReason() != null) {
            s += " (" + c.lostReason().label() + (c.lostNote() == null || c.lostNote().isBlank() ? "" : ": " + c.lostNote().strip()) + ")";
        }
        return s + ".";
    }

    private void showError(Throwable e) {
        Throwable cause = Problems.unwrap(e);
        boolean refused = cause instanceof MoveRefusedException || cause instanceof com.funnelboard.service.RefusedException;
        model.problems().log(refused ? "The move was refused" : "The move could not be saved", cause);
        String message = refused ? cause.getMessage() : com.funnelboard.ui.common.Problems.sentence("The move could not be saved", cause);
        model.setStatus(message);
        String title = refused ? "The move was refused" : "The move could not be saved";
        alert(Alert.AlertType.WARNING, title, message);
    }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text);
        com.funnelboard.ui.common.SafeWrap.guard(a.getDialogPane()); // right-to-left text never wrapped, before the first layout
        a.initOwner(owner.get());
        a.setHeaderText(header);
        a.showAndWait();
    }
}
