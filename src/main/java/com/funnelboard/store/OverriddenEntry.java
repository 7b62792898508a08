package com.funnelboard.store;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Whether a deal entered the stage it is in by overriding the checklist: the live move into that stage made when the
 * deal entered it, and the reason it gave. One look-up in the index of a deal's moves (by deal and time).
 */
final class OverriddenEntry {

    private OverriddenEntry() {}

    // The move that set the stage and the time it was entered (moves of one instant are not ordered by their random ids).
    private static final String NEWEST_MOVE = "(SELECT max(sc.override_reason) FROM stage_change sc WHERE sc.deal_id = deal.id "
            + "AND sc.changed_at = deal.stage_entered_at AND sc.to_stage = deal.stage AND sc.deleted_at IS NULL)";

    /** The override reason of the move into the deal's stage, or null when that move passed its checklist. */
    static Field<String> reason() {
        return DSL.field(NEWEST_MOVE, String.class).as("override_reason");
    }

    /** The deals that entered their stage by an override. */
    static Condition overridden() {
        return DSL.condition(NEWEST_MOVE + " IS NOT NULL");
    }
}
