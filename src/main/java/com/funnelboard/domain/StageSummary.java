package com.funnelboard.domain;

import java.util.List;

/**
 * A board column's header figures.
 *
 * @param totals value per currency, largest first
 * @param weighted value × stage probability per currency, in the same order
 */
public record StageSummary(Stage stage, long count, List<Money> totals, List<Money> weighted) {

    public StageSummary {
        totals = List.copyOf(totals);
        weighted = List.copyOf(weighted);
    }

    public static StageSummary empty(Stage stage) {
        return new StageSummary(stage, 0, List.of(), List.of());
    }
}
