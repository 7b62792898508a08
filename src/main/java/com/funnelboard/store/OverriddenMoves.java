package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The moves that went past a failing checklist with a written reason, for the manager's report of them
 * ({@code report overrides}): a forecast is only as honest as the moves that fed it.
 */
final class OverriddenMoves {

    private OverriddenMoves() {}

    /** The live deals' overridden moves in [from, to) that {@code deals} lets through, newest first. */
    static List<com.funnelboard.domain.OverriddenMove> read(DSLContext ctx, Condition deals, Instant from, Instant to) {
        return ctx.select(STAGE_CHANGE.DEAL_ID, DEAL.TITLE, DEAL.OWNER, STAGE_CHANGE.FROM_STAGE, STAGE_CHANGE.TO_STAGE, STAGE_CHANGE.CHANGED_AT,
                        STAGE_CHANGE.CHANGED_BY, STAGE_CHANGE.OVERRIDE_REASON, STAGE_CHANGE.CHECKLIST)
                .from(STAGE_CHANGE).join(DEAL).on(DEAL.ID.eq(STAGE_CHANGE.DEAL_ID))
                .where(STAGE_CHANGE.OVERRIDE_REASON.isNotNull()).and(STAGE_CHANGE.DELETED_AT.isNull()).and(DEAL.DELETED_AT.isNull())
                .and(STAGE_CHANGE.CHANGED_AT.ge(from)).and(STAGE_CHANGE.CHANGED_AT.lt(to)).and(deals)
                .orderBy(STAGE_CHANGE.CHANGED_AT.desc(), STAGE_CHANGE.ID)
                .fetch(r -> new com.funnelboard.domain.OverriddenMove(r.value1(), r.value2(), r.value3(), r.value4() == null ? null : Stage.fromKey(r.value4()),
                        Stage.fromKey(r.value5()), r.value6(), r.value7(), r.value8(), unmet(r.value9())));
    }

    private static List<String> unmet(String checklist) {
        if (checklist == null) {
            return List.of();
        }
        List<StageChange.AnsweredItem> items = Json.mapper().readValue(checklist, StageChangeRepository.ITEMS);
        return items.stream().filter(i -> i.required() && !i.holds()).map(StageChange.AnsweredItem::text).toList();
    }
}
