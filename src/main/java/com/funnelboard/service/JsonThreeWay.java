package com.funnelboard.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one side changed in a JSON document, laid onto the document as it is now: each value (an object's member, down to
 * the leaves; a list whole) that {@code mine} changed from {@code base} takes mine's, every other stays as {@code now} has
 * it. A form that saved the whole document it had shown wrote back the values changed beside it meanwhile (a teammate's
 * merged scoring rule, a command's).
 */
final class JsonThreeWay {

    private JsonThreeWay() {}

    /** The document to write, and the paths changed beside the form that it keeps ("points.decay"). */
    record Merged(JsonNode document, List<String> keptFromNow) {}

    static Merged merge(JsonNode base, JsonNode mine, JsonNode now) {
        List<String> kept = new ArrayList<>();
        JsonNode merged = merge(base, mine, now, "", kept);
        return new Merged(merged, kept);
    }

    /**
     * What {@code now} changed from {@code base}, value by value, in words: "points.form-filled 10 → 12", "industries [\"Software\"] →
     * [\"Software\",\"Fintech\"]"; a value added or removed reads "—" on its side.
     */
    static List<String> changes(JsonNode base, JsonNode now) {
        List<String> paths = new ArrayList<>();
        differences(base, now, "", paths);
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            out.add((path.isEmpty() ? "" : path + " ") + words(at(base, path)) + " \u2192 " + words(at(now, path)));
        }
        return out;
    }

    private static JsonNode at(JsonNode doc, String path) {
        JsonNode n = doc;
        for (String key : path.isEmpty() ? new String[0] : path.split("\\.")) {
            n = n == null ? null : n.get(key);
        }
        return n;
    }

    private static String words(JsonNode v) {
        return v == null || v.isNull() ? "\u2014" : v.isString() ? v.asString() : v.toString();
    }

    /** The paths of the values {@code now} has changed from {@code base}, down to an object's members. */
    private static void differences(JsonNode base, JsonNode now, String path, List<String> into) {
        if (base.equals(now)) {
            return;
        }
        if (base instanceof ObjectNode b && now instanceof ObjectNode n) {
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            b.properties().forEach(e -> keys.add(e.getKey()));
            n.properties().forEach(e -> keys.add(e.getKey()));
            for (String key : keys) {
                String at = path.isEmpty() ? key : path + "." + key;
                JsonNode x = b.get(key);
                JsonNode y = n.get(key);
                if (x == null || y == null) {
                    into.add(at);
                } else {
                    differences(x, y, at, into);
                }
            }
            return;
        }
        into.add(path);
    }

    private static JsonNode merge(JsonNode base, JsonNode mine, JsonNode now, String path, List<String> kept) {
        if (mine.equals(base)) {
            differences(base, now, path, kept);
            return now; // untouched here: as it is now
        }
        if (!(base instanceof ObjectNode b) || !(mine instanceof ObjectNode m) || !(now instanceof ObjectNode n)) {
            return mine; // changed here: mine
        }
        ObjectNode out = n.deepCopy();
        for (Map.Entry<String, JsonNode> e : m.properties()) {
            String key = e.getKey();
            JsonNode before = b.get(key);
            JsonNode there = n.get(key);
            String at = path.isEmpty() ? key : path + "." + key;
            if (before == null || there == null) {
                if (!e.getValue().equals(before)) {
                    out.set(key, e.getValue());
                }
                continue;
            }
            out.set(key, merge(before, e.getValue(), there, at, kept));
        }
        for (Map.Entry<String, JsonNode> e : b.properties()) {
            if (!m.has(e.getKey())) {
                out.remove(e.getKey()); // taken out here
            }
        }
        return out;
    }
}
