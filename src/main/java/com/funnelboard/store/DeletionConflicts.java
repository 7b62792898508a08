package com.funnelboard.store;

import com.funnelboard.domain.FieldVersion;
import com.funnelboard.domain.FieldVersions;
import java.util.ArrayList;
import java.util.Collection;
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
        return deletion(tableName, row, Set.of());
    }

    /** As {@link #deletion(String, String)}, decided without the change sets {@code without} (a resolution undone, and its undo). */
    FieldVersions.Decision deletion(String tableName, String row, Set<UUID> without) {
        Table<?> table = com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
        Map<String, Map<UUID, FieldVersion>> versions = new LinkedHashMap<>();
        String prefix = tableName + "\0" + row + "\0";
        for (Field<?> f : table.fields()) {
            if (!f.getName().equals("updated_at") && !f.getName().equals("created_at")) {
                versions.put(prefix + f.getName(), new LinkedHashMap<>());
            }
        }
        history.addLocalVersions(Map.of(tableName, Set.of(row)), versions);
        versions.values().forEach(field -> field.keySet().removeAll(without));
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
        if (!mergedAway(tableName, row)) {
            for (Child child : CHILDREN.getOrDefault(tableName, List.of())) {
                childCreations(child, row).stream().filter(v -> !creations.contains(v.changeSet()) && !without.contains(v.changeSet()))
                        .forEach(edits::add);
            }
        }
        return FieldVersions.decideDeletion(deletedAt.values(), edits);
    }

    /** A row of {@code table} that belongs to a row of the parent table through {@code column}. */
    record Child(String table, String column) {}

    /**
     * What, added to a record, is an edit of it: a call logged on a deal, a follow-up set on it, a
     * deal or an address added to a contact, a contact or deal added to an organization. Added by
     * someone who had not seen the record's deletion, it is in conflict with that deletion like an
     * edit of one of its fields (else it would go to the trash with the record unseen).
     */
    static final Map<String, List<Child>> CHILDREN = Map.of(
            "deal", List.of(new Child("interaction", "deal_id"), new Child("follow_up", "deal_id")),
            "contact", List.of(new Child("interaction", "contact_id"), new Child("deal", "contact_id"), new Child("email_address", "contact_id"),
                    new Child("phone_number", "contact_id")),
            "organization", List.of(new Child("contact", "organization_id"), new Child("deal", "organization_id")));

    /** A contact merged into another: what teammates add to it is not a conflict with its deletion. */
    private boolean mergedAway(String tableName, String row) {
        return tableName.equals("contact") && ctx.fetchExists(ctx.selectOne().from("contact").where("id = ? AND merged_into IS NOT NULL", row));
    }

    /** The change sets (local or received) that created a row of {@code child} belonging to {@code parent}, as edits of the parent. */
    private List<FieldVersion> childCreations(Child child, String parent) {
        String rows = "SELECT id FROM " + child.table() + " WHERE " + child.column() + " = ?";
        return ctx.fetch("SELECT s.id, s.replica_id, CAST(s.hlc AS TEXT), s.seen, s.author FROM change c JOIN change_set s ON s.id = c.change_set_id "
                + "WHERE s.origin <> 'merge' AND c.table_name = ? AND c.field = '*' AND c.row_key IN (" + rows + ") UNION "
                + "SELECT s.id, s.replica_id, CAST(s.hlc AS TEXT), s.seen, s.author FROM received_change c "
                + "JOIN received_change_set s ON s.id = c.change_set_id "
                + "WHERE s.state = 'applied' AND c.table_name = ? AND c.field = '*' AND c.row_key IN (" + rows + ")",
                child.table(), parent, child.table(), parent)
                .map(r -> new FieldVersion(UUID.fromString(r.get(0, String.class)), UUID.fromString(r.get(1, String.class)),
                        Long.parseLong(r.get(2, String.class)), history.parseSeen(r.get(3, String.class)), "\"added\"", r.get(4, String.class)));
    }

    /**
     * The records deleted here that rows of {@code added} ("table\0key", rows a merge created) were
     * added to (see {@link #CHILDREN}), by table.
     */
    private Map<String, Set<String>> deletedParents(Collection<String> added) {
        Map<String, Set<String>> children = new HashMap<>();
        for (String rowKey : added) {
            String[] k = rowKey.split("\0", 2);
            children.computeIfAbsent(k[0], t -> new HashSet<>()).add(k[1]);
        }
        Map<String, Set<String>> out = new HashMap<>();
        CHILDREN.forEach((parent, kinds) -> {
            if (kinds.stream().noneMatch(child -> children.containsKey(child.table()))) {
                return;
            }
            // Driven by what is in the trash here (few rows, even beside a merge of a teammate's whole database).
            List<String> deleted = ctx.fetch("SELECT id FROM " + parent + " WHERE deleted_at IS NOT NULL").map(r -> r.get(0, String.class));
            for (Child child : kinds) {
                Set<String> keys = children.getOrDefault(child.table(), Set.of());
                for (int i = 0; i < deleted.size() && !keys.isEmpty(); i += 10_000) {
                    ctx.fetch("SELECT id, " + child.column() + " FROM " + child.table() + " WHERE " + child.column() + " IN (SELECT value FROM json_each(?))",
                            ScoreCache.json(deleted.subList(i, Math.min(deleted.size(), i + 10_000))))
                            .forEach(r -> {
                                if (keys.contains(r.get(0, String.class))) {
                                    out.computeIfAbsent(parent, t -> new TreeSet<>()).add(r.get(1, String.class));
                                }
                            });
                }
            }
        });
        return out;
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
     * deleted here, can be in such a conflict: rows of {@code slots} ("table\0key\0field", the fields
     * the merge decided) and the records that rows of {@code added} (rows it created) belong to.
     */
    int review(Set<String> slots, Collection<String> added, Set<String> listed, java.time.Instant now, Runnable checkCancelled) {
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
        deletedParents(added).forEach((table, keys) -> rows.computeIfAbsent(table, t -> new TreeSet<>()).addAll(keys));
        int found = 0;
        for (Map.Entry<String, Set<String>> t : rows.entrySet()) {
            Set<String> candidates = new TreeSet<>(deletedAtChanged.getOrDefault(t.getKey(), Set.of()));
            candidates.addAll(history.deletedKeys(t.getKey(), new ArrayList<>(t.getValue())));
            for (String row : candidates) {
                checkCancelled.run();
                FieldVersions.Decision d = deletion(t.getKey(), row);
                if (d != null && d.inConflict()) {
                    // One a rule settled (the row lives on, though the newest value says deleted) is not listed: not counted either
                    // (a merge said "1 conflict to review" and the list had none).
                    found += keptByARule(ctx, t.getKey(), row, d) ? 0 : 1;
                    history.markConflict(t.getKey(), row, "deleted_at", now);
                } else if (listed.contains(t.getKey() + "\0" + row + "\0deleted_at")) {
                    history.clearConflict(t.getKey(), row, "deleted_at");
                }
            }
        }
        return found;
    }

    /**
     * Whether a deletion's conflict is settled by a rule: the newest value says deleted, yet the row
     * lives (a contact two people merged into each other stays one of them); the conflicts list leaves it out.
     */
    static boolean keptByARule(DSLContext ctx, String table, String key, FieldVersions.Decision d) {
        if (d.winner().value() == null || d.winner().value().equals("null")) {
            return false;
        }
        return ctx.fetchOptional("SELECT 1 FROM " + ctx.render(org.jooq.impl.DSL.name(table)) + " WHERE id = ? AND deleted_at IS NULL", key).isPresent();
    }
}
