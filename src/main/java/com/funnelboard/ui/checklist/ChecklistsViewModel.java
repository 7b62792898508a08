package com.funnelboard.ui.checklist;

import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.Gate;
import com.funnelboard.service.ChecklistService;
import com.funnelboard.service.InvalidInputException;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.UiExecutors;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File → Checklists…: each gate's items, edited one action at a time in the background — each a
 * change set of its own, said in the status bar and undone with Ctrl+Z like any other. A refusal (an
 * empty text) is said in the dialog and writes nothing; a failure shows in the status bar.
 */
public final class ChecklistsViewModel {

    private final ChecklistService checklists;
    private final UiExecutors executors;
    private final Consumer<String> status;
    private final ObjectProperty<Map<Gate, List<ChecklistItem>>> lists = new SimpleObjectProperty<>(this, "lists", Map.of());
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    private final com.funnelboard.service.ChangeFeed feed;

    /** @param feed where the window hears of changes (null: none heard, in tests of the edits alone) */
    public ChecklistsViewModel(ChecklistService checklists, com.funnelboard.service.ChangeFeed feed, UiExecutors executors, Consumer<String> status) {
        this.checklists = checklists;
        this.feed = feed;
        this.executors = executors;
        this.status = status;
    }

    /**
     * Tells {@code changed}, on the FX thread, of each change to the checklists made beside the open dialog (a command, a
     * teammate's file, a restore, an undo there), not of the dialog's own edits and undos, which read the lists themselves; the dialog showed
     * the lists as they were when it opened, and an edit of an item removed meanwhile was refused. Running the result stops it (as {@code Store#subscribe}).
     */
    public Runnable follow(Runnable changed) {
        if (feed == null) {
            return () -> { };
        }
        // Not this window's own edits and undos (the dialog reads the lists after them itself): drawn twice, a field the user was
        // about to click was replaced under the pointer. A teammate's file the window merges is heard.
        com.funnelboard.ui.common.ChangeFollower following = com.funnelboard.ui.common.ChangeFollower.follow(feed, executors, n -> n.touchesAny(com.funnelboard.domain.ChangeNotice.CHECKLIST_ITEM)
                && (n.elsewhere() || n.origin() == com.funnelboard.domain.ChangeOrigin.MERGE) || n.restored(), batch -> {
                    changed.run();
                    return CompletableFuture.completedFuture(null);
                });
        return following::close;
    }

    /** Each gate's items, in the path's order, as last read. */
    public ObjectProperty<Map<Gate, List<ChecklistItem>>> listsProperty() {
        return lists;
    }

    /** Why the last edit was refused (empty when it was not). */
    public StringProperty problemProperty() {
        return problem;
    }

    /** Reads the lists (completes on the FX thread). */
    public CompletableFuture<Void> load() {
        return executors.watch("checklists", "The checklists could not be read", () -> executors.supply(checklists::all)).thenAccept(lists::set);
    }

    public CompletableFuture<Void> add(Gate gate, String text, boolean required) {
        return write(() -> {
            ChecklistItem item = checklists.add(gate, text, required);
            return "Added \u201C" + item.text() + "\u201D to the " + gate.label() + " checklist.";
        });
    }

    /** Rewords an item; nothing is written when the words are the same. */
    public CompletableFuture<Void> reword(ChecklistItem item, String text) {
        if (text == null || text.strip().equals(item.text())) {
            return CompletableFuture.completedFuture(null);
        }
        return write(() -> "Reworded \u201C" + item.text() + "\u201D: \u201C" + checklists.edit(item.id().toString(), text, null).text() + "\u201D.");
    }

    public CompletableFuture<Void> require(ChecklistItem item, boolean required) {
        if (required == item.required()) {
            return CompletableFuture.completedFuture(null);
        }
        return write(() -> "\u201C" + checklists.edit(item.id().toString(), null, required).text() + "\u201D is " + (required ? "required" : "optional")
                + " now.");
    }

    /** One place up ({@code -1}) or down ({@code +1}) its list. */
    public CompletableFuture<Void> move(ChecklistItem item, int direction) {
        return write(() -> checklists.move(item.id().toString(), direction) ? "Moved \u201C" + item.text() + "\u201D " + (direction < 0 ? "up" : "down")
                + " the " + item.gate().label() + " checklist." : null);
    }

    public CompletableFuture<Void> remove(ChecklistItem item) {
        return write(() -> "Removed \u201C" + checklists.remove(item.id().toString()).text() + "\u201D from the " + item.gate().label() + " checklist.");
    }

    /** Said when an item the dialog showed was removed beside it. */
    static final String GONE = "That item was removed beside this dialog (by a command or a teammate's file); the lists show the "
            + "checklists as they are now.";

    /** Runs an edit in the background, then reads the lists again; says what it did (null or empty: nothing to say). */
    private CompletableFuture<Void> write(Supplier<String> edit) {
        problem.set("");
        return executors.supply(edit).handle((said, failure) -> {
            Throwable cause = Problems.unwrap(failure);
            if (cause instanceof InvalidInputException refused && refused.problems().containsKey(com.funnelboard.service.ChecklistService.ITEM)) {
                // Removed beside the open dialog (a command, a teammate's file): it said "There is no checklist item 6e2f2dcc-…
                // (see `checklists list`)", a command's words and an id.
                problem.set(GONE);
            } else if (cause instanceof InvalidInputException refused) {
                problem.set(String.join(" ", refused.problems().values()) + ".");
            } else if (failure != null) {
                executors.problems().report("checklists", "The checklist was not saved", cause, () -> load());
            } else if (said != null && !said.isEmpty()) {
                status.accept(said + " Ctrl+Z takes it back.");
            }
            return null;
        }).thenCompose(x -> load());
    }
}
