package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The reports' reads, as aggregates over the stage history and the deals (grouped and counted in
 * SQL; only closed deals of the period and per-day groups come back as rows). Deleted deals and
 * deleted history rows are left out.
 */
public final class ReportQueries {

    private final DSLContext ctx;

    ReportQueries(DSLContext ctx) {
        this.ctx = ctx;
    }

    private static Condition live(Instant from, Instant to) {
        return STAGE_CHANGE.DELETED_AT.isNull().and(STAGE_CHANGE.CHANGED_AT.ge(from)).and(STAGE_CHANGE.CHANGED_AT.lt(to))
                .and(DSL.exists(DSL.selectOne().from(DEAL).where(DEAL.ID.eq(STAGE_CHANGE.DEAL_ID).and(DEAL.DELETED_AT.isNull()))));
    }

    /** How many deals entered {@code stage} in [from, to), each counted once. */
    public int entered(Stage stage, Instant from, Instant to) {
        return ctx.select(DSL.countDistinct(STAGE_CHANGE.DEAL_ID)).from(STAGE_CHANGE)
                .where(live(from, to).and(STAGE_CHANGE.TO_STAGE.eq(stage.key()))).fetchOne(0, Integer.class);
    }

    /**
     * How many deals entered {@code stage} in [from, to) straight from {@code previous}, having
     * entered {@code previous} in the same period, before.
     */
    public int enteredFrom(Stage stage, Stage previous, Instant from, Instant to) {
        var earlier = STAGE_CHANGE.as("earlier");
        return ctx.select(DSL.countDistinct(STAGE_CHANGE.DEAL_ID)).from(STAGE_CHANGE)
                .where(live(from, to).and(STAGE_CHANGE.TO_STAGE.eq(stage.key())).and(STAGE_CHANGE.FROM_STAGE.eq(previous.key()))
                        .and(DSL.exists(DSL.selectOne().from(earlier).where(earlier.DEAL_ID.eq(STAGE_CHANGE.DEAL_ID)
                                .and(earlier.TO_STAGE.eq(previous.key())).and(earlier.DELETED_AT.isNull())
                                .and(earlier.CHANGED_AT.ge(from)).and(earlier.CHANGED_AT.le(STAGE_CHANGE.CHANGED_AT))))))
                .fetchOne(0, Integer.class);
    }

    /**
     * How long deals that left {@code stage} in [from, to) had been in it, in milliseconds, sorted
     * (from the move into it to the move out).
     */
    public List<Long> timesIn(Stage stage, Instant from, Instant to) {
        var into = STAGE_CHANGE.as("into");
        Field<Instant> entered = DSL.select(DSL.max(into.CHANGED_AT)).from(into).where(into.DEAL_ID.eq(STAGE_CHANGE.DEAL_ID)
                .and(into.TO_STAGE.eq(stage.key())).and(into.DELETED_AT.isNull()).and(into.CHANGED_AT.le(STAGE_CHANGE.CHANGED_AT)))
                .asField("entered");
        List<Long> out = new ArrayList<>();
        ctx.select(STAGE_CHANGE.CHANGED_AT, entered).from(STAGE_CHANGE)
                .where(live(from, to).and(STAGE_CHANGE.FROM_STAGE.eq(stage.key())))
                .forEach(r -> {
                    if (r.value2() != null) {
                        out.add(r.value1().toEpochMilli() - r.value2().toEpochMilli());
                    }
                });
        out.sort(null);
        return out;
    }

    /** A deal that closed (entered Won or Lost) in the period, with what reports need of it. */
    public record Closed(UUID deal, Stage to, Instant at, String source, Long valueMinor, Long finalValueMinor, String currency,
            Instant createdAt, String lostReason, String lostNote) {}

    /** Every move into Won or Lost in [from, to), oldest first. */
    public List<Closed> closed(Instant from, Instant to) {
        return ctx.select(STAGE_CHANGE.DEAL_ID, STAGE_CHANGE.TO_STAGE, STAGE_CHANGE.CHANGED_AT, DEAL.SOURCE, DEAL.VALUE_MINOR,
                        DEAL.FINAL_VALUE_MINOR, DEAL.CURRENCY, DEAL.CREATED_AT, STAGE_CHANGE.LOST_REASON, STAGE_CHANGE.LOST_NOTE)
                .from(STAGE_CHANGE).join(DEAL).on(DEAL.ID.eq(STAGE_CHANGE.DEAL_ID))
                .where(live(from, to).and(STAGE_CHANGE.TO_STAGE.in(Stage.WON.key(), Stage.LOST.key())))
                .orderBy(STAGE_CHANGE.CHANGED_AT)
                .fetch(r -> new Closed(r.value1(), Stage.fromKey(r.value2()), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10()));
    }

    /** Open deals per stage, currency and expected close day: count and value in minor units. */
    public record OpenGroup(Stage stage, LocalDate expectedClose, String currency, int count, long valueMinor) {}

    public List<OpenGroup> open() {
        Field<Long> sum = DSL.coalesce(DSL.sum(DEAL.VALUE_MINOR), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class);
        return ctx.select(DEAL.STAGE, DEAL.EXPECTED_CLOSE_ON, DEAL.CURRENCY, DSL.count(), sum).from(DEAL)
                .where(DEAL.DELETED_AT.isNull().and(DEAL.STAGE.in(Stage.LEAD.key(), Stage.PROSPECT.key(), Stage.OPPORTUNITY.key())))
                .groupBy(DEAL.STAGE, DEAL.EXPECTED_CLOSE_ON, DEAL.CURRENCY)
                .fetch(r -> new OpenGroup(Stage.fromKey(r.value1()), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Won deals per close day and currency: count and final value (the estimate where none was recorded). */
    public record WonGroup(LocalDate closedOn, String currency, int count, long valueMinor) {}

    public List<WonGroup> wonByCloseDay() {
        Field<Long> sum = DSL.coalesce(DSL.sum(DSL.coalesce(DEAL.FINAL_VALUE_MINOR, DEAL.VALUE_MINOR)), DSL.inline(java.math.BigDecimal.ZERO))
                .cast(Long.class);
        return ctx.select(DEAL.CLOSED_ON, DEAL.CURRENCY, DSL.count(), sum).from(DEAL)
                .where(DEAL.DELETED_AT.isNull().and(DEAL.STAGE.eq(Stage.WON.key())).and(DEAL.CLOSED_ON.isNotNull()))
                .groupBy(DEAL.CLOSED_ON, DEAL.CURRENCY)
                .fetch(r -> new WonGroup(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
