package com.funnelboard.service;

import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Repositories;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an undo must not leave half done: a deal's outcome. A won deal has its final value and close day, a lost one its
 * reason; they go with its stage. An undo takes back the fields its change set wrote, except those a later change wrote
 * since — so a merge whose teammate's win a conflict's resolution then kept (the stage a later change) lost the win's value
 * and day to the undo and stayed Won: a win of nothing, counted in the reports. Such an undo is refused, in the same
 * transaction, before anything is kept.
 */
final class UndoneOutcomes {

    private UndoneOutcomes() {}

    /** The stages now of the deals {@code set} moved (a merge's teammates' moves), read once each before the undo. */
    static Map<UUID, Stage> stagesOfMoved(Repositories r, ChangeSetEntry set) {
        Map<UUID, Stage> out = new LinkedHashMap<>();
        for (ChangeSetEntry.FieldChange c : set.changes()) {
            if (c.table().equals("stage_change") && c.isNewRow() && c.newValue() != null) {
                var row = Json.mapper().readTree(c.newValue());
                if (row.hasNonNull("deal_id")) {
                    UUID deal = UUID.fromString(row.get("deal_id").asString());
                    if (!out.containsKey(deal)) {
                        r.deals().find(deal).ifPresent(d -> out.put(deal, d.stage()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Refuses the undo of {@code set} when it leaves a deal won without the final value or close day it took back, or lost
     * without the reason it took back (a deal imported won without a value, or lost without a reason, is as it came: only
     * what this undo emptied counts).
     */
    static void refuseHalfUndone(Repositories r, ChangeSetEntry set) {
        Map<UUID, Set<String>> emptied = new LinkedHashMap<>();
        for (ChangeSetEntry.FieldChange c : set.changes()) {
            if (c.table().equals("deal") && OUTCOME.contains(c.field())) {
                emptied.computeIfAbsent(UUID.fromString(c.row()), k -> new java.util.HashSet<>()).add(c.field());
            }
        }
        emptied.forEach((id, fields) -> {
            Deal d = r.deals().find(id).orElse(null);
            if (d == null) {
                return;
            }
            boolean wonOfNothing = d.stage() == Stage.WON && (fields.contains("final_value") && d.finalValue() == null
                    || fields.contains("closed_on") && d.closedOn() == null);
            boolean lostForNoReason = d.stage() == Stage.LOST && fields.contains("lost_reason") && d.lostReason() == null;
            if (wonOfNothing || lostForNoReason) {
                throw new RefusedException("Nothing was undone: it would leave \u201C" + d.title() + "\u201D "
                        + (wonOfNothing ? "won without the final value and close day" : "lost without its reason")
                        + " it brought, as a later change kept the deal in " + d.stage().label()
                        + " (a conflict resolved since, most likely). Undo that later change first, or move the deal where it belongs.");
            }
        });
    }

    /** A deal's fields that go with its stage's outcome. */
    private static final Set<String> OUTCOME = Set.of("final_value", "closed_on", "lost_reason");
}
