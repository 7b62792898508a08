package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.ReportFilter;
import com.funnelboard.domain.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The reports' reads as they were computed before the stage history had its summary (report_move):
 * straight from stage_change, with distinct counts and a lookup move by move. The reference the
 * summary's reads must equal ({@link ReportMovesPropertyTest}).
 */
final class HistoryScanReports {

    private final DSLContext ctx;
    private final ReportFilter filter;

    HistoryScanReports(DSLContext ctx, ReportFilter filter) {
        this.ctx = ctx;
        this.filter = filter;
    }

    private Condition dealFilter() {
        return ReportQueries.dealCondition(filter);
    }

    /** The filter on stage history rows: their deal is one of those the filter lets through (read once, as a set). */
    private Condition historyFilter() {
        return filter.isAll() ? DSL.noCondition()
                : STAGE_CHANGE.DEAL_ID.in(DSL.select(DEAL.ID).from(DEAL).where(DEAL.DELETED_AT.isNull().and(dealFilter())));
    }

    private Condition live(Instant from, Instant to) {
        return STAGE_CHANGE.DELETED_AT.isNull().and(STAGE_CHANGE.CHANGED_AT.ge(from)).and(STAGE_CHANGE.CHANGED_AT.lt(to))
                .and(notDeleted()).and(historyFilter());
    }

    /** The deal is not deleted: the few deleted deals are read once (a partial index holds them), not one lookup per row. */
    private static Condition notDeleted() {
        return STAGE_CHANGE.DEAL_ID.notIn(DSL.select(DEAL.ID).from(DEAL).where(DEAL.DELETED_AT.isNotNull()));
    }

    /** How many deals entered each of {@code stages} in [from, to), each counted once per stage (one grouped read). */
    public java.util.Map<Stage, Integer> entered(List<Stage> stages, Instant from, Instant to) {
        java.util.Map<Stage, Integer> out = new java.util.EnumMap<>(Stage.class);
        stages.forEach(s -> out.put(s, 0));
        ctx.select(STAGE_CHANGE.TO_STAGE, DSL.countDistinct(STAGE_CHANGE.DEAL_ID)).from(STAGE_CHANGE)
                .where(live(from, to).and(STAGE_CHANGE.TO_STAGE.in(stages.stream().map(Stage::key).toList())))
                .groupBy(STAGE_CHANGE.TO_STAGE)
                .forEach(r -> out.put(Stage.fromKey(r.value1()), r.value2()));
        return out;
    }

    /**
     * For each stage of {@code stages} after the first: how many deals entered it in [from, to)
     * straight from the stage before it in the list, having entered that one in the same period,
     * before (one grouped read).
     */
    public java.util.Map<Stage, Integer> enteredFromPrevious(List<Stage> stages, Instant from, Instant to) {
        java.util.Map<Stage, Integer> out = new java.util.EnumMap<>(Stage.class);
        // from_stage IN (…) AND to_stage = the stage after it: a range of the index of moves out of a stage per stage
        // (an OR of the pairs would scan the whole index of moves into one).
        List<String> previous = new ArrayList<>();
        org.jooq.CaseValueStep<String> next = DSL.choose(STAGE_CHANGE.FROM_STAGE);
        org.jooq.CaseWhenStep<String, String> after = null;
        for (int k = 1; k < stages.size(); k++) {
            out.put(stages.get(k), 0);
            previous.add(stages.get(k - 1).key());
            after = after == null ? next.when(DSL.inline(stages.get(k - 1).key()), DSL.inline(stages.get(k).key()))
                    : after.when(DSL.inline(stages.get(k - 1).key()), DSL.inline(stages.get(k).key()));
        }
        if (after == null) {
            return out;
        }
        Condition pairs = STAGE_CHANGE.FROM_STAGE.in(previous).and(STAGE_CHANGE.TO_STAGE.eq(after));
        var earlier = STAGE_CHANGE.as("earlier");
        ctx.select(STAGE_CHANGE.TO_STAGE, DSL.countDistinct(STAGE_CHANGE.DEAL_ID)).from(STAGE_CHANGE)
                .where(live(from, to).and(pairs)
                        .and(DSL.exists(DSL.selectOne().from(earlier).where(earlier.DEAL_ID.eq(STAGE_CHANGE.DEAL_ID)
                                .and(earlier.TO_STAGE.eq(STAGE_CHANGE.FROM_STAGE)).and(earlier.DELETED_AT.isNull())
                                .and(earlier.CHANGED_AT.ge(from)).and(earlier.CHANGED_AT.le(STAGE_CHANGE.CHANGED_AT))))))
                .groupBy(STAGE_CHANGE.TO_STAGE)
                .forEach(r -> out.put(Stage.fromKey(r.value1()), r.value2()));
        return out;
    }

    /**
     * How long deals that left each of {@code stages} in [from, to) had been in it, in
     * milliseconds, sorted (from the move into it to the move out; one read for all the stages).
     */
    public java.util.Map<Stage, List<Long>> timesIn(List<Stage> stages, Instant from, Instant to) {
        java.util.Map<Stage, List<Long>> out = new java.util.EnumMap<>(Stage.class);
        stages.forEach(s -> out.put(s, new ArrayList<>()));
        var into = STAGE_CHANGE.as("into");
        Field<Long> entered = DSL.field(DSL.select(DSL.max(millis(into.CHANGED_AT))).from(into).where(into.DEAL_ID.eq(STAGE_CHANGE.DEAL_ID)
                .and(into.TO_STAGE.eq(STAGE_CHANGE.FROM_STAGE)).and(into.DELETED_AT.isNull()).and(into.CHANGED_AT.le(STAGE_CHANGE.CHANGED_AT))));
        Field<Long> time = millis(STAGE_CHANGE.CHANGED_AT).minus(entered).as("time");
        ctx.select(STAGE_CHANGE.FROM_STAGE, time).from(STAGE_CHANGE)
                .where(live(from, to).and(STAGE_CHANGE.FROM_STAGE.in(stages.stream().map(Stage::key).toList())))
                .forEach(r -> {
                    if (r.value2() != null) {
                        out.get(Stage.fromKey(r.value1())).add(r.value2());
                    }
                });
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /**
     * Moves at or after {@code points[0]} into or out of an open stage, grouped by where they came
     * from and went, the deal's currency and how many of the instants {@code points} (ascending) are
     * at or before the move: count and value of the deals in minor units. Read deal after deal (a
     * scan of one index, each deal's moves a seek into another), never a lookup per move.
     */
    record MovesAfter(Stage from, Stage to, String currency, int pointsBefore, int count, long valueMinor) {}

    public List<MovesAfter> movesAfter(List<Instant> points) {
        Field<Integer> before = bucket(points).as("points_before");
        Field<Long> sum = DSL.coalesce(DSL.sum(DEAL.VALUE_MINOR), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class);
        List<String> open = List.of(Stage.LEAD.key(), Stage.PROSPECT.key(), Stage.OPPORTUNITY.key());
        // CROSS JOIN keeps the deals first: SQLite does not reorder it.
        return ctx.select(STAGE_CHANGE.FROM_STAGE, STAGE_CHANGE.TO_STAGE, DEAL.CURRENCY, before, DSL.count(), sum)
                .from(DEAL).crossJoin(STAGE_CHANGE)
                .where(STAGE_CHANGE.DEAL_ID.eq(DEAL.ID).and(STAGE_CHANGE.DELETED_AT.isNull()).and(DEAL.DELETED_AT.isNull())
                        .and(STAGE_CHANGE.CHANGED_AT.ge(points.getFirst()))
                        .and(STAGE_CHANGE.TO_STAGE.in(open).or(STAGE_CHANGE.FROM_STAGE.in(open))).and(dealFilter()))
                .groupBy(STAGE_CHANGE.FROM_STAGE, STAGE_CHANGE.TO_STAGE, DEAL.CURRENCY, DSL.field(DSL.name("points_before")))
                .fetch(r -> new MovesAfter(r.value1() == null ? null : Stage.fromKey(r.value1()), Stage.fromKey(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6()));
    }

    /** How many of {@code points} (ascending) are at or before the move: 0 when it is before the first. */
    private static Field<Integer> bucket(List<Instant> points) {
        Field<Integer> bucket = DSL.inline(points.size());
        for (int i = points.size() - 1; i >= 0; i--) {
            bucket = DSL.when(STAGE_CHANGE.CHANGED_AT.lt(points.get(i)), DSL.inline(i)).otherwise(bucket);
        }
        return bucket;
    }

    private static Field<Long> millis(Field<Instant> f) {
        return DSL.field("{0}", org.jooq.impl.SQLDataType.BIGINT, f);
    }
}
