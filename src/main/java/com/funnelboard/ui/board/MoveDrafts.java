package com.funnelboard.ui.board;

import com.funnelboard.ui.common.UiExecutors;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the move dialog's typing — the items ticked, the override's reason, the lost reason and note, the won value and
 * day — is kept on this installation as it is typed, so that a crash or a kill with the dialog open does not lose it:
 * one draft, for one deal and stage at a time (see {@code QualifyViewModel#draft}). Reads and writes run in the
 * background, the writes one after another in the order asked.
 */
public final class MoveDrafts {

    private final Supplier<Map<String, String>> read;
    private final Consumer<Map<String, String>> keep;
    private final UiExecutors executors;
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
    /** This window's mark on the drafts it keeps: one brought back with it was left in this session, not before a close. */
    private final String session = java.util.UUID.randomUUID().toString();
    static final String SESSION = "session";

    /**
     * @param read the draft kept (empty when none); runs in the background
     * @param keep keeps a draft, an empty one forgets it; runs in the background
     */
    public MoveDrafts(Supplier<Map<String, String>> read, Consumer<Map<String, String>> keep, UiExecutors executors) {
        this.read = read;
        this.keep = keep;
        this.executors = executors;
    }

    /** Whether {@code draft} was kept by this window (left in this session: the app did not close since). */
    boolean keptHere(Map<String, String> draft) {
        return session.equals(draft.get(SESSION));
    }

    /** None kept: the board of a test or of a window without local state. */
    static MoveDrafts none(UiExecutors executors) {
        return new MoveDrafts(Map::of, d -> { }, executors);
    }

    /** The draft kept, read after the writes asked before; empty when none or when it cannot be read (logged). */
    CompletableFuture<Map<String, String>> read() {
        CompletableFuture<Map<String, String>> out = writing.thenCompose(v -> executors.supply(read::get));
        return executors.problems().logFailure("The checklist you were filling in could not be read back", out)
                .exceptionally(e -> Map.of());
    }

    /** Keeps {@code fields} (empty: forgets the draft), after the writes asked before. */
    CompletableFuture<Void> keep(Map<String, String> fields) {
        Map<String, String> marked = new java.util.HashMap<>(fields);
        if (!marked.isEmpty()) {
            marked.put(SESSION, session);
        }
        Map<String, String> copy = Map.copyOf(marked);
        CompletableFuture<Void> next = writing.thenCompose(v -> executors.supply(() -> {
            keep.accept(copy);
            return null;
        }));
        writing = executors.problems().logFailure("The checklist you were filling in could not be kept", next).exceptionally(e -> null);
        return writing;
    }
}
