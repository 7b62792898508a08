package com.funnelboard.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a board card shows of a deal: read in pages, one query per page, never one per card.
 *
 * @param organizationId null (with its name) when the contact has no organization
 * @param value null when no value is estimated
 * @param finalValue what a Won deal closed at; null when none is recorded, and for a deal in any other stage
 * @param nextFollowUpAt the earliest open follow-up, or null when there is none
 * @param owner the owner's email, or null when nobody owns the deal
 * @param score the lead score now, or null when it is not read (see README "Lead scoring")
 * @param overrideReason the reason given for overriding the checklist of the move that brought the deal into its stage,
 *     or null when that move passed its checklist (or needed none)
 */
public record DealCard(
        UUID id,
        String title,
        Stage stage,
        UUID contactId,
        String contactName,
        UUID organizationId,
        String organizationName,
        Money value,
        Money finalValue,
        Instant stageEnteredAt,
        Instant nextFollowUpAt,
        String owner,
        Integer score,
        String overrideReason) {

    public DealCard {
        // Only a Won deal has a final value, as in Deal: a merge deciding field by field can leave one teammate's won-for amount
        // on a deal another's move made Lost, and the list showed "lost €2,222.00".
        if (stage != null && stage != Stage.WON) {
            finalValue = null;
        }
    }

    /** A card without the reason of an override. */
    public DealCard(UUID id, String title, Stage stage, UUID contactId, String contactName, UUID organizationId, String organizationName,
            Money value, Money finalValue, Instant stageEnteredAt, Instant nextFollowUpAt, String owner, Integer score) {
        this(id, title, stage, contactId, contactName, organizationId, organizationName, value, finalValue, stageEnteredAt, nextFollowUpAt,
                owner, score, null);
    }

    /** A card without its score. */
    public DealCard(UUID id, String title, Stage stage, UUID contactId, String contactName, UUID organizationId, String organizationName,
            Money value, Money finalValue, Instant stageEnteredAt, Instant nextFollowUpAt, String owner) {
        this(id, title, stage, contactId, contactName, organizationId, organizationName, value, finalValue, stageEnteredAt, nextFollowUpAt,
                owner, null);
    }

    /** This card with its score. */
    public DealCard withScore(Integer s) {
        return new DealCard(id, title, stage, contactId, contactName, organizationId, organizationName, value, finalValue, stageEnteredAt,
                nextFollowUpAt, owner, s, overrideReason);
    }

    /** A card of a deal nobody owns. */
    public DealCard(UUID id, String title, Stage stage, UUID contactId, String contactName, UUID organizationId, String organizationName,
            Money value, Money finalValue, Instant stageEnteredAt, Instant nextFollowUpAt) {
        this(id, title, stage, contactId, contactName, organizationId, organizationName, value, finalValue, stageEnteredAt, nextFollowUpAt,
                null);
    }

    /** Whether the deal entered its stage by overriding the checklist (the card is marked, the reason in its tooltip). */
    public boolean overridden() {
        return overrideReason != null;
    }

    /** The value a card shows: the final value of a Won deal where one is recorded, else the estimate (null when neither). */
    public Money shownValue() {
        return stage == Stage.WON && finalValue != null ? finalValue : value;
    }

    /** True when the card shows a final value that differs from the estimate. */
    public boolean showsFinalValue() {
        return stage == Stage.WON && finalValue != null && !finalValue.equals(value);
    }
}
