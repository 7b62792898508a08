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

    /** @param versions every value the field was given (not empty) */
    public static Decision decide(Collection<FieldVersion> versions) {
        FieldVersion winner = versions.stream().max(FieldVersions.NEWEST).orElseThrow();
        List<FieldVersion> conflicting = new ArrayList<>();
        for (FieldVersion v : versions) {
            if (v == winner || java.util.Objects.equals(v.value(), winner.value())) {
                continue;
            }
            boolean superseded = false;
            for (FieldVersion other : versions) {
                if (other != v && other.saw(v)) {
                    superseded = true;
                    break;
                }
            }
            if (!superseded) {
                conflicting.add(v);
            }
        }
        conflicting.sort(NEWEST.reversed());
        return new Decision(winner, List.copyOf(conflicting));
    }

    private static final java.util.Comparator<FieldVersion> NEWEST = FieldVersion.NEWEST_WINS;
}
