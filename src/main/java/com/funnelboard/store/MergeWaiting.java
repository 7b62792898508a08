package com.funnelboard.store;

import com.funnelboard.store.jooq.DefaultSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jooq.ForeignKey;
import tools.jackson.databind.JsonNode;

/**
 * Which received change sets a merge can apply now: a set that changes a row, or refers to one (a
 * deal's contact, a contact's organization), that is neither in this database nor added by a set
 * applied with it waits, and the later sets of its installation wait with it. Also which rows this
 * database has, looked up in batches and remembered.
 */
final class MergeWaiting {

    /** Each table's foreign keys: column → parent table. */
    private static final Map<String, List<String[]>> REFERENCES = new java.util.concurrent.ConcurrentHashMap<>();

    private final ShareHistory history;
    /** Each entry's value, parsed once for the whole merge. */
    private final Function<SharedChanges.Entry, JsonNode> parsed;
    private final Map<String, Set<String>> present = new HashMap<>();
    private final Map<String, Set<String>> asked = new HashMap<>();
    /** Of each set that waits for a row of its own (not behind another set of its installation), the first row it needs. */
    private final Map<UUID, String[]> missing = new HashMap<>();

    MergeWaiting(ShareHistory history, Function<SharedChanges.Entry, JsonNode> parsed) {
        this.history = history;
        this.parsed = parsed;
    }

    /** Whether this database has the row (among those the merge has asked about). */
    boolean has(String table, String key) {
        return present.getOrDefault(table, Set.of()).contains(key);
    }

    /**
     * Marks as waiting every set that needs a row neither here nor added by a set applied with it
     * (and the later sets of its installation), until nothing changes; returns the sets to apply, in
     * order.
     */
    List<SharedChanges.Set> settle(List<SharedChanges.Set> candidates, Map<UUID, String> state) {
        boolean changed = true;
        List<SharedChanges.Set> apply = List.of();
        while (changed) {
            changed = false;
            apply = candidates.stream().filter(s -> !state.containsKey(s.id())).toList();
            Map<String, Set<String>> added = new HashMap<>();
            Map<String, Set<String>> needed = new HashMap<>();
            for (SharedChanges.Set s : apply) {
                for (SharedChanges.Entry e : s.entries()) {
                    if (ChangeRecorder.WHOLE_ROW.equals(e.field())) {
                        added.computeIfAbsent(e.table(), t -> new HashSet<>()).add(e.row());
                    } else {
                        needed.computeIfAbsent(e.table(), t -> new HashSet<>()).add(e.row());
                    }
                    forEachReference(e, (t, key) -> needed.computeIfAbsent(t, x -> new HashSet<>()).add(key));
                }
            }
            load(needed, added);
            Set<UUID> tainted = new HashSet<>();
            for (SharedChanges.Set s : apply) {
                boolean missing = tainted.contains(s.replica());
                for (SharedChanges.Entry e : s.entries()) {
                    if (missing) {
                        break;
                    }
                    if (!ChangeRecorder.WHOLE_ROW.equals(e.field()) && !has(e.table(), e.row())
                            && !added.getOrDefault(e.table(), Set.of()).contains(e.row())) {
                        missing = true;
                        this.missing.put(s.id(), new String[] {e.table(), e.row()});
                    }
                    String[] gone = {null, null};
                    forEachReference(e, (t, key) -> {
                        if (gone[0] == null && !has(t, key) && !added.getOrDefault(t, Set.of()).contains(key)) {
                            gone[0] = t;
                            gone[1] = key;
                        }
                    });
                    if (!missing && gone[0] != null) {
                        missing = true;
                        this.missing.put(s.id(), gone);
                    }
                }
                if (missing) {
                    state.put(s.id(), "waiting");
                    tainted.add(s.replica());
                    changed = true;
                }
            }
        }
        return apply;
    }

    /** The table and key of the first row {@code set} waits for, when it waits for one of its own; else null. */
    String[] missingOf(UUID set) {
        return missing.get(set);
    }

    /** Looks up which of the rows needed or added are here, each row asked once. */
    private void load(Map<String, Set<String>> needed, Map<String, Set<String>> added) {
        Map<String, Set<String>> all = new HashMap<>();
        needed.forEach((t, keys) -> all.computeIfAbsent(t, x -> new HashSet<>()).addAll(keys));
        added.forEach((t, keys) -> all.computeIfAbsent(t, x -> new HashSet<>()).addAll(keys));
        for (Map.Entry<String, Set<String>> e : all.entrySet()) {
            Set<String> done = asked.computeIfAbsent(e.getKey(), x -> new HashSet<>());
            List<String> todo = e.getValue().stream().filter(k -> !done.contains(k)).toList();
            done.addAll(todo);
            present.computeIfAbsent(e.getKey(), x -> new HashSet<>()).addAll(history.existingKeys(e.getKey(), todo));
        }
    }

    /** The rows an entry refers to through foreign keys (a deal's contact, a contact's organization). */
    private void forEachReference(SharedChanges.Entry e, BiConsumer<String, String> to) {
        List<String[]> refs = REFERENCES.computeIfAbsent(e.table(), t -> {
            List<String[]> out = new ArrayList<>();
            for (ForeignKey<?, ?> fk : DefaultSchema.DEFAULT_SCHEMA.getTable(t).getReferences()) {
                out.add(new String[] {fk.getFields().getFirst().getName(), fk.getKey().getTable().getName()});
            }
            return out;
        });
        for (String[] ref : refs) {
            boolean whole = ChangeRecorder.WHOLE_ROW.equals(e.field());
            if (!whole && !e.field().equals(ref[0])) {
                continue;
            }
            if (whole) {
                String key = MergeBulkRows.reference(e.value(), ref[0]);
                if (key != null) {
                    if (!key.isEmpty()) {
                        to.accept(ref[1], key);
                    }
                    continue;
                }
            }
            JsonNode v = parsed.apply(e);
            JsonNode key = whole ? v.get(ref[0]) : v;
            if (key != null && key.isString()) {
                to.accept(ref[1], key.asString());
            }
        }
    }
}
