package com.funnelboard.store;

import com.funnelboard.store.ChangeRecorder.NewRows;
import com.funnelboard.store.jooq.tables.records.ChangeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdatableRecord;

/**
 * The bulk insert paths of the {@link ChangeRecorder} (and used by it alone): many new rows bound
 * to prepared batches, staged in a temporary table when many, or copied by one INSERT … SELECT,
 * each row recorded whole in the transaction's {@link ChangeSetLog}, set-based where it can be
 * (an import or a merge writes millions).
 */
final class BulkInserts {

    /** Rows per JDBC batch. */
    private static final int BATCH = 1_000;

    private final DSLContext ctx;
    private final Instant now;
    private final ChangeSetLog log;

    BulkInserts(DSLContext ctx, Instant now, ChangeSetLog log) {
        this.ctx = ctx;
        this.now = now;
        this.log = log;
    }

    /** The kinds of row whose insert triggers defer their document, with the SQL that writes the documents of those added after a rowid. */
    private static final List<String[]> DEFERRED_KINDS = List.of(
            new String[] {"contact", "c.name, concat_ws(' ', c.title, c.tags, c.notes, "
                + "(SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL), "
                + "(SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone, "
                + "' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ') "
                + "FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))"},
            new String[] {"organization", "c.name, concat_ws(' ', c.website, c.industry, c.address)"},
            new String[] {"deal", "c.title, concat_ws(' ', c.source, c.lost_note, c.notes)"},
            new String[] {"interaction", "c.kind, coalesce(c.note, '')"});

    /** The last rowid of each kind's table when the search documents were deferred; null when they are not. */
    private long[] deferredSince;
    /** The last rowid of stage_change then: the report rows of the deals moved since are written at the end too (schema V19). */
    private long movesSince;

    /** See {@link ChangeRecorder#deferSearch}. */
    void deferSearch() {
        if (deferredSince != null) {
            return;
        }
        long[] marks = new long[DEFERRED_KINDS.size()];
        ctx.connection(c -> {
            for (int i = 0; i < marks.length; i++) {
                marks[i] = BulkSql.lastRowid(c, DEFERRED_KINDS.get(i)[0]);
            }
            movesSince = BulkSql.lastRowid(c, "stage_change");
            try (java.sql.PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO local_setting (key, value, updated_at) VALUES (?, '', ?)")) {
                p.setString(1, SearchIndex.DEFERRED);
                p.setLong(2, now.toEpochMilli());
                p.executeUpdate();
            }
        });
        deferredSince = marks;
    }

    /**
     * See {@link ChangeRecorder#writeDeferredSearch}: ends the deferral, then writes, one statement
     * per kind, the document of every live row added since that has none (a row updated in between
     * got its document from its update trigger), exactly as the insert trigger would have.
     */
    void writeDeferredSearch() {
        if (deferredSince == null) {
            return;
        }
        long[] marks = deferredSince;
        deferredSince = null;
        long start = System.nanoTime();
        ctx.connection(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement("DELETE FROM local_setting WHERE key = ?")) {
                p.setString(1, SearchIndex.DEFERRED);
                p.executeUpdate();
            }
            if (BulkSql.lastRowid(c, "stage_change") > movesSince) {
                try (java.sql.Statement s = c.createStatement()) {
                    for (String sql : ReportMoves.rewriteForDealsMovedSince(movesSince)) {
                        s.executeUpdate(sql);
                    }
                }
            }
            for (int i = 0; i < marks.length; i++) {
                String kind = DEFERRED_KINDS.get(i)[0];
                if (BulkSql.lastRowid(c, kind) == marks[i]) {
                    continue;
                }
                long docs = BulkSql.lastRowid(c, "search_doc");
                try (java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO search_doc (kind, ref) SELECT '" + kind + "', c.id FROM \""
                        + kind + "\" c WHERE c.rowid > ? AND c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.kind = '"
                        + kind + "' AND d.ref = c.id) ORDER BY c.rowid")) {
                    p.setLong(1, marks[i]);
                    p.executeUpdate();
                }
                try (java.sql.Statement s = c.createStatement()) {
                    // Index the documents in large runs (64 MB of terms kept in memory, not 1 MB) and merge
                    // the index's segments 16 at a time rather than 4: a million contacts' documents took
                    // 22 s instead of 27 s in the import benchmark, with the same index size and query times.
                    s.execute("INSERT INTO search (search, rank) VALUES ('hashsize', " + BULK_HASH_SIZE + ")");
                    s.execute("INSERT INTO search (search, rank) VALUES ('automerge', " + BULK_AUTOMERGE + ")");
                }
                try (java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO search (rowid, title, body) SELECT d.docid, "
                        + DEFERRED_KINDS.get(i)[1] + " FROM search_doc d JOIN \"" + kind + "\" c ON c.id = d.ref WHERE d.docid > ? AND d.kind = '"
                        + kind + "' ORDER BY d.docid")) {
                    p.setLong(1, docs);
                    p.executeUpdate();
                } finally {
                    try (java.sql.Statement s = c.createStatement()) {
                        s.execute("INSERT INTO search (search, rank) VALUES ('hashsize', " + DEFAULT_HASH_SIZE + ")");
                        s.execute("INSERT INTO search (search, rank) VALUES ('automerge', " + DEFAULT_AUTOMERGE + ")");
                    }
                }
            }
        });
        LOG.info("Wrote the search documents of the bulk write in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BulkInserts.class);

    /** The search index's settings while a bulk write's documents go in, and SQLite's defaults it returns to. */
    static final int BULK_HASH_SIZE = 64 << 20;
    static final int BULK_AUTOMERGE = 16;
    static final int DEFAULT_HASH_SIZE = 1 << 20;
    static final int DEFAULT_AUTOMERGE = 4;

    /** The CREATE statements of the indexes {@link #holdBackIndexes} dropped, to run again; empty when none are held back. */
    private final Map<String, String> heldIndexes = new LinkedHashMap<>();

    /** See {@link ChangeRecorder#holdBackIndexes}. */
    void holdBackIndexes(String table, List<String> names) {
        Map<String, String> found = new LinkedHashMap<>();
        ctx.connection(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement(
                    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")) {
                p.setString(1, table);
                try (java.sql.ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        if (names.contains(rs.getString(1))) {
                            found.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            try (java.sql.Statement s = c.createStatement()) {
                for (String name : found.keySet()) {
                    s.execute("DROP INDEX \"" + name + "\"");
                }
            }
        });
        heldIndexes.putAll(found);
    }

    /** See {@link ChangeRecorder#rebuildIndexes}. */
    void rebuildIndexes() {
        if (heldIndexes.isEmpty()) {
            return;
        }
        List<String> sqls = List.copyOf(heldIndexes.values());
        heldIndexes.clear();
        ctx.connection(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                for (String sql : sqls) {
                    s.execute(sql);
                }
            }
        });
    }

    /** See {@link ChangeRecorder#insertAll}; the records are stamped already. */
    <R extends UpdatableRecord<R>> void insertAll(Collection<R> records) {
        Map<java.util.BitSet, List<R>> byColumns = new LinkedHashMap<>();
        for (R r : records) {
            Field<?>[] fields = r.fields();
            java.util.BitSet set = new java.util.BitSet(fields.length);
            for (int i = 0; i < fields.length; i++) {
                if (r.changed(fields[i])) {
                    set.set(i);
                }
            }
            byColumns.computeIfAbsent(set, k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<java.util.BitSet, List<R>> group : byColumns.entrySet()) {
            R first = group.getValue().getFirst();
            Field<?>[] fields = first.fields();
            List<Field<?>> columns = new ArrayList<>();
            for (int i = group.getKey().nextSetBit(0); i >= 0; i = group.getKey().nextSetBit(i + 1)) {
                columns.add(fields[i]);
            }
            List<Object[]> rows = new ArrayList<>(group.getValue().size());
            for (R r : group.getValue()) {
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ChangeRecorder.databaseValue(columns.get(i), r.get(columns.get(i)));
                }
                rows.add(values);
            }
            insertValues(List.of(new NewRows(first.getTable(), columns, rows)), 0);
        }
    }

    /** See {@link ChangeRecorder#insertValues(List, int...)}. */
    void insertValues(List<NewRows> batches, int... logOrder) {
        if (batches.size() > 1) {
            ctx.execute("PRAGMA defer_foreign_keys = ON");
        }
        long[] marks = new long[batches.size()];
        ctx.connection(c -> {
            for (int b = 0; b < batches.size(); b++) {
                marks[b] = insertOnly(c, batches.get(b));
            }
            for (int b : logOrder) {
                NewRows batch = batches.get(b);
                if (!batch.rows().isEmpty() && log.recording()) {
                    log.logSince(c, batch.table(), marks[b], batch.rows().size());
                }
            }
        });
        if (!log.recording() && batches.stream().anyMatch(b -> !b.rows().isEmpty())) {
            log.markChanged();
        }
    }

    /** Inserts the rows, staged when many; returns the table's last rowid before them. */
    private long insertOnly(java.sql.Connection c, NewRows batch) throws java.sql.SQLException {
        org.jooq.Table<?> table = batch.table();
        List<Object[]> rows = batch.rows();
        if (rows.isEmpty()) {
            return 0;
        }
        String name = table.getName();
        String key = table.getPrimaryKey().getFields().getFirst().getName();
        int keyIndex = -1;
        List<String> names = new ArrayList<>();
        for (Field<?> f : batch.columns()) {
            if (f.getName().equals(key)) {
                keyIndex = names.size();
            }
            names.add(f.getName());
        }
        if (keyIndex < 0) {
            throw new IllegalArgumentException("the rows of " + name + " need their key " + key);
        }
        int given = names.size();
        for (String stamp : List.of("created_at", "updated_at")) {
            if (table.field(stamp) != null && !names.contains(stamp)) {
                names.add(stamp);
            }
        }
        Long stamp = now.toEpochMilli();
        log.touch(name);
        boolean staged = rows.size() >= ChangeRecorder.STAGED;
        long mark = BulkSql.lastRowid(c, name);
        try (java.sql.Statement s = c.createStatement()) {
            for (String sql : staged ? BulkSql.stage(names.size()) : List.<String>of()) {
                s.execute(sql);
            }
            try (java.sql.PreparedStatement ps = c.prepareStatement(staged ? BulkSql.insertStaged(names.size()) : BulkSql.insert(name, names))) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < given; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    for (int i = given; i < names.size(); i++) {
                        ps.setObject(i + 1, stamp);
                    }
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                    log.noteRow(String.valueOf(row[keyIndex]));
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            for (String sql : staged ? BulkSql.unstage(name, names) : List.<String>of()) {
                s.execute(sql);
            }
        }
        return mark;
    }

    /** See {@link ChangeRecorder#insertRows}. */
    void insertRows(org.jooq.Table<?> table, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            columns.add(f.getName());
        }
        String key = table.getPrimaryKey().getFields().getFirst().getName();
        String sql = "INSERT INTO " + table.getName() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        List<ChangeRecord> entries = new ArrayList<>(rows.size());
        ctx.connection(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement(sql)) {
                int n = 0;
                for (Map<String, Object> row : rows) {
                    for (String stamp : List.of("created_at", "updated_at")) {
                        if (row.containsKey(stamp) && row.get(stamp) == null) {
                            row.put(stamp, now.toEpochMilli());
                        }
                    }
                    for (int i = 0; i < columns.size(); i++) {
                        p.setObject(i + 1, row.get(columns.get(i)));
                    }
                    p.addBatch();
                    if (++n % 5_000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
        });
        for (Map<String, Object> row : rows) {
            entries.add(log.entry(table.getName(), String.valueOf(row.get(key)), ChangeRecorder.WHOLE_ROW, null, ChangeRecorder.json(row)));
        }
        log.log(entries);
    }

    /** See {@link ChangeRecorder#insertSelect}. */
    int insertSelect(org.jooq.Table<?> table, List<Field<?>> columns, String select) {
        String name = table.getName();
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(name).append("\" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('"').append(columns.get(i).getName()).append('"');
        }
        sql.append(") ").append(select);
        int[] added = {0};
        ctx.connection(c -> {
            long mark = BulkSql.lastRowid(c, name);
            try (java.sql.Statement st = c.createStatement()) {
                st.executeUpdate(sql.toString()); // its count includes what the triggers wrote
                try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + name + "\" WHERE rowid > " + mark)) {
                    added[0] = rs.next() ? rs.getInt(1) : 0;
                }
            }
            if (added[0] == 0) {
                return;
            }
            log.touch(name);
            log.markChanged();
            String key = table.getPrimaryKey().getFields().getFirst().getName();
            if (log.roomForRows(added[0])) {
                try (java.sql.PreparedStatement keys = c.prepareStatement("SELECT \"" + key + "\" FROM \"" + name + "\" WHERE rowid > ?")) {
                    keys.setLong(1, mark);
                    try (java.sql.ResultSet rs = keys.executeQuery()) {
                        while (rs.next()) {
                            log.noteRow(rs.getString(1));
                        }
                    }
                }
            }
            if (!log.recording()) {
                return;
            }
            log.logSince(c, table, mark, added[0]);
        });
        return added[0];
    }
}
