package com.funnelboard.domain.checklist;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Interaction;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers a checklist for a deal. A pure function of the items, the deal, its interactions and the
 * items the user has checked: no database, no clock, no UI.
 */
public final class ChecklistEvaluator {

    private final ZoneId zone;
    private final Locale locale;

    public ChecklistEvaluator(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
    }

    /**
     * @param checked ids or codes of the items the user has ticked; ignored for derived items, which
     *     only the data can make hold
     */
    public ChecklistEvaluation evaluate(
            List<ChecklistItem> items, Deal deal, List<Interaction> interactions, Collection<String> checked) {
        Set<String> ticks = Set.copyOf(checked);
        List<ItemResult> results = items.stream()
                .map(item -> {
                    if (item.isDerived()) {
                        String evidence = item.rule().evidence(deal, interactions, zone, locale).orElse(null);
                        return new ItemResult(item, evidence != null, evidence);
                    }
                    boolean ticked = ticks.stream().anyMatch(item::isNamedBy);
                    return new ItemResult(item, ticked, null);
                })
                .toList();
        return new ChecklistEvaluation(results);
    }
}
