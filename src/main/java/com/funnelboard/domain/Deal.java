package com.funnelboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One pursuit of one sale, belonging to a contact.
 *
 * @param value the estimated value, or null while nobody has estimated it
 * @param currency the deal's currency, also when no value is set yet
 */
public record Deal(
        UUID id,
        UUID contactId,
        String title,
        Stage stage,
        Money value,
        String currency,
        String source,
        LocalDate expectedCloseOn,
        Instant stageEnteredAt,
        LostReason lostReason,
        String lostNote,
        Instant createdAt,
        Instant updatedAt) {

    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
    }

    public Optional<Money> valueIfEstimated() {
        return Optional.ofNullable(value);
    }

    public Optional<LocalDate> expectedClose() {
        return Optional.ofNullable(expectedCloseOn);
    }
}
