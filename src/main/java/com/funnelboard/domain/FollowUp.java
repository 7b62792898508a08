package com.funnelboard.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A reminder to get back to a deal's contact. */
public record FollowUp(UUID id, UUID dealId, Instant dueAt, FollowUpKind kind, String note, Instant doneAt) {

    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isOpen() {
        return doneAt == null;
    }
}
