package com.funnelboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One pursuit of one sale, belonging to a contact (and through it to an organization). A deal
 * imported from another program's file with neither a contact nor an organization has no contact
 * ({@code contactId} null) and shows as such.
 *
 * @param value the estimated value, or null while nobody has estimated it
 * @param currency the deal's currency, also when no value is set yet
 * @param finalValue what a Won deal closed at, in the deal's currency; null unless it was recorded
 *     by the move to Won (deals won under earlier versions have none)
 * @param closedOn the day a Won deal closed; null as {@code finalValue}
 * @param owner the email of the person the deal belongs to (lower case); null while nobody owns it
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
        Money finalValue,
        LocalDate closedOn,
        Instant createdAt,
        Instant updatedAt,
        String owner) {

    /** A deal without an owner yet: a new one gets the person who creates it. */
    public Deal(UUID id, UUID contactId, String title, Stage stage, Money value, String currency, String source, LocalDate expectedCloseOn,
            Instant stageEnteredAt, LostReason lostReason, String lostNote, Money finalValue, LocalDate closedOn, Instant createdAt,
            Instant updatedAt) {
        this(id, contactId, title, stage, value, currency, source, expectedCloseOn, stageEnteredAt, lostReason, lostNote, finalValue, closedOn,
                createdAt, updatedAt, null);
    }

    public Deal {
        owner = Person.normalEmail(owner);
        // A deal's outcome counts only in its stage: a final value and close date while Won, a lost
        // reason and note while Lost. Every move writes them so; a merge, deciding field by field,
        // can combine one teammate's move to Won with another's to Lost, and the stored fields of
        // the stage the deal is not in are then not its outcome.
        if (stage != null && stage != Stage.WON) {
            finalValue = null;
            closedOn = null;
        }
        if (stage != null && stage != Stage.LOST) {
            lostReason = null;
            lostNote = null;
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
        if (finalValue != null && !finalValue.currency().equals(currency)) {
            throw new IllegalArgumentException("The final value is in " + finalValue.currency() + ", the deal in " + currency);
        }
    }

    /** The same deal owned by someone else (null: nobody). */
    public Deal withOwner(String email) {
        return new Deal(id, contactId, title, stage, value, currency, source, expectedCloseOn, stageEnteredAt, lostReason, lostNote, finalValue,
                closedOn, createdAt, updatedAt, email);
    }

    public Optional<Money> valueIfEstimated() {
        return Optional.ofNullable(value);
    }

    public Optional<LocalDate> expectedClose() {
        return Optional.ofNullable(expectedCloseOn);
    }

    public Optional<Money> finalValueIfRecorded() {
        return Optional.ofNullable(finalValue);
    }

    public Optional<LocalDate> closed() {
        return Optional.ofNullable(closedOn);
    }
}
