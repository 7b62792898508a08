package com.funnelboard.store;

import com.funnelboard.domain.FieldVersion;
import com.funnelboard.domain.FieldVersions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * A record deleted on one installation while edited on another that did not know: decided from the
 * record's whole history (see {@link FieldVersions#decideDeletion}), listed for review on the
 * field deleted_at, and taken off the list once a delete made knowing the edit, or a restore, ends it.
 */
final class DeletionConflicts {

    private final DSLContext ctx;
    private final ShareHistory history;

    DeletionConflicts(DSLContext ctx, ShareHistory history) {
        this.ctx = ctx;
        this.history = history;
    }

    /** Tables whose rows can be deleted and edited by teammates at once: a delete and an edit that did not see each other are a conflict. */
    static final Set<String> DELETABLE = Set.of("deal", "contact", "organization");

    /**
     * Whether the row is deleted now, decided from its history, and the delete-and-edit conflict
     * (see {@link com.funnelboard.domain.FieldVersions#decideDeletion}), or null when its history
     * holds no value of deleted_at.
     */
    FieldVersions.Decision deletion(String tableName, String row) {
        Table<?> table = com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
        Map<String, Map<UUID, FieldVersion>> versions = new LinkedHashMap<>();
        String prefix = tableName + "\0" + row + "\0";
        for (Field<?> f : table.fields()) {
            if (!f.getName().equals("updated_at") && !f.getName().equals("created_at")) {
                versions.put(prefix + f.getName(), new LinkedHashMap<>());
            }
        }
        history.addLocalVersions(Map.of(tableName, Set.of(row)), versions);
        Map<UUID, FieldVersion> deletedAt = versions.remove(prefix + "deleted_at");
        if (deletedAt == null || deletedAt.isEmpty()) {
            return null;
        }
        // A row's creation carries every field; it is no edit (whoever deleted the row had it).
        List<FieldVersion> edits = new ArrayList<>();
        Set<UUID> creations = new HashSet<>(creations(tableName, row));
        for (Map<UUID, FieldVersion> field : versions.values()) {
            field.values().stream().filter(v -> !creations.contains(v.changeSet())).forEach(edits::add);
        }
        return FieldVersions.decideDeletion(deletedAt.values(), edits);
    }

    /** The change sets (local or received) that created the row whole. */
    private List<UUID> creations(String tableName, String row) {
        return ctx.fetch("SELECT change_set_id FROM change WHERE table_name = ? AND row_key = ? AND field = '*' UNION "
                + "SELECT change_set_id FROM received_change WHERE table_name = ? AND row_key = ? AND field = '*'", tableName, row, tableName, row)
                .map(r -> UUID.fromString(r.get(0, String.class)));
    }

    /**
     * Lists (or takes off the list) the rows of {@code slots} that were deleted on one installation
     * while edited on another that did not know, decided from their whole history, now written;
     * returns how many are listed. Only rows whose deleted_at a merged set changed, or that are
     * deleted here, can be in such a conflict.
     */
    int review(Set<String> slots, Set<String> listed, java.time.Instant now, Runnable checkCancelled) {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        Map<String, Set<String>> deletedAtChanged = new HashMap<>();
        for (String slot : slots) {
            String[] k = slot.split("\0", 3);
            if (DELETABLE.contains(k[0])) {
                rows.computeIfAbsent(k[0], t -> new TreeSet<>()).add(k[1]);
                if (k[2].equals("deleted_at")) {
                    deletedAtChanged.computeIfAbsent(k[0], t -> new HashSet<>()).add(k[1]);
                }
            }
        }
        int found = 0;
        for (Map.Entry<String, Set<String>> t : rows.entrySet()) {
            Set<String> candidates = new TreeSet<>(deletedAtChanged.getOrDefault(t.getKey(), Set.of()));
            candidates.addAll(history.deletedKeys(t.getKey(), new ArrayList<>(t.getValue())));
            for (String row : candidates) {
                checkCancelled.run();
                FieldVersions.Decision d = deletion(t.getKey(), row);
                if (d != null && d.inConflict()) {
                    found++;
                    history.markConflict(t.getKey(), row, "deleted_at", now);
                } else if (listed.contains(t.getKey() + "\0" + row + "\0deleted_at")) {
                    history.clearConflict(t.getKey(), row, "deleted_at");
                }
            }
        }
        return found;
    }
}
