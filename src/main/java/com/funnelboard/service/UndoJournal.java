package com.funnelboard.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;

/**
 * Which actions can be undone and redone, newest last: the window keeps its own; the
 * command line keeps one per installation in the database's local state, so `undo` in a later
 * command undoes the previous command.
 */
public interface UndoJournal {

    /** A new action: it can be undone, and nothing undone before can be redone any more. */
    void done(UUID changeSet);

    /** The last action not undone yet. */
    Optional<UUID> lastDone();

    /** The last undone action (undone by change set {@code undo}), to redo. */
    Optional<UUID> lastUndone();

    /** {@code action} was undone by change set {@code undo}. */
    void undone(UUID action, UUID undo);

    /** The undo {@code undo} was itself undone by {@code redo}: the action is done again. */
    void redone(UUID undo, UUID redo);

    /** Takes {@code action} off both lists: it can no longer be undone or redone (something changed it since). */
    void drop(UUID action);

    /** Forgets every action: a restored backup replaced what they changed, so none of them can be undone or redone. */
    void forget();

    /** The window's journal, kept with this installation's local state across restarts. */
    static UndoJournal window(com.funnelboard.store.Store store) {
        return new StoredUndoJournal(store, com.funnelboard.store.LocalState.WINDOW_UNDO);
    }

    /** A journal in memory. */
    static UndoJournal inMemory() {
        return new InMemory(new ArrayDeque<>(), new ArrayDeque<>());
    }

    /** The journal as two stacks (oldest first); the command line stores these. */
    record InMemory(Deque<UUID> done, Deque<UUID> undone) implements UndoJournal {

        private static final int DEPTH = 200;

        @Override
        public synchronized void done(UUID changeSet) {
            done.addLast(changeSet);
            while (done.size() > DEPTH) {
                done.removeFirst();
            }
            undone.clear();
        }

        @Override
        public synchronized Optional<UUID> lastDone() {
            return Optional.ofNullable(done.peekLast());
        }

        @Override
        public synchronized Optional<UUID> lastUndone() {
            return Optional.ofNullable(undone.peekLast());
        }

        @Override
        public synchronized void undone(UUID action, UUID undo) {
            done.remove(action);
            undone.addLast(undo);
        }

        @Override
        public synchronized void redone(UUID undo, UUID redo) {
            undone.remove(undo);
            done.addLast(redo);
        }

        @Override
        public synchronized void drop(UUID action) {
            done.remove(action);
            undone.remove(action);
        }

        @Override
        public synchronized void forget() {
            done.clear();
            undone.clear();
        }
    }
}
