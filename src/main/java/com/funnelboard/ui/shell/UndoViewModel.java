package com.funnelboard.ui.shell;

import com.funnelboard.ui.common.Problems;
import com.funnelboard.service.UndoService;
import com.funnelboard.ui.common.UiExecutors;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Ctrl+Z and Ctrl+Shift+Z in the window: undo and redo the user's own last actions, many levels
 * deep, in the background; what happened goes to the status bar, with Redo offered after an undo.
 */
public final class UndoViewModel {

    private final UndoService undo;
    private final UiExecutors executors;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper redoOffered = new ReadOnlyBooleanWrapper();
    /** What the last undo or redo said in the status bar. */
    private String said;
    /** What the undo or redo running now acts on, in words; null when none runs (FX thread). */
    private String running;

    public UndoViewModel(UndoService undo, UiExecutors executors, Consumer<String> status) {
        this.undo = undo;
        this.executors = executors;
        this.status = status;
    }

    /** True right after an undo, while a redo is possible (the status bar shows a Redo link). */
    public ReadOnlyBooleanProperty redoOfferedProperty() {
        return redoOffered.getReadOnlyProperty();
    }

    /**
     * The status bar now says {@code text}: when it is not what the last undo said, the Redo link
     * beside it goes (it would read as redoing whatever the status now says).
     */
    public void statusSaid(String text) {
        if (redoOffered.get() && !java.util.Objects.equals(text, said)) {
            redoOffered.set(false);
        }
    }

    /**
     * A change was recorded (told by the change feed, on its thread): when it left nothing to redo —
     * an edit after an undo — the Redo link goes (it stayed, and said "Nothing to redo" when clicked).
     */
    public void changed() {
        changed(null);
    }

    /**
     * As {@link #changed()}; and an undo or redo made beside the window (the command line's {@code undo}) is said in the status
     * bar, "Undid: Moved 12 deals to Prospect beside the window.": it kept saying "Moved 12 deals to Prospect (Ctrl+Z undoes it)"
     * of deals back where they were.
     */
    public void changed(com.funnelboard.domain.ChangeNotice n) {
        if (n != null && n.elsewhere() && n.origin() == com.funnelboard.domain.ChangeOrigin.UNDO && n.summary() != null
                && !n.summary().isBlank()) {
            String sentence = besideTheWindow(n.summary());
            executors.fx().execute(() -> status.accept(sentence));
        }
        // Read off the FX thread: the window's journal is kept in the database's local state.
        executors.supply(undo::canRedo).thenAcceptAsync(canRedo -> {
            if (redoOffered.get() && !canRedo) {
                redoOffered.set(false);
            }
        }, executors.fx());
    }

    /** What Undo and Redo would act on, read off the FX thread and given on it (for the Edit menu's items). */
    public CompletableFuture<UndoService.Next> next() {
        return executors.problems().logFailure("What Undo and Redo would act on could not be read", executors.supply(undo::next))
                .thenApplyAsync(n -> n, executors.fx());
    }

    /**
     * A refusal as the window says it: without what a command would type next ("once the later change is undone, 'funnelboard
     * undo 3f2a9c1e' takes this one back"), which made the status bar's one line end in "the next undo takes bac…".
     */
    static String inTheWindow(String refusal) {
        return refusal.replaceFirst(", not this one; once the later change is undone, 'funnelboard undo [0-9a-f]+' takes this one back\\.$",
                ", not this one.");
    }

    /** Asks, on the FX thread, whether to undo a merge whose undo travels as this says; true: undo it. */
    private java.util.function.Predicate<String> confirmMergeUndo = said -> true;

    /** What asks before a merge of teammates' changes is undone (a dialog in the window); without it, it is undone. */
    public void setConfirmMergeUndo(java.util.function.Predicate<String> confirm) {
        this.confirmMergeUndo = confirm;
    }

    public CompletableFuture<Void> undo() {
        return run(undo::undoLast, "Nothing to undo.", true);
    }

    public CompletableFuture<Void> redo() {
        return run(undo::redoLast, UndoService.NOTHING_TO_REDO + ".", false);
    }

    /**
     * Runs one undo or redo at a time. The status bar says at once what it takes back ("Undoing:
     * Imported 50,000 rows from leads.csv…"): undoing a large import or merge takes a while, and a
     * second Ctrl+Z meanwhile is not queued behind it (it would take back the action before, which
     * the user did not see coming) but answered with what is still running.
     */
    /** Whether something can be redone after the last undo or redo, read with it in the background. */
    private volatile boolean canRedoAfter;

    /** A step of an undo or redo: what it did, or the question to ask before it does it (a merge's undo). */
    private record Step(Optional<UndoService.Undone> done, String ask) {}

    private CompletableFuture<Void> run(java.util.function.Supplier<Optional<UndoService.Undone>> action, String nothing, boolean offerRedo) {
        if (running != null) {
            status.accept("Still " + running + " \u2014 wait for it to finish.");
            return CompletableFuture.completedFuture(null);
        }
        running = offerRedo ? "undoing" : "redoing";
        return executors.supply(() -> {
            // A merge's undo travels: the teammates' own edits it brought are taken back on their copies too. Asked first.
            Optional<String> warning = offerRedo ? undo.mergeWarning() : Optional.empty();
            return warning.isPresent() ? new Step(null, warning.get()) : new Step(perform(action, offerRedo), null);
        }).thenComposeAsync(step -> step.ask() == null ? CompletableFuture.completedFuture(step.done())
                : confirmMergeUndo.test(step.ask() + ".") ? executors.supply(() -> perform(action, offerRedo))
                : CompletableFuture.<Optional<UndoService.Undone>>completedFuture(null), executors.fx())
        .handleAsync((done, failure) -> {
            running = null;
            if (failure != null) {
                Throwable cause = Problems.unwrap(failure);
                executors.problems().log(offerRedo ? "Nothing was undone" : "Nothing was redone", cause);
                status.accept(cause instanceof com.funnelboard.service.RefusedException ? inTheWindow(cause.getMessage())
                        : com.funnelboard.ui.common.Problems.sentence(offerRedo ? "Nothing was undone" : "Nothing was redone", cause));
                redoOffered.set(false);
            } else if (done == null) {
                status.accept("Nothing was undone: the merge stays.");
            } else if (done.isEmpty()) {
                status.accept(nothing);
                redoOffered.set(false);
            } else {
                said = done.get().text() + "." + (done.get().note().isEmpty() ? "" : " " + done.get().note() + ".");
                redoOffered.set(offerRedo || canRedoAfter);
                status.accept(said);
            }
            return null;
        }, executors.fx());
    }

    /** Undoes or redoes, saying at once what it takes back (off the FX thread). */
    private Optional<UndoService.Undone> perform(java.util.function.Supplier<Optional<UndoService.Undone>> action, boolean offerRedo) {
        UndoService.Next next = undo.next();
        Optional<String> what = offerRedo ? next.undo() : next.redo();
        what.ifPresent(w -> executors.fx().execute(() -> {
            if (running != null) {
                running = (offerRedo ? "undoing: " : "redoing: ") + w;
                status.accept((offerRedo ? "Undoing: " : "Redoing: ") + w + "\u2026");
            }
        }));
        Optional<UndoService.Undone> result = action.get();
        canRedoAfter = undo.canRedo(); // read here, off the FX thread (the journal is on disk)
        return result;
    }

    /** "Undid: Merged 2 change sets from Bo Lind (bo.funnel) beside the window." of an undo's summary (its first part only). */
    static String besideTheWindow(String summary) {
        String first = summary.strip().split("; ", 2)[0];
        return (first.endsWith(".") ? first.substring(0, first.length() - 1) : first) + " beside the window.";
    }
}
