package com.funnelboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recorded change set as history shows it: who made it, when, from where, and each field it
 * changed (old → new; a new row's fields together under field "*").
 *
 * @param mergedFrom for a merge read as the history of a record: the teammates' change sets it
 *     applied to that record, oldest first (who wrote them, when, and what they called them); empty otherwise
 * @param command the command of this installation that made it ("deals add"), or null (the window, a teammate)
 */
public record ChangeSetEntry(UUID id, ChangeOrigin origin, String author, Instant at, String summary, List<FieldChange> changes,
        List<Authored> mergedFrom, String command) {

    public ChangeSetEntry {
        changes = List.copyOf(changes);
        mergedFrom = List.copyOf(mergedFrom);
    }

    public ChangeSetEntry(UUID id, ChangeOrigin origin, String author, Instant at, String summary, List<FieldChange> changes) {
        this(id, origin, author, at, summary, changes, List.of(), null);
    }

    /** The same change set, crediting the teammates' sets it merged. */
    public ChangeSetEntry mergedFrom(List<Authored> sets) {
        return new ChangeSetEntry(id, origin, author, at, summary, changes, sets, command);
    }

    /** The same change set, made by the command {@code made} (null: the window, a teammate). */
    public ChangeSetEntry byCommand(String made) {
        return new ChangeSetEntry(id, origin, author, at, summary, changes, mergedFrom, made);
    }

    /** The same change set with only {@code these} of its changes. */
    public ChangeSetEntry withChanges(List<FieldChange> these) {
        return new ChangeSetEntry(id, origin, author, at, summary, these, mergedFrom, command);
    }

    /** A teammate's change set as its author wrote it. */
    public record Authored(String author, Instant at, String summary) {}

    /** One changed field; values are JSON literals as stored (text quoted, numbers bare, null). */
    public record FieldChange(String table, String row, String field, String oldValue, String newValue) {

        public boolean isNewRow() {
            return "*".equals(field);
        }
    }
}
