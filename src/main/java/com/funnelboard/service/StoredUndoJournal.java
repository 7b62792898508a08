package com.funnelboard.service;

import com.funnelboard.store.Store;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;

/**
 * The command line's undo journal, kept in the database's local state (this installation only), so
 * that `funnelboard undo` undoes what the previous command did.
 */
final class StoredUndoJournal implements UndoJournal {

    private static final TypeReference<ArrayDeque<UUID>> IDS = new TypeReference<>() {};
    static final String DONE = com.funnelboard.store.LocalState.COMMAND_UNDO + "done";
    static final String UNDONE = com.funnelboard.store.LocalState.COMMAND_UNDO + "undone";

    private final Store store;

    StoredUndoJournal(Store store) {
        this.store = store;
    }

    private synchronized InMemory load() {
        return store.read(r -> new InMemory(read(r.local().get(DONE)), read(r.local().get(UNDONE))));
    }

    private static Deque<UUID> read(Optional<String> json) {
        return json.map(j -> (Deque<UUID>) Json.mapper().readValue(j, IDS)).orElseGet(ArrayDeque::new);
    }

    private synchronized void save(InMemory j) {
        store.writeAll(r -> {
            r.local().put(DONE, Json.mapper().writeValueAsString(j.done()));
            r.local().put(UNDONE, Json.mapper().writeValueAsString(j.undone()));
        });
    }

    @Override
    public synchronized void done(UUID changeSet) {
        InMemory j = load();
        j.done(changeSet);
        save(j);
    }

    @Override
    public Optional<UUID> lastDone() {
        return load().lastDone();
    }

    @Override
    public Optional<UUID> lastUndone() {
        return load().lastUndone();
    }

    @Override
    public synchronized void undone(UUID action, UUID undo) {
        InMemory j = load();
        j.undone(action, undo);
        save(j);
    }

    @Override
    public synchronized void redone(UUID undo, UUID redo) {
        InMemory j = load();
        j.redone(undo, redo);
        save(j);
    }

    @Override
    public synchronized void drop(UUID action) {
        InMemory j = load();
        j.drop(action);
        save(j);
    }

    @Override
    public synchronized void forget() {
        save(new InMemory(new ArrayDeque<>(), new ArrayDeque<>()));
    }
}
