package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;

import com.funnelboard.domain.ReportFilter;
import com.funnelboard.domain.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The reports' reads, as aggregates over the reports' summary of the stage history (report_move,
 * see {@link ReportMoves}: one range of it by stage and time per read, no lookup per move) and over
 * the deals, grouped and counted in SQL. Deleted deals and deleted history rows are left out.
 */
public final class ReportQueries {

    private final DSLContext ctx;
    private final ReportFilter filter;

    ReportQueries(DSLContext ctx) {
        this(ctx, ReportFilter.ALL);
    }

    private ReportQueries(DSLContext ctx, ReportFilter filter) {
        this.ctx = ctx;
        this.filter = filter;
    }

    /** The overridden moves of [from, to), newest first, of the deals the filter lets through (see {@link OverriddenMoves}). */
    public List<com.funnelboard.domain.OverriddenMove> overrides(Instant from, Instant to) {
        return OverriddenMoves.read(ctx, dealFilter(), from, to);
    }

    /** The same reads, counting only the deals the filter lets through. */
    public ReportQueries filtered(ReportFilter f) {
        return new ReportQueries(ctx, f);
    }

    /**
     * The filter as a predicate on {@code deal}: the owner (the board's predicate, read through the
     * owner index), the source and the industry of the deal's organization (its own, else its contact's).
     */
    static Condition dealCondition(ReportFilter f) {
        Condition c = BoardQueries.ownerCondition(f.owner());
        if (f.source() != null) {
            c = c.and(DEAL.SOURCE.equalIgnoreCase(f.source()));
        }
        if (f.industry() != null) {
            Field<java.util.UUID> org = DSL.coalesce(DEAL.ORGANIZATION_ID,
                    DSL.field(DSL.select(CONTACT.ORGANIZATION_ID).from(CONTACT).where(CONTACT.ID.eq(DEAL.CONTACT_ID))));
            c = c.and(org.in(DSL.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.INDUSTRY.equalIgnoreCase(f.industry()))));
        }
        return c;
    }

    private Condition dealFilter() {
        return dealCondition(filter);
    }

    /** The deal's key in report_move: its id as 16 bytes (as V14's triggers write it). */
    static final String DEAL_KEY = "coalesce(unhex(replace(%1$s, '-', '')), CAST(%1$s AS BLOB))";

    /**
     * The filter on report_move rows, as SQL: the owner and source each row carries (compared as on
     * the deal); the industry as the set of deals the filter lets through (read once per read).
     */
    private String moveFilter() {
        StringBuilder sql = new StringBuilder();
        switch (filter.owner().kind()) {
            case EVERYONE -> { }
            case NOBODY -> sql.append(" AND owner IS NULL");
            case PERSON -> sql.append(" AND owner = ").append(ctx.renderInlined(DSL.inline(filter.owner().email())));
        }
        if (filter.source() != null) {
            // NOCASE folds ASCII letters as lower() does, without two function calls a move.
            sql.append(" AND source = ").append(ctx.renderInlined(DSL.inline(filter.source()))).append(" COLLATE NOCASE");
        }
        if (filter.industry() != null) {
            sql.append(" AND deal_key IN (SELECT ").append(DEAL_KEY.formatted("deal.id")).append(" FROM deal WHERE deal.deleted_at IS NULL AND ")
                    .append(ctx.renderInlined(dealCondition(ReportFilter.ALL.withIndustry(filter.industry())))).append(")");
        }
        return sql.toString();
    }

    /** The rows of a read of report_move, each as its columns' values (plain JDBC: the reads return many small rows). */
    private List<Object[]> rows(String sql, Object... binds) {
        return ctx.connectionResult(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < binds.length; i++) {
                    ps.setObject(i + 1, binds[i]);
                }
                List<Object[]> out = new ArrayList<>();
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        out.add(row);
                    }
                }
                return out;
            }
        });
    }

    private static String keys(List<Stage> stages) {
        return String.join(", ", stages.stream().map(s -> "'" + s.key() + "'").toList());
    }

    private static int i(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static long l(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** The people who own live deals, the deals' sources and their organizations' industries: what the filters offer. */
    /** @param unowned whether some live deal has no owner (only then is "No owner" a choice) */
    public record Choices(List<String> owners, List<String> sources, List<String> industries, List<String> currencies, boolean unowned) {}

    public Choices choices() {
        List<String> owners = ctx.selectDistinct(DEAL.OWNER).from(DEAL).where(DEAL.DELETED_AT.isNull().and(DEAL.OWNER.isNotNull()))
                .orderBy(DEAL.OWNER).fetch(DEAL.OWNER);
        List<String> sources = ctx.selectDistinct(DEAL.SOURCE).from(DEAL).where(DEAL.DELETED_AT.isNull().and(DEAL.SOURCE.isNotNull()))
                .orderBy(DEAL.SOURCE).fetch(DEAL.SOURCE);
        List<String> industries = ctx.selectDistinct(ORGANIZATION.INDUSTRY).from(ORGANIZATION)
                .where(ORGANIZATION.DELETED_AT.isNull().and(ORGANIZATION.INDUSTRY.isNotNull()).and(DSL.trim(ORGANIZATION.INDUSTRY).ne("")))
                .orderBy(ORGANIZATION.INDUSTRY).fetch(ORGANIZATION.INDUSTRY);
        return new Choices(owners, sources, industries, currencies(), ctx.fetchExists(DEAL, DEAL.DELETED_AT.isNull().and(DEAL.OWNER.isNull())));
    }

    /** The currencies of the live deals, in order. */
    public List<String> currencies() {
        return ctx.selectDistinct(DEAL.CURRENCY).from(DEAL).where(DEAL.DELETED_AT.isNull().and(DEAL.CURRENCY.isNotNull()))
                .orderBy(DEAL.CURRENCY).fetch(DEAL.CURRENCY);
    }

    /**
     * How many deals entered each of {@code stages} in [from, to), each counted once per stage: the
     * first of a deal's moves into the stage there is the one whose previous entry is before the period.
     */
    public java.util.Map<Stage, Integer> entered(List<Stage> stages, Instant from, Instant to) {
        java.util.Map<Stage, Integer> out = new java.util.EnumMap<>(Stage.class);
        stages.forEach(s -> out.put(s, 0));
        for (Object[] r : rows("SELECT to_stage, count(*) FROM report_move WHERE to_stage IN (" + keys(stages) + ") AND changed_at >= ? AND changed_at < ?"
                + " AND (prev_entry_at IS NULL OR prev_entry_at < ?) AND deal_live = 1" + moveFilter() + " GROUP BY to_stage",
                from.toEpochMilli(), to.toEpochMilli(), from.toEpochMilli())) {
            out.put(Stage.fromKey((String) r[0]), i(r[1]));
        }
        return out;
    }

    /**
     * For each stage of {@code stages} after the first: how many deals entered it in [from, to)
     * straight from the stage before it in the list, having entered that one in the same period,
     * before. A deal's moves between the two stages count from the first whose entry into the stage
     * before is in the period (the previous one's was not), once.
     */
    public java.util.Map<Stage, Integer> enteredFromPrevious(List<Stage> stages, Instant from, Instant to) {
        java.util.Map<Stage, Integer> out = new java.util.EnumMap<>(Stage.class);
        if (stages.size() < 2) {
            return out;
        }
        java.util.Map<Stage, Leaving> leaving = leaving(stages.subList(0, stages.size() - 1), stages.getLast(), from, to);
        for (int k = 1; k < stages.size(); k++) {
            out.put(stages.get(k), leaving.get(stages.get(k - 1)).toNext());
        }
        return out;
    }

    /**
     * How long deals that left a stage in [from, to) had been in it (from the move into it to the
     * move out): how many moves out there were, and the median time in milliseconds (of an even
     * number, the mean of the two middle ones, rounded down; null when none left).
     */
    public record TimeIn(int left, Long medianMillis) {}

    /** The time in each of {@code stages} (see {@link #leaving}). */
    public java.util.Map<Stage, TimeIn> timesIn(List<Stage> stages, Instant from, Instant to) {
        java.util.Map<Stage, TimeIn> out = new java.util.EnumMap<>(Stage.class);
        leaving(stages, null, from, to).forEach((s, l) -> out.put(s, l.timeIn()));
        return out;
    }

    /**
     * The moves out of a stage in [from, to): the time deals had spent in it, and how many of them
     * went on to the next stage of the list ({@code after} for the last; none when null) as {@link
     * #enteredFromPrevious} counts them.
     */
    public record Leaving(TimeIn timeIn, int toNext) {}

    /**
     * The moves out of each of {@code stages} in [from, to), in one range of report_move_out by
     * stage and time, grouped by the stage (the index's order: no sort): the time in it, counted
     * and its median taken by SQLite's median() (the percentile functions built into the driver's
     * SQLite gather and sort the values in C, several times quicker than an ORDER BY … OFFSET
     * through the sorter for each stage; PostgreSQL has percentile_cont(0.5)), and the moves on to
     * the next stage. Times are whole milliseconds, far below 2^53, so the double median() returns
     * is exact, and of two middle times their mean, which is rounded down here.
     */
    public java.util.Map<Stage, Leaving> leaving(List<Stage> stages, Stage after, Instant from, Instant to) {
        java.util.Map<Stage, Leaving> out = new java.util.EnumMap<>(Stage.class);
        stages.forEach(s -> out.put(s, new Leaving(new TimeIn(0, null), 0)));
        if (stages.isEmpty()) {
            return out;
        }
        StringBuilder next = new StringBuilder("CASE from_stage");
        for (int k = 0; k + 1 < stages.size(); k++) {
            next.append(" WHEN '").append(stages.get(k).key()).append("' THEN '").append(stages.get(k + 1).key()).append("'");
        }
        if (after != null) {
            next.append(" WHEN '").append(stages.getLast().key()).append("' THEN '").append(after.key()).append("'");
        }
        next.append(" END");
        long f = from.toEpochMilli();
        for (Object[] r : rows("SELECT from_stage, count(from_entered_at), median(changed_at - from_entered_at),"
                + " count(CASE WHEN to_stage = " + next + " AND from_entered_at >= ? AND (prev_pair_entered_at IS NULL OR prev_pair_entered_at < ?) THEN 1 END)"
                + " FROM report_move INDEXED BY report_move_out WHERE from_stage IN (" + keys(stages) + ") AND changed_at >= ? AND changed_at < ?"
                + " AND deal_live = 1" + moveFilter() + " GROUP BY 1", f, f, f, to.toEpochMilli())) {
            Long median = r[2] == null ? null : (long) Math.floor(((Number) r[2]).doubleValue());
            out.put(Stage.fromKey((String) r[0]), new Leaving(new TimeIn(i(r[1]), median), i(r[3])));
        }
        return out;
    }

    /** Open deals per stage, currency and expected close day: count and value in minor units. */
    /** @param valued how many of the group's deals have a value (the others count for nothing in its sum) */
    public record OpenGroup(Stage stage, LocalDate expectedClose, String currency, int count, long valueMinor, int valued) {}

    public List<OpenGroup> open() {
        Field<Long> sum = DSL.coalesce(DSL.sum(DEAL.VALUE_MINOR), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class);
        return ctx.select(DEAL.STAGE, DEAL.EXPECTED_CLOSE_ON, DEAL.CURRENCY, DSL.count(), sum, DSL.count(DEAL.VALUE_MINOR)).from(DEAL)
                .where(DEAL.DELETED_AT.isNull().and(DEAL.STAGE.in(Stage.LEAD.key(), Stage.PROSPECT.key(), Stage.OPPORTUNITY.key())).and(dealFilter()))
                .groupBy(DEAL.STAGE, DEAL.EXPECTED_CLOSE_ON, DEAL.CURRENCY)
                .fetch(r -> new OpenGroup(Stage.fromKey(r.value1()), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** How many deals are open now: in the report's currency, and in all. */
    public record OpenCounts(int inCurrency, int all) {
        public int elsewhere() {
            return all - inCurrency;
        }
    }

    /**
     * The open deals now, in {@code currency} and in all, in one pass (velocity multiplies those in
     * its currency by a deal size in it, and counts the others apart): from the board's index alone
     * unfiltered; with a filter each open deal is read once, where two counts read them twice (125
     * ms each for a source filter on 100,000 deals).
     */
    public OpenCounts openCounts(String currency) {
        org.jooq.Record2<Integer, Integer> r = ctx.select(DSL.count(), DSL.count(DSL.when(DEAL.CURRENCY.eq(currency), DSL.inline(1)))).from(DEAL)
                .where(DEAL.DELETED_AT.isNull().and(DEAL.STAGE.in(Stage.LEAD.key(), Stage.PROSPECT.key(), Stage.OPPORTUNITY.key())).and(dealFilter()))
                .fetchOne();
        return new OpenCounts(r.value2(), r.value1());
    }

    /** Won deals per close day and currency: count and final value (the estimate where none was recorded). */
    public record WonGroup(LocalDate closedOn, String currency, int count, long valueMinor) {}

    public List<WonGroup> wonByCloseDay() {
        Field<Long> sum = DSL.coalesce(DSL.sum(DSL.coalesce(DEAL.FINAL_VALUE_MINOR, DEAL.VALUE_MINOR)), DSL.inline(java.math.BigDecimal.ZERO))
                .cast(Long.class);
        return ctx.select(DEAL.CLOSED_ON, DEAL.CURRENCY, DSL.count(), sum).from(DEAL)
                .where(DEAL.DELETED_AT.isNull().and(DEAL.STAGE.eq(Stage.WON.key())).and(DEAL.CLOSED_ON.isNotNull()).and(dealFilter()))
                .groupBy(DEAL.CLOSED_ON, DEAL.CURRENCY)
                .fetch(r -> new WonGroup(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Open deals per stage and currency now: count and value in minor units. */
    public record StageTotal(Stage stage, String currency, int count, long valueMinor) {}

    public List<StageTotal> openNow() {
        Field<Long> sum = DSL.coalesce(DSL.sum(DEAL.VALUE_MINOR), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class);
        return ctx.select(DEAL.STAGE, DEAL.CURRENCY, DSL.count(), sum).from(DEAL)
                .where(DEAL.DELETED_AT.isNull().and(DEAL.STAGE.in(Stage.LEAD.key(), Stage.PROSPECT.key(), Stage.OPPORTUNITY.key())).and(dealFilter()))
                .groupBy(DEAL.STAGE, DEAL.CURRENCY)
                .fetch(r -> new StageTotal(Stage.fromKey(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Moves at or after {@code points[0]} into and out of an open stage, of deals in {@code
     * currency}, grouped by the stage, the direction and how many of the instants {@code points}
     * (ascending) are at or before the move: count and value of the deals in minor units. Each
     * group is one range of report_move by stage and time, counted and summed as it is read: no
     * sort and no expression per move (a GROUP BY over a bucket of the time sorted every move of
     * the period first).
     */
    public record StageMoves(Stage stage, boolean into, int pointsBefore, int count, long valueMinor) {}

    /** A deal open between its creation and a close it reached by its first move (see {@link #closedAtFirstMove}). */
    public record OpenUntilClosed(long createdAt, long closedAt, long valueMinor) {}

    /**
     * The live deals in {@code currency} that reached Won or Lost by their first move, later than they were made, and after
     * {@code from} (a deal imported closed, with the day it was made): open in between, in a stage nobody recorded, where
     * working back from the board through the moves never found them open.
     */
    public List<OpenUntilClosed> closedAtFirstMove(Instant from, Instant to, String currency) {
        List<OpenUntilClosed> out = new ArrayList<>();
        for (Object[] r : rows("SELECT deal_created_at, changed_at, coalesce(value_minor, 0) FROM report_move WHERE to_stage IN ('won', 'lost') "
                + "AND changed_at > ? AND from_stage IS NULL AND deal_live = 1 AND currency = ? AND deal_created_at < ? "
                + "AND deal_created_at < changed_at" + moveFilter(), from.toEpochMilli(), currency, to.toEpochMilli())) {
            out.add(new OpenUntilClosed(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return out;
    }

    public List<StageMoves> stageMoves(List<Instant> points, String currency) {
        List<StageMoves> out = new ArrayList<>();
        for (Stage s : List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY)) {
            for (boolean into : new boolean[] {true, false}) {
                String sql = "SELECT count(*), coalesce(sum(value_minor), 0) FROM report_move" + (into ? "" : " INDEXED BY report_move_out")
                        + " WHERE " + (into ? "to_stage" : "from_stage") + " = ? AND changed_at >= ? AND changed_at < ? AND deal_live = 1 AND currency = ?"
                        + moveFilter();
                ctx.connection(c -> {
                    try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, s.key());
                        ps.setString(4, currency);
                        for (int k = 1; k <= points.size(); k++) {
                            ps.setLong(2, points.get(k - 1).toEpochMilli());
                            ps.setLong(3, k < points.size() ? points.get(k).toEpochMilli() : Long.MAX_VALUE);
                            try (java.sql.ResultSet rs = ps.executeQuery()) {
                                if (rs.next() && rs.getInt(1) > 0) {
                                    out.add(new StageMoves(s, into, k, rs.getInt(1), rs.getLong(2)));
                                }
                            }
                        }
                    }
                });
            }
        }
        return out;
    }

    /**
     * The deals won or lost in the close days — each live deal whose stage is Won or Lost now, once,
     * on its close day (see {@link CloseDays}) — grouped by that stage, the part of the period, the
     * deal's source, owner and currency: the count, the value (the final value where there is one)
     * and how many had a value, and the sum of milliseconds from each deal's creation to the end
     * of its cycle over the {@code timed} deals whose cycle ended after it (a deal imported without
     * the day it was created counts as created on the import's day, which can be after it closed:
     * its cycle is not known). A deal won, moved back and won again counts once; one won and moved
     * back out of Won not at all.
     */
    public record ClosedGroup(Stage to, int part, String source, String owner, String currency, int count, long valueMinor, int valued,
            long sinceCreated, int timed) {}

    public List<ClosedGroup> closedGroups(CloseDays days) {
        String end = days.cycleEnd();
        return rows("SELECT stage, " + days.part() + ", source, owner, currency, count(*), coalesce(sum(coalesce(final_value_minor, value_minor)), 0),"
                + " count(coalesce(final_value_minor, value_minor)), coalesce(sum(CASE WHEN " + end + " >= created_at THEN " + end + " - created_at END), 0),"
                + " count(CASE WHEN " + end + " >= created_at THEN 1 END) FROM deal"
                + " WHERE deleted_at IS NULL AND stage IN ('won', 'lost') AND " + days.condition() + dealFilterSql() + " GROUP BY 1, 2, 3, 4, 5").stream()
                .map(r -> new ClosedGroup(Stage.fromKey((String) r[0]), i(r[1]), (String) r[2], (String) r[3], (String) r[4], i(r[5]), l(r[6]), i(r[7]),
                        l(r[8]), i(r[9])))
                .toList();
    }

    /** The filter on {@code deal} as SQL to append to a WHERE, nothing when it lets every deal through. */
    private String dealFilterSql() {
        Condition c = dealFilter();
        return c.equals(DSL.noCondition()) ? "" : " AND " + ctx.renderInlined(c);
    }

    /** The deals lost in the close days (see {@link #closedGroups}) by the reason recorded (null when none) and currency: count and estimated value. */
    public record LostGroup(String reason, String currency, int count, long valueMinor) {}

    // (stage IN ('won', 'lost') as well as stage = 'lost': the words the partial index of closed deals, V21, is used for.)
    public List<LostGroup> lostGroups(CloseDays days) {
        return rows("SELECT lost_reason, currency, count(*), coalesce(sum(value_minor), 0) FROM deal WHERE deleted_at IS NULL AND stage IN ('won', 'lost') AND stage = 'lost' AND "
                + days.condition() + dealFilterSql() + " GROUP BY 1, 2").stream()
                .map(r -> new LostGroup((String) r[0], (String) r[1], i(r[2]), l(r[3]))).toList();
    }

    /** The notes of the deals lost in the close days, each different note once with how often it was given, most often first. */
    public record LostNote(String reason, String note, int count) {}

    public List<LostNote> lostNotes(CloseDays days) {
        return rows("SELECT lost_reason, lost_note, count(*) FROM deal WHERE deleted_at IS NULL AND stage IN ('won', 'lost') AND stage = 'lost' AND lost_note IS NOT NULL AND "
                + days.condition() + dealFilterSql() + " GROUP BY 1, 2 ORDER BY 3 DESC, 2").stream()
                .map(r -> new LostNote((String) r[0], (String) r[1], i(r[2]))).toList();
    }
}
