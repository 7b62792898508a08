package com.funnelboard.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reminder to get back to a deal's contact.
 *
 * @param snoozedUntil when it was snoozed to, or null
 */
public record FollowUp(UUID id, UUID dealId, Instant dueAt, FollowUpKind kind, String note, Instant doneAt, Instant snoozedUntil) {

    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(kind, "kind");
    }

    /** A follow-up that was never snoozed. */
    public FollowUp(UUID id, UUID dealId, Instant dueAt, FollowUpKind kind, String note, Instant doneAt) {
        this(id, dealId, dueAt, kind, note, doneAt, null);
    }

    public boolean isOpen() {
        return doneAt == null;
    }

    /** When it is due now: the snooze time when it was snoozed past its due time. */
    public Instant effectiveDue() {
        return snoozedUntil != null && snoozedUntil.isAfter(dueAt) ? snoozedUntil : dueAt;
    }
}
