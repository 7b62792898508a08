package com.funnelboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A deal "rots" when it has sat in an open stage longer than that stage's threshold (DOMAIN.md:
 * "Segments and follow-ups"). Defaults: Lead 14 days, Prospect 21, Opportunity 30.
 */
public record RotRule(Map<Stage, Integer> thresholdDays) {

    /** The longest threshold a stage may have, in days. */
    public static final int MAX_DAYS = 365;

    public static final Map<Stage, Integer> DEFAULTS = Map.of(Stage.LEAD, 14, Stage.PROSPECT, 21, Stage.OPPORTUNITY, 30);

    public RotRule {
        Map<Stage, Integer> copy = new EnumMap<>(Stage.class);
        copy.putAll(DEFAULTS);
        copy.putAll(thresholdDays);
        thresholdDays = Map.copyOf(copy);
    }

    public static RotRule defaults() {
        return new RotRule(DEFAULTS);
    }

    /** Whether a deal in {@code stage} since {@code enteredAt} is rotting at {@code now}; closed stages never rot. */
    public boolean isRotting(Stage stage, Instant enteredAt, Instant now) {
        Integer days = thresholdDays.get(stage);
        return days != null && enteredAt != null && Duration.between(enteredAt, now).toDays() > days;
    }

    public int threshold(Stage stage) {
        return thresholdDays.getOrDefault(stage, 0);
    }
}
