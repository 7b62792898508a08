package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.MERGE_CONFLICT;

import com.funnelboard.domain.FieldVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import tools.jackson.databind.JsonNode;

/**
 * What this database knows of the change sets that travel: which it has (its own log and what it
 * received), the values each field was given by them, and the received sets kept as they came.
 */
final class ShareHistory {

    private static final int CHUNK = 500;

    private final DSLContext ctx;

    ShareHistory(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Removes a received change set and its entries (one the user dropped while it waited: see {@link WaitingSets}). */
    void forget(UUID set) {
        ctx.execute("DELETE FROM received_change WHERE change_set_id = ?", set.toString());
        ctx.execute("DELETE FROM received_change_set WHERE id = ?", set.toString());
    }

    /** Whether a set held here as stamped far ahead is no longer ahead of {@code limit} (a stamp): a merge now would apply it. */
    boolean anyHeldDue(long limit) {
        return ctx.fetchExists(ctx.selectOne().from(org.jooq.impl.DSL.table("received_change_set"))
                .where(org.jooq.impl.DSL.field("state").eq("held").and(org.jooq.impl.DSL.field("hlc", Long.class).le(limit))));
    }

    /** The received sets held or waiting, with their entries, to be tried again. */
    List<SharedChanges.Set> notApplied() {
        List<SharedChanges.Set> out = new ArrayList<>();
        for (Record h : ctx.fetch("SELECT id, origin, author, replica_id, CAST(hlc AS TEXT), CAST(made_at AS TEXT), summary, seen FROM received_change_set "
                + "WHERE state <> 'applied' ORDER BY hlc")) {
            List<SharedChanges.Entry> entries = ctx.fetch("SELECT CAST(seq AS TEXT), table_name, row_key, field, new_value FROM received_change "
                    + "WHERE change_set_id = ? ORDER BY seq", h.get(0, String.class)).map(e -> new SharedChanges.Entry(Long.parseLong(e.get(0, String.class)),
                    e.get(1, String.class), e.get(2, String.class), e.get(3, String.class), e.get(4, String.class)));
            String seen = h.get(7, String.class);
            out.add(new SharedChanges.Set(UUID.fromString(h.get(0, String.class)), h.get(1, String.class), h.get(2, String.class),
                    UUID.fromString(h.get(3, String.class)), Long.parseLong(h.get(4, String.class)), Long.parseLong(h.get(5, String.class)), h.get(6, String.class), seen,
                    Map.copyOf(parseSeen(seen)), entries));
        }
        return out;
    }

    /**
     * Adds to {@code versions} the values this database's history gave the touched fields of
     * {@code rows} (table → keys): its own change sets but its merges (whose values are those of the
     * received sets), and the received sets it applied.
     */
    void addLocalVersions(Map<String, Set<String>> rows, Map<String, Map<UUID, FieldVersion>> versions) {
        for (Map.Entry<String, Set<String>> t : rows.entrySet()) {
            List<String> keys = new ArrayList<>(t.getValue());
            for (int i = 0; i < keys.size(); i += CHUNK) {
                List<String> part = keys.subList(i, Math.min(keys.size(), i + CHUNK));
                String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
                List<Object> binds = new ArrayList<>();
                binds.add(t.getKey());
                binds.addAll(part);
                binds.add(t.getKey());
                binds.addAll(part);
                for (Record r : ctx.fetch("SELECT s.id, s.replica_id, CAST(s.hlc AS TEXT), s.seen, s.author, c.row_key, c.field, c.new_value, c.seq, "
                        + "s.origin FROM change c JOIN change_set s ON s.id = c.change_set_id "
                        + "WHERE s.origin <> 'merge' AND c.table_name = ? AND c.row_key IN (" + marks + ") UNION ALL "
                        + "SELECT s.id, s.replica_id, CAST(s.hlc AS TEXT), s.seen, s.author, c.row_key, c.field, c.new_value, c.seq, s.origin "
                        + "FROM received_change c JOIN received_change_set s ON s.id = c.change_set_id "
                        + "WHERE s.state = 'applied' AND c.table_name = ? AND c.row_key IN (" + marks + ") ORDER BY 9", binds.toArray())) {
                    UUID set = UUID.fromString(r.get(0, String.class));
                    FieldVersion base = new FieldVersion(set, UUID.fromString(r.get(1, String.class)), Long.parseLong(r.get(2, String.class)),
                            parseSeen(r.get(3, String.class)), null, r.get(4, String.class), "undo".equals(r.get(9, String.class)));
                    String prefix = t.getKey() + "\0" + r.get(5, String.class) + "\0";
                    String field = r.get(6, String.class);
                    JsonNode value = Json.mapper().readTree(r.get(7, String.class));
                    if (ChangeRecorder.WHOLE_ROW.equals(field)) {
                        for (Map.Entry<String, JsonNode> p : value.properties()) {
                            add(versions, prefix + p.getKey(), base, p.getValue().toString());
                        }
                    } else {
                        add(versions, prefix + field, base, value.toString());
                    }
                }
            }
        }
    }

    private static void add(Map<String, Map<UUID, FieldVersion>> versions, String slot, FieldVersion base, String value) {
        Map<UUID, FieldVersion> field = versions.get(slot);
        if (field != null) {
            field.put(base.changeSet(), base.withValue(value));
        }
    }

    /** Which of {@code keys} are rows of {@code table} here. */
    List<String> existingKeys(String tableName, List<String> keys) {
        return keys(tableName, keys, "");
    }

    /** Which of {@code keys} are live (not deleted) rows of {@code table} here. */
    List<String> liveKeys(String tableName, List<String> keys) {
        return keys(tableName, keys, " AND deleted_at IS NULL");
    }

    /** Which of {@code keys} are deleted rows of {@code table} here. */
    List<String> deletedKeys(String tableName, List<String> keys) {
        return keys(tableName, keys, " AND deleted_at IS NOT NULL");
    }

    private List<String> keys(String tableName, List<String> keys, String condition) {
        Table<?> table = com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
        String pk = table.getPrimaryKey().getFields().getFirst().getName();
        List<String> out = new ArrayList<>();
        // Many keys per statement, as one JSON array: a merge may ask about a million.
        for (int i = 0; i < keys.size(); i += 50 * CHUNK) {
            List<String> part = keys.subList(i, Math.min(keys.size(), i + 50 * CHUNK));
            ctx.fetch("SELECT " + pk + " FROM " + tableName + " WHERE " + pk + " IN (SELECT value FROM json_each(?))" + condition,
                    ScoreCache.json(part)).forEach(r -> out.add(r.get(0, String.class)));
        }
        return out;
    }

    /**
     * Keeps the received sets as they came: new ones with their entries, retried ones with their new
     * state; those applied name the merge change set that applied them.
     */
    void store(List<SharedChanges.Set> candidates, Set<UUID> fresh, Map<UUID, String> state, UUID mergedBy, Map<String, String> digests) {
        var sets = ctx.batch(ctx.query("INSERT INTO received_change_set (id, origin, author, replica_id, hlc, made_at, summary, seen, state, "
                + "merged_by, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", null, null, null, null, null, null, null, null, null, null, null));
        boolean anySet = false;
        List<Object[]> entries = new ArrayList<>();
        for (SharedChanges.Set s : candidates) {
            String st = state.getOrDefault(s.id(), "applied");
            String by = st.equals("applied") && mergedBy != null ? mergedBy.toString() : null;
            if (!fresh.contains(s.id())) {
                ctx.execute("UPDATE received_change_set SET state = ?, merged_by = coalesce(merged_by, ?) WHERE id = ?", st, by,
                        s.id().toString());
                continue;
            }
            // The file's check value of the set, checked against its entries as they were read (null in a file without them).
            sets.bind(s.id().toString(), s.origin(), s.author(), s.replica().toString(), s.hlc(), s.madeAt(), s.summary(), s.seenJson(), st, by,
                    digests.get(s.id().toString()));
            anySet = true;
            for (SharedChanges.Entry e : s.entries()) {
                entries.add(new Object[] {s.id().toString(), e.seq(), e.table(), e.row(), e.field(), e.value()});
            }
        }
        if (anySet) {
            sets.execute();
        }
        if (!entries.isEmpty()) {
            ctx.connection(c -> {
                try (java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO received_change (change_set_id, seq, table_name, row_key, "
                        + "field, new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
                    int n = 0;
                    for (Object[] e : entries) {
                        for (int i = 0; i < e.length; i++) {
                            p.setObject(i + 1, e[i]);
                        }
                        p.addBatch();
                        if (++n % 5_000 == 0) {
                            p.executeBatch();
                        }
                    }
                    p.executeBatch();
                }
            });
        }
    }

    /**
     * Names, for the set-based part of a merge (see {@link MergeBulkRows}), the change sets being
     * applied and the whole rows of them that are not to be copied ("table\0key"), in two temporary
     * tables of this connection; {@link #unstage} drops them.
     */
    void stage(java.util.Collection<UUID> applied, java.util.Collection<String> skip) {
        ctx.execute("CREATE TEMP TABLE IF NOT EXISTS merge_set (id TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID");
        ctx.execute("CREATE TEMP TABLE IF NOT EXISTS merge_skip (table_name TEXT NOT NULL, row_key TEXT NOT NULL, PRIMARY KEY (table_name, row_key)) "
                + "WITHOUT ROWID");
        ctx.execute("DELETE FROM temp.merge_set");
        ctx.execute("DELETE FROM temp.merge_skip");
        ctx.connection(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO temp.merge_set (id) VALUES (?)")) {
                for (UUID id : applied) {
                    p.setString(1, id.toString());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (java.sql.PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO temp.merge_skip (table_name, row_key) VALUES (?, ?)")) {
                for (String k : skip) {
                    String[] parts = k.split("\0", 2);
                    p.setString(1, parts[0]);
                    p.setString(2, parts[1]);
                    p.addBatch();
                }
                p.executeBatch();
            }
        });
    }

    /** Drops the temporary tables of {@link #stage}. */
    void unstage() {
        ctx.execute("DROP TABLE IF EXISTS temp.merge_set");
        ctx.execute("DROP TABLE IF EXISTS temp.merge_skip");
    }

    /** The received sets a merge that in the end changed nothing applied name no merge. */
    void unmerged(UUID mergedBy) {
        ctx.execute("UPDATE received_change_set SET merged_by = NULL WHERE merged_by = ?", mergedBy.toString());
    }

    /** The share files merged whole here: a JSON object {SHA-256 of the file: its change sets}, the newest last. */
    static final String MERGED_FILES = "share.merged.files";
    /** How many such files are remembered (a team folder holds one per teammate). */
    private static final int MERGED_FILES_KEPT = 64;

    /** The change sets of the file with this digest when it was merged whole here before, else null. */
    Integer mergedBefore(LocalState local, String digest) {
        return local.get(MERGED_FILES).map(json -> {
            JsonNode n = Json.mapper().readTree(json).get(digest);
            return n == null ? null : n.intValue();
        }).orElse(null);
    }

    /** Remembers a file merged whole (nothing held or waiting): merging the same bytes again has nothing new. */
    void rememberMerged(LocalState local, String digest, int sets) {
        Map<String, Integer> files = new java.util.LinkedHashMap<>();
        local.get(MERGED_FILES).ifPresent(json -> Json.mapper().readTree(json).properties().forEach(p -> files.put(p.getKey(), p.getValue().intValue())));
        files.remove(digest);
        files.put(digest, sets);
        while (files.size() > MERGED_FILES_KEPT) {
            files.remove(files.keySet().iterator().next());
        }
        local.put(MERGED_FILES, Json.mapper().writeValueAsString(files));
    }

    /** Lists a field for review (once). */
    void markConflict(String table, String row, String field, java.time.Instant at) {
        ctx.insertInto(MERGE_CONFLICT, MERGE_CONFLICT.ID, MERGE_CONFLICT.TABLE_NAME, MERGE_CONFLICT.ROW_KEY, MERGE_CONFLICT.FIELD,
                MERGE_CONFLICT.FOUND_AT).values(UUID.randomUUID(), table, row, field, at).onConflictDoNothing().execute();
    }

    /** The fields on the review list, as "table\0row\0field". */
    Set<String> listedConflicts() {
        Set<String> out = new java.util.HashSet<>();
        ctx.selectFrom(MERGE_CONFLICT).fetch().forEach(r -> out.add(r.getTableName() + "\0" + r.getRowKey() + "\0" + r.getField()));
        return out;
    }

    /** Puts a conflict taken off the review list back on it, as it was (see {@link ConflictReopening}). */
    void reopenConflict(UUID id, String table, String row, String field, java.time.Instant foundAt) {
        ctx.insertInto(MERGE_CONFLICT, MERGE_CONFLICT.ID, MERGE_CONFLICT.TABLE_NAME, MERGE_CONFLICT.ROW_KEY, MERGE_CONFLICT.FIELD,
                MERGE_CONFLICT.FOUND_AT).values(id, table, row, field, foundAt).onConflictDoNothing().execute();
    }

    /** Takes the conflict with this id off the review list. */
    void dropConflict(UUID id) {
        ctx.deleteFrom(MERGE_CONFLICT).where(MERGE_CONFLICT.ID.eq(id)).execute();
    }

    /** Takes a field off the review list (one edit knowing every value replaced them). */
    void clearConflict(String table, String row, String field) {
        ctx.deleteFrom(MERGE_CONFLICT).where(MERGE_CONFLICT.TABLE_NAME.eq(table), MERGE_CONFLICT.ROW_KEY.eq(row),
                MERGE_CONFLICT.FIELD.eq(field)).execute();
    }

    /**
     * A large page cache for the merge's transaction (a merge may insert a million rows under
     * random keys, whose index pages the default 2 MB cache keeps re-reading), or back to SQLite's
     * default.
     */
    void largeCache(boolean on) {
        ctx.execute(on ? "PRAGMA cache_size = -1048576" : "PRAGMA cache_size = -" + ConnectionPool.CACHE_KIB);
    }

    /** Rows of a merge arrive in any order: references are checked when the transaction commits. */
    void deferForeignKeys() {
        ctx.execute("PRAGMA defer_foreign_keys = ON");
    }

    /** {replica: newest stamp} from its JSON form (null: nothing). */
    Map<UUID, Long> parseSeen(String json) {
        Map<UUID, Long> out = new HashMap<>();
        if (json != null) {
            for (Map.Entry<String, JsonNode> p : Json.mapper().readTree(json).properties()) {
                out.put(UUID.fromString(p.getKey()), p.getValue().longValue());
            }
        }
        return out;
    }

    String seenJson(Map<UUID, Long> seen) {
        Map<String, Long> sorted = new TreeMap<>();
        seen.forEach((k, v) -> sorted.put(k.toString(), v));
        return Json.mapper().writeValueAsString(sorted);
    }

    /** The row of {@code table} with key {@code key} as an updatable record, or null. */
    @SuppressWarnings("unchecked")
    static UpdatableRecord<?> load(DSLContext ctx, Table<?> table, String key) {
        Field<Object> pk = (Field<Object>) table.getPrimaryKey().getFields().getFirst();
        return (UpdatableRecord<?>) ctx.selectFrom(table).where(pk.eq(ChangeReverter.fromDatabase(pk, key))).fetchOne();
    }

    /** Sets a field from a JSON literal of its database value. */
    static void setJson(UpdatableRecord<?> row, Field<?> field, String json) {
        ChangeReverter.set(row, field, json);
    }
}
