package com.funnelboard.service;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.Transition;
import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.domain.checklist.ChecklistItem;
import java.util.Collection;
import java.util.List;

/**
 * Everything the qualification dialog needs to answer a move before it is made: the deal, the kind
 * of transition, the checklist items of every gate on the way and the deal's interactions.
 */
public record MovePlan(
        Deal deal, Transition transition, List<ChecklistItem> items, List<Interaction> interactions, ChecklistEvaluator evaluator) {

    public MovePlan {
        items = List.copyOf(items);
        interactions = List.copyOf(interactions);
    }

    /** Answers the checklist with the given items ticked. Pure: no database. */
    public ChecklistEvaluation evaluate(Collection<String> checked) {
        return evaluator.evaluate(items, deal, interactions, checked);
    }

    public boolean needsChecklist() {
        return transition instanceof Transition.Forward && !items.isEmpty();
    }
}
