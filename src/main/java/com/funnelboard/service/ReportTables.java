package com.funnelboard.service;

import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Each report as the table its CSV file holds: the same columns from the command line and from the page's "Export CSV…". */
public final class ReportTables {

    private ReportTables() {}

    private static String plain(Money m) {
        return m == null ? "" : m.amount().toPlainString();
    }

    private static String number(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.4f", d);
    }

    public static ReportTable funnel(ReportService.Funnel f) {
        List<List<String>> cells = new ArrayList<>();
        ReportService.FunnelStage before = null;
        for (ReportService.FunnelStage st : f.stages()) {
            cells.add(List.of(st.stage().key(), Integer.toString(st.entered()), Integer.toString(st.fromPrevious()),
                    Integer.toString(st.direct()), number(st.conversionFrom(before)),
                    st.medianTime() == null ? "" : String.format(Locale.ROOT, "%.2f", st.medianTime().toMinutes() / 1440.0),
                    Integer.toString(st.left())));
            before = st;
        }
        return new ReportTable(List.of("stage", "entered", "from_previous", "direct", "conversion", "median_days_in_stage", "left"), cells, Set.of());
    }

    /** The win rates by group, the first row (all) also with the page's figures: deal size, cycle, open deals, velocity. */
    public static ReportTable velocity(ReportService.Velocity v) {
        List<List<String>> cells = new ArrayList<>();
        List<String> all = new ArrayList<>(rateRow("all", v.overall()).subList(0, 5));
        all.addAll(List.of(plain(v.averageDealSize()), v.cycleDays() == null ? "" : String.format(Locale.ROOT, "%.1f", v.cycleDays()),
                Integer.toString(v.openDeals()), plain(v.perDay()), v.currency()));
        cells.add(all);
        v.byMonth().forEach(w -> cells.add(rateRow("month", w)));
        v.bySource().forEach(w -> cells.add(rateRow("source", w)));
        v.byOwner().forEach(w -> cells.add(rateRow("owner", w)));
        return new ReportTable(List.of("by", "group", "won", "lost", "win_rate", "average_deal_size", "cycle_days", "open_deals",
                "velocity_per_day", "currency"), cells, Set.of(1));
    }

    private static List<String> rateRow(String by, ReportService.WinRate w) {
        return List.of(by, w.group(), Integer.toString(w.won()), Integer.toString(w.lost()), number(w.rate()), "", "", "", "", "");
    }

    /** The forecast's row of the open deals with no expected close date, in its month column. */
    public static final String NO_CLOSE_DATE = "no close date";

    public static ReportTable forecast(ReportService.Forecast f) {
        List<List<String>> cells = new ArrayList<>(f.months().stream().map(m -> List.of(m.month().toString(),
                Integer.toString(m.openDeals()), plain(m.weighted()), plain(m.unweighted()), Integer.toString(m.wonDeals()), plain(m.won()),
                f.currency())).toList());
        if (f.undatedDeals() > 0) {
            // Named, and written as the months' rows are (its month was empty, its unweighted value missing and its won "0").
            cells.add(List.of(NO_CLOSE_DATE, Integer.toString(f.undatedDeals()), plain(f.undatedWeighted()), plain(f.undatedUnweighted()), "0",
                    plain(new com.funnelboard.domain.Money(0, f.currency())), f.currency()));
        }
        return new ReportTable(List.of("month", "open_deals", "weighted", "unweighted", "won_deals", "won", "currency"), cells, Set.of());
    }

    /**
     * The moves that went past a failing checklist, one a row: when (to the millisecond, with the user's offset), the deal, its
     * owner, the move, who made it, the reason written and the required items that did not hold ("; " between them). A manager
     * could not hand them on: the report wrote no CSV.
     */
    public static ReportTable overrides(List<com.funnelboard.domain.OverriddenMove> moves, java.time.ZoneId zone) {
        java.time.format.DateTimeFormatter moment = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
        List<List<String>> cells = new ArrayList<>();
        for (com.funnelboard.domain.OverriddenMove m : moves) {
            cells.add(java.util.Arrays.asList(moment.format(m.at().atZone(zone)), m.title(), m.dealId().toString(), m.owner() == null ? "" : m.owner(),
                    m.from() == null ? "" : m.from().key(), m.to().key(), m.by() == null ? "" : m.by(), m.reason(), String.join("; ", m.unmet())));
        }
        return new ReportTable(List.of("at", "deal", "deal_id", "owner", "from", "to", "by", "reason", "unmet"), cells, Set.of(1, 3, 6, 7, 8));
    }

    public static ReportTable lost(ReportService.LostReasons l) {
        List<List<String>> cells = new ArrayList<>();
        for (ReportService.LostReasonRow r : l.rows()) {
            // A value only of the deals in the currency; those in others are counted in their own column.
            cells.add(List.of(r.reason().key(), Integer.toString(r.deals()), plain(r.value()), l.currency(), "",
                    Integer.toString(r.otherCurrencies())));
            r.notes().forEach(n -> cells.add(List.of(r.reason().key(), "", "", "", n, "")));
        }
        return new ReportTable(List.of("reason", "deals", "value", "currency", "note", "deals_in_other_currencies"), cells, Set.of(4));
    }

    public static ReportTable pipeline(ReportService.Pipeline p) {
        List<List<String>> cells = new ArrayList<>();
        for (ReportService.PipelinePoint pt : p.points()) {
            List<String> row = new ArrayList<>(List.of(pt.day().toString()));
            for (Stage st : ReportService.OPEN) {
                row.add(Integer.toString(pt.deals().get(st)));
                row.add(plain(pt.value().get(st)));
            }
            row.add(plain(pt.total(p.currency())));
            row.add(p.currency());
            cells.add(row);
        }
        return new ReportTable(List.of("day", "lead_deals", "lead_value", "prospect_deals", "prospect_value", "opportunity_deals",
                "opportunity_value", "total_value", "currency"), cells, Set.of());
    }
}
