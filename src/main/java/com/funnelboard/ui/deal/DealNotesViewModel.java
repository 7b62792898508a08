package com.funnelboard.ui.deal;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.InvalidInputException;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.UiExecutors;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A deal's notes in its pane (its description, as other programs call it): read with the deal,
 * saved when the typing pauses, the keyboard leaves them or another deal is shown, and read again
 * when they change elsewhere (a command, a teammate's file, an undo) unless something typed is
 * waiting to be saved — then the typing wins and is saved over them, as a field of the deal's form
 * is.
 */
public final class DealNotesViewModel {

    private final DealEditing editing;
    private final UiExecutors executors;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    @SuppressWarnings("unused") // kept for as long as the pane lives
    private final ChangeFollower changes;
    private UUID shown;
    /** The notes as last read or saved. */
    private String stored = "";
    private boolean loading;
    private boolean dirty;
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    public DealNotesViewModel(DealEditing editing, ChangeFeed feed, UiExecutors executors) {
        this.editing = editing;
        this.executors = executors;
        text.addListener((o, was, now) -> {
            if (!loading) {
                dirty = true;
            }
        });
        this.changes = ChangeFollower.follow(feed, executors, n -> n.touchesAny(ChangeNotice.DEAL), batch -> reload());
    }

    /** The notes as shown and typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the last save was refused ("Notes is longer than …"), "" when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether something typed waits to be saved. */
    public boolean isDirty() {
        return dirty;
    }

    /** Puts back the notes as last read or saved over what was typed and not saved (Ctrl+Z in them: see SaveAsYouType). */
    public void revertTyping() {
        dirty = false;
        problem.set("");
        put(stored);
    }

    /** Saves what was typed for the deal shown, then shows the notes of {@code deal} (null: none). */
    public CompletableFuture<Void> show(UUID deal) {
        if (Objects.equals(deal, shown)) {
            return saving;
        }
        CompletableFuture<Void> saved = flush();
        shown = deal;
        problem.set("");
        put("");
        if (deal == null) {
            return saved;
        }
        return saved.thenCompose(v -> executors.supply(() -> editing.notes(deal))).thenAccept(notes -> {
            if (Objects.equals(shown, deal) && !dirty) {
                put(notes);
            }
        });
    }

    /** Saves the notes typed, if any; completes when they are on disk (or refused, said by {@link #problemProperty}). */
    public CompletableFuture<Void> flush() {
        if (!dirty || shown == null) {
            return saving;
        }
        dirty = false;
        UUID id = shown;
        String typed = text.get();
        saving = saving.thenCompose(v -> executors.supply(() -> editing.setNotes(id, typed))).handle((changed, e) -> {
            Throwable cause = e == null ? null : Problems.unwrap(e);
            if (cause instanceof InvalidInputException bad) {
                if (Objects.equals(shown, id)) {
                    problem.set(String.join("; ", bad.problems().values()));
                    dirty = true; // still to be saved once corrected
                }
            } else if (cause != null) {
                executors.problems().log("The deal's notes were not saved", cause);
                if (Objects.equals(shown, id)) {
                    problem.set("Not saved: " + (cause.getMessage() == null ? cause : cause.getMessage()));
                    dirty = true;
                }
            } else if (Objects.equals(shown, id)) {
                problem.set("");
                stored = typed == null || typed.isBlank() ? "" : typed.strip();
            }
            return null;
        });
        return saving;
    }

    /** The notes of the deal shown read again, unless something typed waits to be saved. */
    private CompletableFuture<Void> reload() {
        UUID id = shown;
        if (id == null || dirty) {
            return CompletableFuture.completedFuture(null);
        }
        return executors.supply(() -> editing.notes(id)).thenAccept(notes -> {
            if (Objects.equals(shown, id) && !dirty && !notes.equals(text.get())) {
                put(notes);
            }
        });
    }

    private void put(String notes) {
        loading = true;
        stored = notes;
        try {
            text.set(notes);
        } finally {
            loading = false;
        }
    }
}
