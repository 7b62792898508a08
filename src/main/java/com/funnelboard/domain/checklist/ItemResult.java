package com.funnelboard.domain.checklist;

/**
 * An item evaluated against a deal.
 *
 * @param evidence for a derived item that holds, what makes it hold; for a checked item, what may
 *     help the user answer it (the ideal customer profile's comparison); otherwise null
 */
public record ItemResult(ChecklistItem item, boolean holds, String evidence) {

    public boolean isUnmetRequirement() {
        return item.required() && !holds;
    }
}
