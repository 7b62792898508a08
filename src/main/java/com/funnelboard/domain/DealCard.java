package com.funnelboard.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a board card shows of a deal: read in pages, one query per page, never one per card.
 *
 * @param organizationId null (with its name) when the contact has no organization
 * @param value null when no value is estimated
 * @param nextFollowUpAt the earliest open follow-up, or null when there is none
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
        Instant stageEnteredAt,
        Instant nextFollowUpAt) {}
