package com.funnelboard.service;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.Transition;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.domain.checklist.ChecklistItem;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Everything the qualification dialog needs to answer a move before it is made: the deal, the kind
 * of transition, the checklist items of every gate on the way, the deal's interactions, and the day
 * it is for the user (a move to Won is closed today unless they say otherwise).
 */
public record MovePlan(
        Deal deal, Transition transition, List<ChecklistItem> items, List<Interaction> interactions, ChecklistEvaluator evaluator,
        LocalDate today) {

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

    /** True for a move to Won, which asks for the final value and the close date. */
    public boolean needsWonDetails() {
        return transition.to() == Stage.WON && transition instanceof Transition.Forward;
    }

    /** Checks won details as the user gives them, by the rule the move is committed with. Pure: no database. */
    public WonDetails.Checked checkWon(WonDetails.Entry entry) {
        return WonDetails.check(entry, deal, today);
    }
}
