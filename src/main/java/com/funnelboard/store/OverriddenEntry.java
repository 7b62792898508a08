package com.funnelboard.store;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Whether a deal entered the stage it is in by overriding the checklist: the newest live move into that stage, and the
 * reason it gave. One look-up in the index of a deal's moves (by deal and time).
 */
final class OverriddenEntry {

    private OverriddenEntry() {}

    // The newest live move into the stage the deal is in: moves of one instant in the order they were written (a deal created
    // and moved within a millisecond), not by their random ids. Not matched to the time the deal entered its stage: a stage kept
    // by a conflict's resolution takes the time of the resolved edit, a few milliseconds off its move's, and lost its mark.
    private static final String NEWEST_MOVE = "(SELECT sc.override_reason FROM stage_change sc WHERE sc.deal_id = deal.id "
            + "AND sc.to_stage = deal.stage AND sc.deleted_at IS NULL ORDER BY sc.changed_at DESC, sc.rowid DESC LIMIT 1)";

    /** The override reason of the move into the deal's stage, or null when that move passed its checklist. */
    static Field<String> reason() {
        return DSL.field(NEWEST_MOVE, String.class).as("override_reason");
    }

    /** The deals that entered their stage by an override. */
    static Condition overridden() {
        return DSL.condition(NEWEST_MOVE + " IS NOT NULL");
    }
}
