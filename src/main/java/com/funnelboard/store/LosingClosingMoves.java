package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.FOLLOW_UP;
import static com.funnelboard.store.jooq.Tables.MERGE_CONFLICT;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.FieldVersion;
import com.funnelboard.domain.FieldVersions;
import com.funnelboard.store.jooq.tables.records.FollowUpRecord;
import com.funnelboard.store.jooq.tables.records.MergeConflictRecord;
import com.funnelboard.store.jooq.tables.records.StageChangeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * A stage conflict resolved for a stage other than the Won or Lost a teammate moved the deal to,
 * unaware of the other move: that closing move did not stand. A deal's outcome is the one of the
 * stage it is in, wherever it is read, so the resolution also takes back what the move did beyond
 * the stage: its stage-history row is deleted (soft, as every shared row: the reports, the deal's
 * timeline and its history no longer count a loss or a win that the team decided against), and the
 * follow-ups a move to Lost marked done, still done as it left them, are open again. All of it in
 * the resolution's change set, so it travels with it and one undo puts it back.
 */
final class LosingClosingMoves {

    private static final Set<String> CLOSING = Set.of("\"won\"", "\"lost\"");

    private final DSLContext ctx;
    private final ChangeRecorder changes;

    LosingClosingMoves(DSLContext ctx, ChangeRecorder changes) {
        this.ctx = ctx;
        this.changes = changes;
    }

    /**
     * Before the stage kept is written (its sides are the versions that stage conflicts with): takes
     * back the closing moves among the sides of deal {@code dealKey}'s stage conflict that
     * {@code keptJson} (the stage kept, as stored) is not.
     *
     * @param reopening what says which change sets the conflict is decided without (a resolution undone, and its undo)
     * @return how many closing moves were taken back
     */
    int takeBack(String dealKey, String keptJson, ConflictReopening reopening, Instant now) {
        MergeConflictRecord m = ctx.selectFrom(MERGE_CONFLICT).where(MERGE_CONFLICT.TABLE_NAME.eq("deal"), MERGE_CONFLICT.ROW_KEY.eq(dealKey),
                MERGE_CONFLICT.FIELD.eq("stage")).fetchOne();
        if (m == null) {
            return 0;
        }
        FieldVersions.Decision d = ShareConflicts.decide(ctx, m, reopening.decidedWithout(m.getId()));
        if (d == null) {
            return 0;
        }
        List<FieldVersion> sides = new ArrayList<>(d.conflicting());
        sides.add(d.winner());
        int taken = 0;
        for (FieldVersion side : sides) {
            if (CLOSING.contains(side.value()) && !side.value().equals(keptJson)) {
                taken += takeBack(dealKey, side.value().replace("\"", ""), side.changeSet(), now);
            }
        }
        return taken;
    }

    private int takeBack(String dealKey, String toStage, UUID changeSet, Instant now) {
        int taken = 0;
        for (String key : rowsOf(changeSet, "stage_change")) {
            StageChangeRecord move = ctx.selectFrom(STAGE_CHANGE).where(STAGE_CHANGE.ID.eq(UUID.fromString(key)),
                    STAGE_CHANGE.DEAL_ID.eq(UUID.fromString(dealKey)), STAGE_CHANGE.TO_STAGE.eq(toStage), STAGE_CHANGE.DELETED_AT.isNull()).fetchOne();
            if (move == null) {
                continue;
            }
            Instant closedAt = move.getChangedAt();
            move.setDeletedAt(now);
            changes.update(move);
            taken++;
            for (String f : rowsOf(changeSet, "follow_up")) {
                FollowUpRecord followUp = ctx.selectFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(UUID.fromString(f)),
                        FOLLOW_UP.DEAL_ID.eq(UUID.fromString(dealKey)), FOLLOW_UP.DONE_AT.eq(closedAt), FOLLOW_UP.DELETED_AT.isNull()).fetchOne();
                if (followUp != null) {
                    followUp.setDoneAt(null);
                    changes.update(followUp);
                }
            }
        }
        return taken;
    }

    /** The rows of {@code table} a change set (made here, or received) wrote. */
    private List<String> rowsOf(UUID changeSet, String table) {
        return ctx.fetch("SELECT row_key FROM change WHERE change_set_id = ? AND table_name = ? UNION "
                + "SELECT row_key FROM received_change WHERE change_set_id = ? AND table_name = ?", changeSet.toString(), table,
                changeSet.toString(), table).getValues(0, String.class);
    }
}
