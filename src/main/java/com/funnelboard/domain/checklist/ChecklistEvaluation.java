package com.funnelboard.domain.checklist;

import java.util.List;

/** A checklist answered for one deal: each item and whether it holds. */
public record ChecklistEvaluation(List<ItemResult> results) {

    public ChecklistEvaluation {
        results = List.copyOf(results);
    }

    /** True when every required item holds, so the move may go ahead without an override. */
    public boolean isSatisfied() {
        return results.stream().noneMatch(ItemResult::isUnmetRequirement);
    }

    public List<ItemResult> unmetRequired() {
        return results.stream().filter(ItemResult::isUnmetRequirement).toList();
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }
}
