package com.funnelboard.ui.deal;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.InvalidInputException;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.UiExecutors;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A deal's notes in its pane (its description, as other programs call it): read with the deal, saved as the deal's fields
 * are (a pause, the keyboard leaving, another deal shown, the window closing), kept on this installation a moment after
 * each key so that a kill loses nothing, and read again when they change elsewhere (a command, a teammate's file, an undo).
 * Changed elsewhere while typing waits, the typing is saved with the lines the other change added after it, and said.
 * Saves complete on the background thread, so the window closing on the FX thread can wait for them.
 */
public final class DealNotesViewModel {

    /** Said when notes changed elsewhere while typing waited to be saved. */
    static final String CHANGED_ELSEWHERE = "Changed elsewhere while you typed: what you typed is saved with the lines added there after it, "
            + "without the lines taken out there.";
    /** Said when notes typed before the app stopped were saved as the deal was shown again. */
    static final String RESTORED = "Saved the notes typed before Funnelboard closed (Ctrl+Z takes them back).";

    private final DealEditing editing;
    private final UiExecutors executors;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    @SuppressWarnings("unused") // kept for as long as the pane lives
    private final ChangeFollower changes;
    private UUID shown;
    /** The notes as last read or saved: what the typing started from. */
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

    /** Why the last save was refused ("Notes holds a control character …"), "" when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What happened to the notes that the pane should say ({@link #CHANGED_ELSEWHERE}, {@link #RESTORED}), "" for nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether something typed waits to be saved. */
    public boolean isDirty() {
        return dirty;
    }

    /** Puts back the notes as last read or saved over what was typed and not saved (Ctrl+Z in them: see SaveAsYouType). */
    public void revertTyping() {
        dirty = false;
        problem.set("");
        notice.set("");
        UUID id = shown;
        if (id != null) {
            saving = saving.thenRunAsync(() -> editing.keepNotesDraft(id, null, null), executors.background()).handle((v, e) -> null);
        }
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
        notice.set("");
        put("");
        if (deal == null) {
            return saved;
        }
        return saved.thenCompose(v -> executors.supply(() -> new Read(editing.notes(deal), editing.notesDraft(deal)))).thenAccept(read -> {
            if (!Objects.equals(shown, deal) || dirty) {
                return;
            }
            put(read.notes());
            if (read.draft().isPresent() && !read.draft().get().typed().equals(read.notes())) {
                // Typed before the app was killed or the computer stopped: saved now, and said — from the notes it was typed over,
                // so that what a teammate or a command added since stays beside it (saved from the notes shown now, the typing
                // replaced a teammate's newer note, on both copies once merged).
                String base = read.draft().get().base();
                if (base != null) {
                    stored = base;
                }
                text.set(read.draft().get().typed());
                flush();
                notice.set(RESTORED);
            }
        });
    }

    private record Read(String notes, Optional<DealEditing.NotesDraft> draft) {}

    /**
     * Keeps what was typed and not saved yet on this installation (in the background, after the saves asked before): the
     * app killed between a key and the save's pause lost it.
     */
    public CompletableFuture<Void> keepTyping() {
        UUID id = shown;
        if (!dirty || id == null) {
            return saving;
        }
        String typed = text.get();
        String base = stored;
        saving = saving.thenRunAsync(() -> editing.keepNotesDraft(id, typed, base), executors.background()).handle((v, e) -> {
            if (e != null) {
                executors.problems().log("The deal's notes typed could not be kept", Problems.unwrap(e));
            }
            return null;
        });
        return saving;
    }

    /** Saves the notes typed, if any; completes (on the background thread) when they are on disk, or refused. */
    public CompletableFuture<Void> flush() {
        if (!dirty || shown == null) {
            return saving;
        }
        dirty = false;
        UUID id = shown;
        String typed = text.get();
        String base = stored;
        CompletableFuture<String> written = saving.thenCompose(v -> CompletableFuture.supplyAsync(() -> editing.saveNotes(id, typed, base),
                executors.background()));
        saving = written.handle((s, e) -> null);
        written.whenCompleteAsync((savedText, e) -> saved(id, typed, savedText, e), executors.fx());
        return saving;
    }

    /** What a save of {@code typed} came to, shown if its deal still is. */
    private void saved(UUID id, String typed, String savedText, Throwable e) {
        if (!Objects.equals(shown, id)) {
            return;
        }
        Throwable cause = e == null ? null : Problems.unwrap(e);
        if (cause instanceof InvalidInputException bad) {
            problem.set(String.join("; ", bad.problems().values()));
            dirty = true; // still to be saved once corrected
        } else if (cause != null) {
            executors.problems().log("The deal's notes were not saved", cause);
            problem.set("Not saved: " + (cause.getMessage() == null ? cause : cause.getMessage()));
            dirty = true;
        } else {
            problem.set("");
            String mine = typed == null ? "" : typed.strip();
            if (savedText.equals(mine)) {
                stored = savedText;
            } else if (!dirty && text.get().equals(typed)) {
                put(savedText); // the lines added elsewhere, after the typing
                notice.set(CHANGED_ELSEWHERE);
            } else {
                // Typed on meanwhile: the next save starts from what was typed, so the lines added elsewhere are added again.
                stored = mine;
                notice.set(CHANGED_ELSEWHERE);
            }
        }
    }

    /** The notes of the deal shown read again; while typing waits, only said to have changed (the save keeps both). */
    private CompletableFuture<Void> reload() {
        UUID id = shown;
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        return executors.supply(() -> editing.notes(id)).thenAccept(notes -> {
            if (!Objects.equals(shown, id) || notes.equals(stored)) {
                return;
            }
            if (dirty) {
                notice.set(CHANGED_ELSEWHERE);
            } else if (!notes.equals(text.get())) {
                put(notes);
            } else {
                stored = notes;
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
