package com.funnelboard.service;

import com.funnelboard.domain.ChangeSetEntry;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A shared setting held as a JSON document (the scoring rules, the ideal customer profile) as History says its change. */
final class HistorySettings {

    private HistorySettings() {}

    private static String name(String key) {
        return key.equals(com.funnelboard.store.ScoringSettings.RULES) ? "Scoring rules"
                : key.equals(com.funnelboard.store.ScoringSettings.PROFILE) ? "Ideal customer profile" : key;
    }

    /**
     * A shared setting held as a JSON document (the scoring rules, the customer profile), said value by value: "Scoring rules:
     * points.form-filled 10 → 12" — it gave both documents whole, forty lines as "Value { … } → { … }". Null for any other.
     */
    static String said(ChangeSetEntry.FieldChange f, JsonNode old, JsonNode now) {
        if (!f.table().equals("settings") || now == null || !now.isString() || old != null && !old.isNull() && !old.isString()) {
            return null;
        }
        if (old == null || old.isNull()) {
            // Set for the first time: changed from the defaults it stood at.
            String defaults = f.row().equals(com.funnelboard.store.ScoringSettings.RULES)
                    ? com.funnelboard.store.ScoringSettings.write(com.funnelboard.domain.scoring.ScoringRules.DEFAULTS)
                    : f.row().equals(com.funnelboard.store.ScoringSettings.PROFILE)
                    ? com.funnelboard.store.ScoringSettings.write(com.funnelboard.domain.scoring.IdealCustomerProfile.DEFAULTS) : "{}";
            old = tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(defaults);
        }
        try {
            JsonNode before = read(old.asString());
            JsonNode after = read(now.asString());
            if (!before.isObject() || !after.isObject()) {
                return null;
            }
            List<String> changed = JsonThreeWay.changes(before, after);
            String what = name(f.row());
            int shown = Math.min(changed.size(), 6);
            return what + ": " + (changed.isEmpty() ? "written again, unchanged" : String.join("; ", changed.subList(0, shown))
                    + (changed.size() > shown ? "; and " + (changed.size() - shown) + " more" : ""));
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static JsonNode read(String json) {
        return HistoryValues.read(json);
    }
}
