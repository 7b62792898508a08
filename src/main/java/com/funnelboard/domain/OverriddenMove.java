package com.funnelboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A move that went past a failing checklist with a written reason, as the report of them lists it.
 *
 * @param from null for a deal's first stage (never overridden: kept for completeness)
 * @param unmet the required items that did not hold when it was made, as they were worded then
 */
public record OverriddenMove(UUID dealId, String title, String owner, Stage from, Stage to, Instant at, String by, String reason, List<String> unmet) {

    public OverriddenMove {
        unmet = List.copyOf(unmet);
    }
}
