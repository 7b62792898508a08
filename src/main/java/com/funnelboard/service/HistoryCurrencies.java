package com.funnelboard.service;

import com.funnelboard.domain.ChangeSetEntry;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The currency each History line's amounts are in: the deal's as of that change set (amounts are stored without it). */
final class HistoryCurrencies {

    private HistoryCurrencies() {}

    /** A deal's currency before this very change set changed it, if it did. */
    static java.util.Optional<String> before(ChangeSetEntry set, String row) {
        return set.changes().stream().filter(f -> f.row().equals(row) && f.table().equals("deal") && f.field().equals("currency")
                && !f.isNewRow() && f.oldValue() != null).map(f -> read(f.oldValue())).filter(v -> v.isString()).map(JsonNode::asString).findFirst();
    }

    /**
     * The currencies of deals as they were at each change set of {@code newestFirst}: the deal's currency now, unless a later
     * set changed it, then the one it had before that (a value edited in yen read in euros once the deal went to euros).
     */
    static java.util.Map<ChangeSetEntry, java.util.Map<String, String>> atEach(List<ChangeSetEntry> newestFirst) {
        java.util.Map<ChangeSetEntry, java.util.Map<String, String>> at = new java.util.IdentityHashMap<>();
        java.util.Map<String, String> changedLater = new java.util.HashMap<>();
        for (ChangeSetEntry set : newestFirst) {
            at.put(set, java.util.Map.copyOf(changedLater));
            for (ChangeSetEntry.FieldChange f : set.changes()) {
                before(set, f.row()).ifPresent(c -> changedLater.put(f.row(), c));
            }
        }
        return at;
    }

    /** A deal's currency as this very change set sets it (a new deal, a currency change). */
    static java.util.Optional<String> setIn(ChangeSetEntry set, String row) {
        for (ChangeSetEntry.FieldChange f : set.changes()) {
            if (f.row().equals(row) && f.table().equals("deal")) {
                if (f.field().equals("currency") && f.newValue() != null) {
                    return java.util.Optional.of(read(f.newValue()).asString());
                }
                if (f.isNewRow()) {
                    JsonNode c = read(f.newValue()).get("currency");
                    if (c != null && c.isString()) {
                        return java.util.Optional.of(c.asString());
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static JsonNode read(String json) {
        return HistoryValues.read(json);
    }
}
