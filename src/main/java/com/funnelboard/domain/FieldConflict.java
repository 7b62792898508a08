package com.funnelboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A field two installations edited without seeing each other's edit: the value it holds now (the
 * newer by stamp and replica) and the other values, each kept in the history until one edit made
 * knowing all of them replaces them.
 *
 * @param label the row in words ("deal “Pilot”")
 */
public record FieldConflict(UUID id, String table, String row, String field, String label, Side current, List<Side> others) {

    /** One value of the field (a JSON literal of the stored value): who wrote it, where, when; mine when written here. */
    public record Side(String value, String author, UUID replica, Instant at, boolean mine) {}

    /** The field that says whether a row is deleted; a conflict on it is a delete against an edit or a restore. */
    public static final String DELETED_AT = "deleted_at";

    /**
     * True when one installation deleted the row while another edited (or restored) it without
     * knowing: the sides' values are the time of the delete, or null for the row kept.
     */
    public boolean deletion() {
        return DELETED_AT.equals(field);
    }

    /** Which value a resolution keeps: mine, theirs, a value typed; for a deletion, the row deleted or restored (with the edit). */
    public enum Keep { MINE, THEIRS, VALUE, DELETED, RESTORED }
}
