package com.funnelboard.ui.contact;

import com.funnelboard.service.ContactEditing;
import com.funnelboard.ui.common.UiExecutors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.util.Duration;

/**
 * Keeps what is typed in the log bar and not logged yet on disk, as the forms keep what is typed:
 * a pause in typing saves it, and the window saves what waits before it closes. Without it a note
 * typed about a call was gone after a quit (Ctrl+Q) or a crash, while the contact's fields beside
 * it were kept. Used on the FX thread.
 */
final class LogDraftSaver {

    /** How long typing pauses before the draft is saved (the forms save after a similar pause). */
    static final Duration PAUSE = com.funnelboard.ui.common.DraftPause.KEEP;

    private final ContactEditing editing;
    private final UiExecutors executors;
    private static final ContactEditing.LogDraft NOTHING = new ContactEditing.LogDraft("", "", null, false);
    private final Map<UUID, ContactEditing.LogDraft> waiting = new LinkedHashMap<>();
    private final com.funnelboard.ui.common.DraftPause.Keeper later = new com.funnelboard.ui.common.DraftPause.Keeper(this::flush);

    LogDraftSaver(ContactEditing editing, UiExecutors executors) {
        this.editing = editing;
        this.executors = executors;
    }

    /** What the bar holds for a contact now (empty or null: nothing waits); saved after a pause. */
    void typed(UUID contact, ContactEditing.LogDraft draft) {
        waiting.put(contact, draft == null ? NOTHING : draft);
        later.changed();
    }

    /** The draft kept for a contact, read in the background; one typed and not saved yet comes first. */
    CompletableFuture<Optional<ContactEditing.LogDraft>> find(UUID contact) {
        ContactEditing.LogDraft typed = waiting.get(contact);
        if (typed != null) {
            return CompletableFuture.completedFuture(typed.isEmpty() ? Optional.empty() : Optional.of(typed));
        }
        return executors.supply(() -> editing.logDraft(contact));
    }

    /** Saves every draft that waits; completes once they are on disk. */
    CompletableFuture<Void> flush() {
        later.stop();
        if (waiting.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Map<UUID, ContactEditing.LogDraft> now = new LinkedHashMap<>(waiting);
        waiting.clear();
        return executors.problems().logFailure("What was typed in the log bar could not be kept", executors.supply(() -> {
            now.forEach(editing::keepLogDraft);
            return null;
        }));
    }
}
