package com.funnelboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded stage move: what the checklist said at the time, and why a failing gate was
 * overridden or a deal lost.
 *
 * @param from null for the row that records a deal's creation
 * @param imported made by an import, which passes no checklist (the deal reached its stage in another program)
 */
public record StageChange(
        UUID id,
        UUID dealId,
        Stage from,
        Stage to,
        Instant changedAt,
        String changedBy,
        List<AnsweredItem> checklist,
        String overrideReason,
        LostReason lostReason,
        String lostNote,
        boolean imported) {

    /** A move made here (not by an import). */
    public StageChange(UUID id, UUID dealId, Stage from, Stage to, Instant changedAt, String changedBy, List<AnsweredItem> checklist,
            String overrideReason, LostReason lostReason, String lostNote) {
        this(id, dealId, from, to, changedAt, changedBy, checklist, overrideReason, lostReason, lostNote, false);
    }

    public StageChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changedAt, "changedAt");
        checklist = List.copyOf(checklist);
    }

    /** One checklist item as it stood when the move was made. */
    public record AnsweredItem(String code, String text, boolean required, boolean derived, boolean holds, String evidence) {}
}
