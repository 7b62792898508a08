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

    /** Which value a resolution keeps. */
    public enum Keep { MINE, THEIRS, VALUE }
}
