package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CHANGE;
import static com.funnelboard.store.jooq.Tables.CHANGE_SET;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.Hlc;
import com.funnelboard.store.jooq.tables.records.ChangeRecord;
import com.funnelboard.store.jooq.tables.records.ChangeSetRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdatableRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of shared tables. Every insert and update of shared data in a write transaction
 * goes through here, which, in the same transaction, stamps updated_at and appends to the change
 * log: one entry per changed field (old and new value) or one per new row (the whole row), under
 * the transaction's change set (origin, author, replica, hybrid-logical-clock stamp). Nothing is
 * ever deleted: a delete is the field deleted_at. The change set row is written with the first
 * change, so a transaction that changes nothing shared records nothing.
 */
final class ChangeRecorder {

    static final String WHOLE_ROW = "*";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext ctx;
    private ChangeSource source;
    private final LocalState local;
    private final Instant now;
    private final UUID id = UUID.randomUUID();
    private final Set<String> tables = new LinkedHashSet<>();
    private final Set<String> rows = new LinkedHashSet<>();
    private long seq;
    private long hlc;
    private boolean opened;

    /** False only in the write benchmark, to measure what recording costs: the same writes, no log. */
    private final boolean recording;

    ChangeRecorder(DSLContext ctx, ChangeSource source, LocalState local, Instant now) {
        this(ctx, source, local, now, true);
    }

    ChangeRecorder(DSLContext ctx, ChangeSource source, LocalState local, Instant now, boolean recording) {
        this.recording = recording;
        this.ctx = ctx;
        this.source = source;
        this.local = local;
        this.now = now;
    }

    /** Inserts a new row of a shared table and records it whole. */
    <R extends UpdatableRecord<R>> void insert(R r) {
        stampNew(r);
        r.insert();
        log(List.of(entry(r, WHOLE_ROW, null, JSON.writeValueAsString(databaseValues(r)))));
    }

    /**
     * Inserts many new rows in batches, each recorded whole. Rows with the same columns set share
     * one prepared statement, and their change entries another, bound directly (an import writes
     * millions: rendering each row's SQL and JSON through the generic paths costs more than SQLite's
     * own work).
     */
    <R extends UpdatableRecord<R>> void insertAll(Collection<R> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<java.util.BitSet, List<R>> byColumns = new LinkedHashMap<>();
        for (R r : records) {
            stampNew(r);
            Field<?>[] fields = r.fields();
            java.util.BitSet set = new java.util.BitSet(fields.length);
            for (int i = 0; i < fields.length; i++) {
                if (r.changed(fields[i])) {
                    set.set(i);
                }
            }
            byColumns.computeIfAbsent(set, k -> new ArrayList<>()).add(r);
        }
        List<String[]> entries = new ArrayList<>(records.size());
        for (Map.Entry<java.util.BitSet, List<R>> group : byColumns.entrySet()) {
            insertGroup(group.getKey(), group.getValue(), entries);
        }
        logRows(entries);
    }

    private <R extends UpdatableRecord<R>> void insertGroup(java.util.BitSet columns, List<R> records, List<String[]> entries) {
        R first = records.getFirst();
        org.jooq.Table<R> table = first.getTable();
        Field<?>[] fields = first.fields();
        Field<?> keyField = table.getPrimaryKey().getFields().getFirst();
        int keyIndex = java.util.Arrays.asList(fields).indexOf(keyField);
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(table.getName()).append("\" (");
        StringBuilder marks = new StringBuilder();
        for (int i = columns.nextSetBit(0); i >= 0; i = columns.nextSetBit(i + 1)) {
            sql.append(marks.isEmpty() ? "" : ", ").append('"').append(fields[i].getName()).append('"');
            marks.append(marks.isEmpty() ? "?" : ", ?");
        }
        sql.append(") VALUES (").append(marks).append(')');
        String tableName = table.getName();
        tables.add(tableName);
        ctx.connection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql.toString())) {
                Object[] values = new Object[fields.length];
                int pending = 0;
                for (R r : records) {
                    for (int i = 0; i < fields.length; i++) {
                        values[i] = databaseValue(fields[i], r.get(fields[i]));
                    }
                    int p = 1;
                    for (int i = columns.nextSetBit(0); i >= 0; i = columns.nextSetBit(i + 1)) {
                        ps.setObject(p++, values[i]);
                    }
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                    String key = String.valueOf(values[keyIndex]);
                    noteRow(key);
                    entries.add(new String[] {tableName, key, WholeRowJson.write(fields, values)});
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    /** Rows per JDBC batch. */
    private static final int BATCH = 1_000;

    /**
     * The changed rows a notice names, up to {@link #MAX_NOTICE_ROWS}: a bulk import names its
     * tables and its first rows (views re-read what they show of those tables).
     */
    static final int MAX_NOTICE_ROWS = 100_000;

    private void noteRow(String key) {
        if (rows.size() < MAX_NOTICE_ROWS) {
            rows.add(key);
        }
    }

    /** Appends whole-row entries (table, key, JSON) through one prepared statement. */
    private void logRows(List<String[]> entries) {
        if (!recording) {
            opened = true;
            return;
        }
        open();
        String changeSet = id.toString();
        ctx.connection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO \"change\" (\"change_set_id\", \"seq\", \"table_name\", "
                    + "\"row_key\", \"field\", \"old_value\", \"new_value\") VALUES (?, ?, ?, ?, ?, NULL, ?)")) {
                int pending = 0;
                for (String[] e : entries) {
                    ps.setString(1, changeSet);
                    ps.setLong(2, seq++);
                    ps.setString(3, e[0]);
                    ps.setString(4, e[1]);
                    ps.setString(5, WHOLE_ROW);
                    ps.setString(6, e[2]);
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    /**
     * Writes the fields of {@code r} that were set to a different value than it was read with,
     * recording each as (old, new), and stamps updated_at.
     *
     * @return false when nothing differed (nothing is written or recorded)
     */
    <R extends UpdatableRecord<R>> boolean update(R r) {
        List<ChangeRecord> entries = new ArrayList<>();
        for (Field<?> f : r.fields()) {
            if (!r.changed(f) || f.getName().equals("updated_at") || f.getName().equals("created_at")) {
                continue;
            }
            Object before = databaseValue(f, r.original(f));
            Object after = databaseValue(f, r.get(f));
            if (Objects.equals(before, after)) {
                r.changed(f, false);
                continue;
            }
            entries.add(entry(r, f.getName(), JSON.writeValueAsString(before), JSON.writeValueAsString(after)));
        }
        if (entries.isEmpty()) {
            r.changed(false);
            return false;
        }
        Field<?> updated = r.field("updated_at");
        if (updated != null) {
            setInstant(r, updated);
        }
        r.update();
        log(entries);
        return true;
    }

    /**
     * Records {@code field} of {@code r} as set to the value it holds, even though it does not
     * change: a resolved conflict that keeps the current value is a change that travels, made
     * knowing both values, so every installation stops showing the conflict.
     */
    <R extends UpdatableRecord<R>> void confirm(R r, Field<?> field) {
        Object value = databaseValue(field, r.get(field));
        String json = JSON.writeValueAsString(value);
        Field<?> updated = r.field("updated_at");
        if (updated != null) {
            setInstant(r, updated);
            r.update();
        }
        log(List.of(entry(r, field.getName(), json, json)));
    }

    /** {@link #confirm} for a record of a table known only at run time. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    void confirmAny(UpdatableRecord<?> r, Field<?> field) {
        confirm((UpdatableRecord) r, field);
    }

    /**
     * Inserts new rows of a table known only at run time (a merge), given as database values by
     * column in column order, each recorded whole; created_at and updated_at are stamped when empty.
     * One prepared batch rather than a record per row: a merge may add hundreds of thousands.
     */
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
            entries.add(entry(table.getName(), String.valueOf(row.get(key)), WHOLE_ROW, null, JSON.writeValueAsString(row)));
        }
        log(entries);
    }

    /** Soft-deletes a row (the field deleted_at), recorded like any field; false when already deleted. */
    <R extends UpdatableRecord<R>> boolean delete(R r) {
        Field<?> deleted = Objects.requireNonNull(r.field("deleted_at"), "table without deleted_at");
        if (r.get(deleted) != null) {
            return false;
        }
        setInstant(r, deleted);
        return update(r);
    }

    /** {@link #update} for a record of a table known only at run time (undo). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    boolean updateAny(UpdatableRecord<?> r) {
        return update((UpdatableRecord) r);
    }

    /** {@link #delete} for a record of a table known only at run time (undo). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    boolean deleteAny(UpdatableRecord<?> r) {
        return delete((UpdatableRecord) r);
    }

    /** A page cache of 1 GB for this transaction's connection (a bulk import), or the pool's again. */
    void largeCache(boolean on) {
        ctx.execute(on ? "PRAGMA cache_size = -1048576" : "PRAGMA cache_size = -" + ConnectionPool.CACHE_KIB);
    }

    boolean changed() {
        return opened;
    }

    /** Says what the action was, in words history and undo show ("Moved “Pilot” to Prospect"). */
    void describe(String summary) {
        source = new ChangeSource(source.origin(), source.author(), summary);
        if (opened) {
            ctx.update(CHANGE_SET).set(CHANGE_SET.SUMMARY, summary).where(CHANGE_SET.ID.eq(id)).execute();
        }
    }

    UUID id() {
        return id;
    }

    ChangeNotice notice() {
        return new ChangeNotice(id, source.origin(), source.author(), now, tables, rows, false, source.summary());
    }

    private void log(List<ChangeRecord> entries) {
        if (!recording) {
            opened = true;
            return;
        }
        open();
        for (ChangeRecord e : entries) {
            e.setChangeSetId(id);
            e.setSeq(seq++);
        }
        if (entries.size() == 1) {
            entries.getFirst().insert();
        } else if (entries.size() < 100) {
            ctx.batchInsert(entries).execute();
        } else {
            logMany(entries);
        }
    }

    /** Writes the change set row with the first change. */
    private void open() {
        if (!opened) {
            opened = true;
            hlc = local.nextHlc(now.toEpochMilli());
            ChangeSetRecord set = ctx.newRecord(CHANGE_SET);
            set.setId(id);
            set.setOrigin(source.origin().key());
            set.setAuthor(source.author());
            set.setReplicaId(local.replicaId());
            set.setHlc(hlc);
            set.setMadeAt(now);
            set.setSummary(source.summary());
            set.setSeen(local.seen());
            set.insert();
        }
    }

    /** Many entries in one prepared batch (an import, a merge, the sample). */
    private void logMany(List<ChangeRecord> entries) {
        ctx.connection(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement(
                    "INSERT INTO change (change_set_id, seq, table_name, row_key, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (ChangeRecord e : entries) {
                    p.setString(1, id.toString());
                    p.setLong(2, e.getSeq());
                    p.setString(3, e.getTableName());
                    p.setString(4, e.getRowKey());
                    p.setString(5, e.getField());
                    p.setString(6, e.getOldValue());
                    p.setString(7, e.getNewValue());
                    p.addBatch();
                    if (++n % 5_000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
        });
    }

    private ChangeRecord entry(UpdatableRecord<?> r, String field, String before, String after) {
        return entry(r.getTable().getName(), String.valueOf(databaseValue(r.getTable().getPrimaryKey().getFields().getFirst(),
                r.get(r.getTable().getPrimaryKey().getFields().getFirst()))), field, before, after);
    }

    private ChangeRecord entry(String table, String key, String field, String before, String after) {
        tables.add(table);
        noteRow(key);
        ChangeRecord c = ctx.newRecord(CHANGE);
        c.setTableName(table);
        c.setRowKey(key);
        c.setField(field);
        c.setOldValue(before);
        c.setNewValue(after);
        return c;
    }

    private void stampNew(UpdatableRecord<?> r) {
        for (String name : List.of("created_at", "updated_at")) {
            Field<?> f = r.field(name);
            if (f != null && r.get(f) == null) {
                setInstant(r, f);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void setInstant(UpdatableRecord<?> r, Field<?> f) {
        r.set((Field<Instant>) f, now);
    }

    /** A record's fields as the database stores them (epoch millis, text ids), in column order. */
    static Map<String, Object> databaseValues(org.jooq.Record r) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> f : r.fields()) {
            values.put(f.getName(), databaseValue(f, r.get(f)));
        }
        return values;
    }

    /** How the database stores a column: Long for integers (and booleans), String for text. */
    static Class<?> databaseType(Field<?> f) {
        Class<?> t = f.getConverter().fromType();
        return Number.class.isAssignableFrom(t) || t == Boolean.class ? Long.class : String.class;
    }

    @SuppressWarnings("unchecked")
    static Object databaseValue(Field<?> f, Object value) {
        Object v = value == null ? null : ((org.jooq.Converter<Object, Object>) f.getConverter()).to(value);
        return v instanceof Boolean b ? (b ? 1L : 0L) : v instanceof Integer i ? (Long) i.longValue() : v;
    }

    /** Who and what a change set is: its origin, author and a short summary. */
    record ChangeSource(com.funnelboard.domain.ChangeOrigin origin, String author, String summary) {}
}
