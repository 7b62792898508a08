package com.funnelboard.domain;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

/**
 * One value a field was given on some installation: the change set that gave it, that set's
 * installation (replica) and clock stamp, what its author had received from other installations
 * when writing it ({@code seen}: replica → newest stamp received), the value as a JSON literal, and
 * whether an undo or redo gave it ({@code undo}: its change set's origin is "undo").
 */
public record FieldVersion(UUID changeSet, UUID replica, long hlc, Map<UUID, Long> seen, String value, String author, boolean undo) {

    /** A value given by anything but an undo or redo. */
    public FieldVersion(UUID changeSet, UUID replica, long hlc, Map<UUID, Long> seen, String value, String author) {
        this(changeSet, replica, hlc, seen, value, author, false);
    }

    /** The same version with another value. */
    public FieldVersion withValue(String other) {
        return new FieldVersion(changeSet, replica, hlc, seen, other, author, undo);
    }

    /** Newest first by (stamp, replica), the order in which a newer value wins; the set id breaks a forged tie. */
    public static final Comparator<FieldVersion> NEWEST_WINS = Comparator.comparingLong(FieldVersion::hlc)
            .thenComparing(v -> v.replica().toString())
            .thenComparing(v -> v.changeSet().toString());

    /**
     * True when this value was written knowing {@code other}: the same installation wrote it later,
     * or its author had received {@code other}'s change set (or a later one of its installation).
     */
    public boolean saw(FieldVersion other) {
        if (changeSet.equals(other.changeSet)) {
            return false;
        }
        if (replica.equals(other.replica)) {
            return hlc > other.hlc;
        }
        Long received = seen.get(other.replica);
        return received != null && received >= other.hlc;
    }
}
