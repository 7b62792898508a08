package com.funnelboard.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the contacts list.
 *
 * @param openDeals deals not yet won or lost
 * @param lastInteractionAt null when nothing was logged
 */
public record ContactSummary(
        UUID id,
        String name,
        String title,
        UUID organizationId,
        String organizationName,
        String email,
        String phone,
        String industry,
        int openDeals,
        Instant lastInteractionAt) {}
