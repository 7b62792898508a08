package com.funnelboard.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Decides a field from every value it was given on every installation: the newest by (clock
 * stamp, replica) wins, and a value nobody wrote knowing of — written on one installation while
 * another, unaware of it, wrote a different one — is a conflict kept for review. The answer depends
 * only on the set of values, never on the order they arrived in, so merging is idempotent,
 * commutative and associative.
 */
public final class FieldVersions {

    private FieldVersions() {}

    /** The winning value and the concurrent values that lost to it (different values only). */
    public record Decision(FieldVersion winner, List<FieldVersion> conflicting) {
        public boolean inConflict() {
            return !conflicting.isEmpty();
        }
    }

    /** @param given every value the field was given (not empty) */
    public static Decision decide(Collection<FieldVersion> given) {
        Collection<FieldVersion> versions = withoutCancelledUndos(given);
        Supersession seen = new Supersession(versions);
        FieldVersion winner = newestNotSuperseded(versions, seen);
        List<FieldVersion> conflicting = new ArrayList<>();
        for (FieldVersion v : versions) {
            if (v == winner || java.util.Objects.equals(v.value(), winner.value())) {
                continue;
            }
            if (!seen.superseded(v)) {
                conflicting.add(v);
            }
        }
        conflicting.sort(NEWEST.reversed());
        return new Decision(winner, List.copyOf(conflicting));
    }

    /**
     * The newest of the versions no other one saw. That is the newest of all of them as long as
     * every installation's clock moves past whatever it has seen, which a hybrid clock does; an
     * installation whose clock was far ahead and has been set right starts again under a new id
     * with a slower clock (see the store's clock correction), and its later values, written
     * knowing its earlier ones, win over them although their stamps are older. (Only a crafted
     * history can leave every version seen by another; the newest of all wins then.)
     */
    private static FieldVersion newestNotSuperseded(Collection<FieldVersion> versions, Supersession seen) {
        return versions.stream().filter(v -> !seen.superseded(v)).max(NEWEST)
                .orElseGet(() -> versions.stream().max(NEWEST).orElseThrow());
    }

    /**
     * Whether another of a field's versions saw a version ({@link FieldVersion#saw}), answered from
     * two maxima per installation rather than by asking every other version: the newest stamp each
     * installation wrote, and the newest stamp of it that versions of other installations had
     * received. A file of 100,000 concurrent edits of one field took minutes when every version was
     * asked about every other.
     */
    static final class Supersession {
        private final java.util.Map<java.util.UUID, Long> newest = new java.util.HashMap<>();
        private final java.util.Map<java.util.UUID, Long> receivedByOthers = new java.util.HashMap<>();

        Supersession(Collection<FieldVersion> versions) {
            for (FieldVersion o : versions) {
                newest.merge(o.replica(), o.hlc(), Math::max);
                for (java.util.Map.Entry<java.util.UUID, Long> e : o.seen().entrySet()) {
                    if (!e.getKey().equals(o.replica()) && e.getValue() != null) {
                        receivedByOthers.merge(e.getKey(), e.getValue(), Math::max);
                    }
                }
            }
        }

        /** Whether a version other than {@code v} saw it: a later one of its installation, or one whose author had received it. */
        boolean superseded(FieldVersion v) {
            Long later = newest.get(v.replica());
            Long received = receivedByOthers.get(v.replica());
            return later != null && later > v.hlc() || received != null && received >= v.hlc();
        }
    }

    /**
     * {@code versions} without the undos that were redone: an undo and the redo right after it (the
     * redo saw the undo, saw nothing of the field the undo had not seen, and put back the value the
     * undo replaced, the newest it had seen) cancel out, as if neither had been written. Left in, the
     * redo would be a new edit of this installation's, in conflict with every later edit of a
     * teammate who had not received it — an undone and redone merge made the teammate's next edits
     * of the merged fields look concurrent with their own earlier values. An undo alone (or undone
     * again later) stays a deliberate edit.
     */
    static Collection<FieldVersion> withoutCancelledUndos(Collection<FieldVersion> versions) {
        List<FieldVersion> undos = versions.stream().filter(FieldVersion::undo).sorted(NEWEST).toList();
        if (undos.size() < 2) {
            return versions;
        }
        java.util.Set<java.util.UUID> cancelled = new java.util.HashSet<>();
        for (FieldVersion redo : undos) {
            for (FieldVersion undo : undos) {
                if (undo == redo || cancelled.contains(undo.changeSet()) || cancelled.contains(redo.changeSet()) || !redo.saw(undo)) {
                    continue;
                }
                boolean rightAfter = versions.stream().noneMatch(v -> v != undo && v != redo && !cancelled.contains(v.changeSet())
                        && redo.saw(v) && !undo.saw(v) && !v.changeSet().equals(undo.changeSet()));
                FieldVersion replaced = versions.stream().filter(v -> !cancelled.contains(v.changeSet()) && undo.saw(v)).max(NEWEST).orElse(null);
                if (rightAfter && replaced != null && java.util.Objects.equals(replaced.value(), redo.value())) {
                    cancelled.add(undo.changeSet());
                    cancelled.add(redo.changeSet());
                }
            }
        }
        if (cancelled.isEmpty() || cancelled.size() == versions.size()) {
            return versions;
        }
        return versions.stream().filter(v -> !cancelled.contains(v.changeSet())).toList();
    }

    /**
     * Decides whether a row is deleted, from every value its {@code deleted_at} was given and every
     * edit of its other fields ({@code edits}, one per change set and field), and whether that is a
     * conflict. The newest value wins as for any field, but only deleted against not deleted counts
     * (two installations deleting a row at different times agree). A conflict is either a delete
     * and a restore that did not see each other, or a delete and an edit that did not see each other
     * while the row is deleted now: the row would sit in the trash with a change its author never
     * knew was thrown away. An edit stops conflicting once any delete was made knowing it (keeping
     * the row deleted is such a delete); a restore ends the conflict. The conflicting edits are given
     * with the value {@code null} (the row not deleted, as their author left it), one per change set.
     *
     * An undo and the redo right after it cancel out here too, with their edits of the other fields
     * (a merge that moved a deal to the trash, undone and redone, ended the conflict between that
     * deletion and a teammate's edit, which the redo had not decided).
     *
     * @param given every value deleted_at was given (not empty)
     */
    public static Decision decideDeletion(Collection<FieldVersion> given, Collection<FieldVersion> allEdits) {
        Collection<FieldVersion> deletedAt = withoutCancelledUndos(given);
        java.util.Set<java.util.UUID> cancelled = new java.util.HashSet<>();
        given.forEach(v -> cancelled.add(v.changeSet()));
        deletedAt.forEach(v -> cancelled.remove(v.changeSet()));
        Collection<FieldVersion> edits = cancelled.isEmpty() ? allEdits : allEdits.stream().filter(e -> !cancelled.contains(e.changeSet())).toList();
        FieldVersion winner = newestNotSuperseded(deletedAt, new Supersession(deletedAt));
        java.util.Map<java.util.UUID, FieldVersion> conflicting = new java.util.LinkedHashMap<>();
        for (FieldVersion v : deletedAt) {
            if (deleted(v) == deleted(winner)) {
                continue;
            }
            if (deletedAt.stream().noneMatch(other -> other != v && other.saw(v))) {
                conflicting.putIfAbsent(v.changeSet(), v);
            }
        }
        if (deleted(winner)) {
            List<FieldVersion> deletes = deletedAt.stream().filter(FieldVersions::deleted).toList();
            for (FieldVersion e : edits) {
                if (conflicting.containsKey(e.changeSet()) || deletes.stream().anyMatch(d -> d.changeSet().equals(e.changeSet()) || d.saw(e))) {
                    continue;
                }
                if (deletes.stream().anyMatch(d -> !e.saw(d))) {
                    conflicting.put(e.changeSet(), e.withValue("null"));
                }
            }
        }
        List<FieldVersion> out = new ArrayList<>(conflicting.values());
        out.sort(NEWEST.reversed());
        return new Decision(winner, List.copyOf(out));
    }

    private static boolean deleted(FieldVersion v) {
        return v.value() != null && !v.value().equals("null");
    }

    private static final java.util.Comparator<FieldVersion> NEWEST = FieldVersion.NEWEST_WINS;
}
