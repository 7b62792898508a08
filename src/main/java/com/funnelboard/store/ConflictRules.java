package com.funnelboard.store;

import com.funnelboard.domain.FieldVersion;
import com.funnelboard.domain.FieldVersions;
import java.util.Map;
import java.util.UUID;

/**
 * Which concurrent edits a merge lists for review: every field two people changed without seeing
 * each other's edit, but for those where they agree or where another conflict already says it.
 */
final class ConflictRules {

    private ConflictRules() {}

    /** Whether the field of {@code slot} ("table\0row\0field"), decided {@code d} and in conflict, is listed for review. */
    static boolean listed(Map<String, Map<UUID, FieldVersion>> versions, String[] slot, FieldVersions.Decision d) {
        return !followsAConflictingStage(versions, slot) && !agreedDeletion(slot, d) && !addressKeptOrTakenOff(slot);
    }

    /**
     * One of a contact's addresses or numbers kept by one resolution and taken off by another made at the same time: the later
     * stands, and the contact's own conflict on its address (or number) is the one to review — listed beside it, the row's
     * "deleted / edited" named only "phone number 381aef10".
     */
    static boolean addressKeptOrTakenOff(String[] slot) {
        return slot[2].equals("deleted_at") && (slot[0].equals("email_address") || slot[0].equals("phone_number"));
    }

    /**
     * Two people who each deleted the same row (an address both replaced) agree: their deletion times
     * differ, but that is no conflict to review (it was listed as "deleted / deleted").
     */
    static boolean agreedDeletion(String[] slot, FieldVersions.Decision d) {
        return slot[2].equals("deleted_at") && java.util.stream.Stream.concat(java.util.stream.Stream.of(d.winner()), d.conflicting().stream())
                .noneMatch(v -> v.value() == null || v.value().equals("null"));
    }

    /**
     * A deal's stage-entered time moves with its stage: when two moves that did not see each other
     * conflict on the stage, that conflict is the one to review (listing the times as well showed
     * two look-alike conflicts, the second left open by resolving the first).
     */
    static boolean followsAConflictingStage(Map<String, Map<UUID, FieldVersion>> versions, String[] slot) {
        if (!slot[0].equals("deal") || !slot[2].equals("stage_entered_at")) {
            return false;
        }
        Map<UUID, FieldVersion> stage = versions.get(slot[0] + "\0" + slot[1] + "\0stage");
        return stage != null && FieldVersions.decide(stage.values()).inConflict();
    }
}
