package com.funnelboard.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One entry of a contact's timeline: an email, call, meeting, request... */
public record Interaction(
        UUID id, UUID contactId, UUID dealId, InteractionKind kind, Direction direction, Instant occurredAt, String note) {

    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
