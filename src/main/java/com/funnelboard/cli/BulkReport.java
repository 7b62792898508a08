package com.funnelboard.cli;

import com.funnelboard.service.BulkDeals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command acting on many deals says: how many it changed (one change set, one undo), how many were as asked
 * already, and each deal it left as it was with why — every one of them, a line each, so a script's log holds them.
 * Exit 0 when it changed any deal or all were as asked; exit 2 when it changed none and left some.
 */
final class BulkReport {

    private BulkReport() {}

    /**
     * @param did the sentence's start for what changed, such as "Moved" (followed by "12 deals")
     * @param rest what follows the count, such as " to Prospect"
     */
    static int print(Session s, BulkDeals.Outcome o, String did, String rest) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("changed", o.changed());
        doc.put("unchanged", o.unchanged());
        List<Object> skipped = new ArrayList<>();
        for (BulkDeals.Skipped k : o.skipped()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", k.deal().toString());
            row.put("title", k.title());
            row.put("why", k.why());
            skipped.add(row);
        }
        doc.put("skipped", skipped);
        s.console().result(doc, () -> {
            s.console().line(o.changed() == 0 ? "Nothing was changed." : did + " " + deals(o.changed()) + rest
                    + (o.changed() > 1 ? " as one change ('funnelboard undo' takes all of it back)." : "."));
            if (o.unchanged() > 0) {
                s.console().line(deals(o.unchanged()) + (o.unchanged() == 1 ? " was" : " were") + " as asked already.");
            }
            if (!o.skipped().isEmpty()) {
                s.console().line("Left as " + (o.skipped().size() == 1 ? "it was" : "they were") + ":");
                for (BulkDeals.Skipped k : o.skipped()) {
                    s.console().line("  " + Session.shortId(k.deal()) + "  " + (k.title() == null ? "" : "\u201C" + k.title() + "\u201D: ") + k.why());
                }
            }
        });
        return o.changed() == 0 && !o.skipped().isEmpty() ? ExitCodes.REFUSED : ExitCodes.OK;
    }

    static String deals(int n) {
        return String.format("%,d", n) + (n == 1 ? " deal" : " deals");
    }
}
