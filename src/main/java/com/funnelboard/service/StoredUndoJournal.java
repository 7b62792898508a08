package com.funnelboard.service;

import com.funnelboard.store.Store;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;

/**
 * An undo journal kept in the database's local state (this installation only): the command line's, so
 * that `funnelboard undo` undoes what the previous command did, and the window's, so that Undo after
 * a restart takes back what was done before it (it said "Nothing to undo").
 */
final class StoredUndoJournal implements UndoJournal {

    private static final TypeReference<ArrayDeque<UUID>> IDS = new TypeReference<>() {};

    private final Store store;
    private final String done;
    private final String undone;

    /** The command line's. */
    StoredUndoJournal(Store store) {
        this(store, com.funnelboard.store.LocalState.COMMAND_UNDO);
    }

    /** @param prefix where in the local state it is kept: the command line's or the window's */
    StoredUndoJournal(Store store, String prefix) {
        this.store = store;
        this.done = prefix + "done";
        this.undone = prefix + "undone";
    }

    private synchronized InMemory load() {
        return store.read(r -> new InMemory(read(r.local().get(done)), read(r.local().get(undone))));
    }

    private static Deque<UUID> read(Optional<String> json) {
        return json.map(j -> (Deque<UUID>) Json.mapper().readValue(j, IDS)).orElseGet(ArrayDeque::new);
    }

    private synchronized void save(InMemory j) {
        store.writeAll(r -> {
            r.local().put(done, Json.mapper().writeValueAsString(j.done()));
            r.local().put(undone, Json.mapper().writeValueAsString(j.undone()));
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
