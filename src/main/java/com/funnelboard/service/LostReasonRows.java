package com.funnelboard.service;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.store.ReportQueries;
import java.util.List;
import java.util.Map;

/** The lost-reasons report from the deals lost in a period: per reason, deals, value in one currency, the notes of Other. */
final class LostReasonRows {

    private LostReasonRows() {}

    static ReportService.LostReasons of(ReportService.Period p, String currency, List<ReportQueries.LostGroup> groups,
            List<ReportQueries.LostNote> lostNotes) {
        // Per reason: deals, value in the currency, deals in other currencies.
        Map<LostReason, long[]> counts = new java.util.EnumMap<>(LostReason.class);
        int other = 0;
        for (ReportQueries.LostGroup g : groups) {
            long[] n = counts.computeIfAbsent(reason(g.reason()), k -> new long[3]);
            n[0] += g.count();
            if (currency.equals(g.currency())) {
                n[1] += g.valueMinor();
            } else {
                n[2] += g.count();
                other += g.count();
            }
        }
        Map<String, Integer> notes = new java.util.LinkedHashMap<>();
        for (ReportQueries.LostNote n : lostNotes) {
            if (reason(n.reason()) == LostReason.OTHER && !n.note().isBlank()) {
                notes.merge(n.note().strip(), n.count(), Integer::sum);
            }
        }
        List<String> others = notes.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .map(Map.Entry::getKey).limit(ReportService.MAX_NOTES).toList();
        List<ReportService.LostReasonRow> rows = counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .map(e -> new ReportService.LostReasonRow(e.getKey(), (int) e.getValue()[0],
                        e.getValue()[2] == e.getValue()[0] ? null : new Money(e.getValue()[1], currency),
                        e.getKey() == LostReason.OTHER ? others : List.of(), (int) e.getValue()[2])).toList();
        return new ReportService.LostReasons(p, currency, rows, other);
    }

    private static LostReason reason(String key) {
        return key == null ? LostReason.OTHER : LostReason.parse(key).orElse(LostReason.OTHER);
    }
}
