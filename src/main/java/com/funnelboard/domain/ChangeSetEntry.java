package com.funnelboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recorded change set as history shows it: who made it, when, from where, and each field it
 * changed (old → new; a new row's fields together under field "*").
 */
public record ChangeSetEntry(UUID id, ChangeOrigin origin, String author, Instant at, String summary, List<FieldChange> changes) {

    public ChangeSetEntry {
        changes = List.copyOf(changes);
    }

    /** One changed field; values are JSON literals as stored (text quoted, numbers bare, null). */
    public record FieldChange(String table, String row, String field, String oldValue, String newValue) {

        public boolean isNewRow() {
            return "*".equals(field);
        }
    }
}
