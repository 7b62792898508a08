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
 *
 * @param profileEvidence how the deal's contact compares with the ideal customer profile, shown with
 *     the item that asks whether it fits ({@link #FITS_PROFILE}); null when not known
 */
public record MovePlan(
        Deal deal, Transition transition, List<ChecklistItem> items, List<Interaction> interactions, ChecklistEvaluator evaluator,
        LocalDate today, String profileEvidence) {

    /** The checklist item that asks whether the lead fits the ideal customer profile. */
    public static final String FITS_PROFILE = "fits-icp";

    public MovePlan {
        items = List.copyOf(items);
        interactions = List.copyOf(interactions);
    }

    public MovePlan(Deal deal, Transition transition, List<ChecklistItem> items, List<Interaction> interactions, ChecklistEvaluator evaluator,
            LocalDate today) {
        this(deal, transition, items, interactions, evaluator, today, null);
    }

    /** Answers the checklist with the given items ticked. Pure: no database. */
    public ChecklistEvaluation evaluate(Collection<String> checked) {
        ChecklistEvaluation e = evaluator.evaluate(items, deal, interactions, checked);
        if (profileEvidence == null) {
            return e;
        }
        return new ChecklistEvaluation(e.results().stream()
                .map(r -> r.item().code().equals(FITS_PROFILE) && r.evidence() == null
                        ? new com.funnelboard.domain.checklist.ItemResult(r.item(), r.holds(), profileEvidence) : r)
                .toList());
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
