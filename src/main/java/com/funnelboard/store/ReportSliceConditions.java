package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.ReportSlice;
import com.funnelboard.domain.Stage;
import java.util.Arrays;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * A report's bar as a condition on {@code deal}: the deals the bar counts, read with the same
 * predicates as the report (the summary of the stage history for the funnel, the deal's own fields
 * for the lost reasons and the forecast), and the report's filters.
 */
final class ReportSliceConditions {

    private static final String KEY = ReportQueries.DEAL_KEY.formatted("deal.id");

    private ReportSliceConditions() {}

    static Condition of(ReportSlice slice) {
        Condition filter = ReportQueries.dealCondition(slice.filter());
        return switch (slice) {
            case ReportSlice.Entered e when e.from() == null -> filter.and(DSL.condition(KEY + " IN (SELECT deal_key FROM report_move WHERE to_stage = {0}"
                    + " AND changed_at >= {1} AND changed_at < {2} AND (prev_entry_at IS NULL OR prev_entry_at < {1}))",
                    DSL.val(e.stage().key()), DSL.val(e.start().toEpochMilli()), DSL.val(e.end().toEpochMilli())));
            case ReportSlice.Entered e -> filter.and(DSL.condition(KEY + " IN (SELECT deal_key FROM report_move WHERE from_stage = {0}"
                    + " AND to_stage = {1} AND changed_at >= {2} AND changed_at < {3} AND from_entered_at >= {2})",
                    DSL.val(e.from().key()), DSL.val(e.stage().key()), DSL.val(e.start().toEpochMilli()), DSL.val(e.end().toEpochMilli())));
            case ReportSlice.Lost l -> filter.and(DEAL.STAGE.eq(Stage.LOST.key()))
                    .and(DSL.condition(CloseDays.closedIn("deal.", l.first(), l.last(), l.start(), l.end()) + " AND " + reason(l.reason())));
            case ReportSlice.ClosingIn c -> filter.and(DEAL.STAGE.in(Stage.LEAD.key(), Stage.PROSPECT.key(), Stage.OPPORTUNITY.key()))
                    .and(DEAL.CURRENCY.eq(c.currency())).and(DEAL.EXPECTED_CLOSE_ON.between(c.month().atDay(1), c.month().atEndOfMonth()));
            case ReportSlice.WonIn w -> filter.and(DEAL.STAGE.eq(Stage.WON.key())).and(DEAL.CURRENCY.eq(w.currency()))
                    .and(DEAL.CLOSED_ON.between(w.month().atDay(1), w.month().atEndOfMonth()));
        };
    }

    /**
     * The deals whose recorded reason reads as {@code reason} (as the report reads it: ignoring case,
     * spaces and dashes; Other also takes no reason and one this version does not know).
     */
    private static String reason(LostReason reason) {
        String name = "upper(replace(replace(trim(deal.lost_reason), '-', '_'), ' ', '_'))";
        if (reason != LostReason.OTHER) {
            return name + " = '" + reason.name() + "'";
        }
        String known = String.join(", ", Arrays.stream(LostReason.values()).filter(r -> r != LostReason.OTHER)
                .map(r -> "'" + r.name().toUpperCase(Locale.ROOT) + "'").toList());
        return "(deal.lost_reason IS NULL OR " + name + " NOT IN (" + known + "))";
    }
}
