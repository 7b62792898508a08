package com.funnelboard.service;

import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.ReportService.Period;
import com.funnelboard.service.ReportService.Pipeline;
import com.funnelboard.service.ReportService.PipelinePoint;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.store.ReportQueries;
import com.funnelboard.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pipeline over time ({@link ReportService#pipeline}), worked back from today's board through the stage history. */
final class PipelineReport {

    private static final List<Stage> OPEN = ReportService.OPEN;

    private PipelineReport() {}

    static Pipeline of(Store store, ZoneId zone, Period p, String currency, ReportFilter filter) {
        // Up to today: the weeks of a period that runs on into the future have no pipeline yet (they were drawn flat at today's).
        LocalDate today = LocalDate.ofInstant(store.clock().instant(), zone);
        LocalDate last = p.last().isAfter(today) ? today : p.last();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = p.first(); !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY || d.equals(last)) {
                days.add(d);
            }
        }
        List<Instant> points = days.stream().map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()).toList();
        return store.read(r -> {
            ReportQueries q = r.reports().filtered(filter);
            int n = points.size();
            long[][] value = new long[OPEN.size()][n];
            int[][] count = new int[OPEN.size()][n];
            // The open deals in other currencies at each point, worked back the same way: those open today were said of every
            // week, where a deal in dollars added last week was in none of a past quarter's weeks.
            int[] others = new int[n];
            for (ReportQueries.StageTotal t : q.openNow()) {
                if (!currency.equals(t.currency())) {
                    for (int k = 0; k < n; k++) {
                        others[k] += t.count();
                    }
                    continue;
                }
                int s = OPEN.indexOf(t.stage());
                for (int k = 0; k < n; k++) {
                    value[s][k] += t.valueMinor();
                    count[s][k] += t.count();
                }
            }
            // A move at or after point k (pointsBefore > k) is undone at k: into a stage takes the deal out, out of one puts it back.
            for (ReportQueries.StageMoves m : q.stageMoves(points, currency)) {
                int s = OPEN.indexOf(m.stage());
                int sign = m.into() ? -1 : 1;
                for (int k = 0; k < Math.min(m.pointsBefore(), n); k++) {
                    value[s][k] += sign * m.valueMinor();
                    count[s][k] += sign * m.count();
                }
            }
            // A deal imported already won or lost, with the day it was made, was open in between; its stage then is not known,
            // and it counts as a lead (it was in no past week: imported closed deals left the weeks before them short).
            if (n > 0) {
                int lead = OPEN.indexOf(Stage.LEAD);
                for (ReportQueries.OpenUntilClosed d : q.closedAtFirstMove(points.getFirst(), points.getLast(), currency)) {
                    for (int k = 0; k < n; k++) {
                        long t = points.get(k).toEpochMilli();
                        if (d.createdAt() <= t && t < d.closedAt()) {
                            value[lead][k] += d.valueMinor();
                            count[lead][k]++;
                        }
                    }
                }
            }
            for (String elsewhere : q.currencies()) {
                if (elsewhere.equals(currency)) {
                    continue;
                }
                for (ReportQueries.StageMoves m : q.stageMoves(points, elsewhere)) {
                    for (int k = 0; k < Math.min(m.pointsBefore(), n); k++) {
                        others[k] += (m.into() ? -1 : 1) * m.count();
                    }
                }
            }
            int other = java.util.Arrays.stream(others).max().orElse(0);
            List<PipelinePoint> out = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Map<Stage, Integer> deals = new java.util.EnumMap<>(Stage.class);
                Map<Stage, Money> money = new java.util.EnumMap<>(Stage.class);
                for (int s = 0; s < OPEN.size(); s++) {
                    deals.put(OPEN.get(s), count[s][k]);
                    money.put(OPEN.get(s), new Money(value[s][k], currency));
                }
                out.add(new PipelinePoint(days.get(k), java.util.Collections.unmodifiableMap(deals), java.util.Collections.unmodifiableMap(money)));
            }
            return new Pipeline(p, currency, List.copyOf(out), other);
        });
    }
}
