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
    /** True when more rows changed than {@link #rows} names. */
    private boolean overflow;
    private long hlc;
    private boolean opened;

    /** Keys for the rows this transaction adds in bulk, made when first asked for. */
    private com.funnelboard.domain.TimeOrderedIds ids;

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
     * one prepared statement, bound directly; their change entries are then written by one
     * INSERT … SELECT that reads the new rows back and writes each as JSON inside SQLite (an import
     * writes millions: rendering each row's SQL and JSON in Java costs more than SQLite's own work).
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
                    values[i] = databaseValue(columns.get(i), r.get(columns.get(i)));
                }
                rows.add(values);
            }
            insertValues(first.getTable(), columns, rows);
        }
    }

    /**
     * Inserts new rows of {@code table} given as stored values (Long, String or null), in the order
     * of {@code columns}, which must hold the table's key; created_at and updated_at, when the table
     * has them and they are not among the columns, are the transaction's time. Each row is recorded
     * whole, as {@link #insert} does, the entries written set-based (see {@link #insertAll}).
     */
    void insertValues(org.jooq.Table<?> table, List<Field<?>> columns, List<Object[]> rows) {
        insertValues(List.of(new NewRows(table, columns, rows)), 0);
    }

    /** New rows of a table as {@link #insertValues(org.jooq.Table, List, List)} takes them. */
    record NewRows(org.jooq.Table<?> table, List<Field<?>> columns, List<Object[]> rows) {}

    /**
     * Inserts the new rows of several tables in the order given, and records them in {@code
     * logOrder} (indexes into {@code batches}): a contact's addresses can go in before the contact
     * (see ContactProfileRepository#insertAll) while the log still names the contact first, so
     * whoever replays it in order (another installation's merge) meets no reference to a row not
     * there yet. With more than one batch, references are checked at the commit.
     */
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
                if (!batch.rows().isEmpty() && recording) {
                    logSince(c, batch.table(), marks[b], batch.rows().size());
                }
            }
        });
        if (!recording && batches.stream().anyMatch(b -> !b.rows().isEmpty())) {
            opened = true;
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
        tables.add(name);
        if (recording) {
            open();
        }
        boolean staged = rows.size() >= STAGED;
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
                    noteRow(String.valueOf(row[keyIndex]));
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

    /** Records the {@code count} rows of {@code table} after rowid {@code mark} whole, set-based (see {@link BulkSql#logSince}). */
    private void logSince(java.sql.Connection c, org.jooq.Table<?> table, long mark, int count) throws java.sql.SQLException {
        boolean consecutive = BulkSql.lastRowid(c, table.getName()) - mark == count;
        try (java.sql.PreparedStatement log = c.prepareStatement(BulkSql.logSince(table, consecutive))) {
            log.setString(1, id.toString());
            log.setLong(2, consecutive ? seq - (mark + 1) : seq - 1);
            log.setString(3, WHOLE_ROW);
            log.setLong(4, mark);
            int logged = log.executeUpdate();
            if (logged != count) {
                throw new IllegalStateException("recorded " + logged + " new rows of " + table.getName() + " for " + count + " inserted");
            }
            seq += logged;
        }
    }

    /** Rows per JDBC batch. */
    private static final int BATCH = 1_000;

    /**
     * From this many rows on, a batch is staged in a temporary table and moved into its table by
     * one INSERT … SELECT (see {@link BulkSql#stage}).
     */
    static final int STAGED = 200;

    /**
     * The changed rows a notice names, up to {@link #MAX_NOTICE_ROWS}: a bulk import names its
     * tables and its first rows (views re-read what they show of those tables).
     */
    static final int MAX_NOTICE_ROWS = 100_000;

    private void noteRow(String key) {
        if (rows.size() >= MAX_NOTICE_ROWS && !rows.contains(key)) {
            overflow = true;
        }
        if (rows.size() < MAX_NOTICE_ROWS) {
            rows.add(key);
        }
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

    /**
     * Inserts the rows {@code select} gives (the values of {@code columns} in order, which must
     * hold the table's key) by one INSERT … SELECT inside SQLite, each recorded whole as
     * {@link #insertValues} does; returns how many. A merge copies a teammate's new rows this way.
     */
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
            tables.add(name);
            if (recording) {
                open();
            }
            opened = true;
            String key = table.getPrimaryKey().getFields().getFirst().getName();
            if (rows.size() + added[0] > MAX_NOTICE_ROWS) {
                overflow = true;
            } else {
                try (java.sql.PreparedStatement keys = c.prepareStatement("SELECT \"" + key + "\" FROM \"" + name + "\" WHERE rowid > ?")) {
                    keys.setLong(1, mark);
                    try (java.sql.ResultSet rs = keys.executeQuery()) {
                        while (rs.next()) {
                            noteRow(rs.getString(1));
                        }
                    }
                }
            }
            if (!recording) {
                return;
            }
            boolean consecutive = BulkSql.lastRowid(c, name) - mark == added[0];
            try (java.sql.PreparedStatement log = c.prepareStatement(BulkSql.logSince(table, consecutive))) {
                log.setString(1, id.toString());
                log.setLong(2, consecutive ? seq - (mark + 1) : seq - 1);
                log.setString(3, WHOLE_ROW);
                log.setLong(4, mark);
                int logged = log.executeUpdate();
                if (logged != added[0]) {
                    throw new IllegalStateException("recorded " + logged + " new rows of " + name + " for " + added[0] + " inserted");
                }
                seq += logged;
            }
        });
        return added[0];
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
        // The staging tables of bulk inserts (temp schema, whose cache is its own: 2 MB) stay in memory.
        ctx.execute(on ? "PRAGMA temp.cache_size = -65536" : "PRAGMA temp.cache_size = -2000");
    }

    /** Keys that sort in the order they are made, for new rows written in bulk (see {@link com.funnelboard.domain.TimeOrderedIds}). */
    java.util.function.Supplier<UUID> ids() {
        if (ids == null) {
            ids = new com.funnelboard.domain.TimeOrderedIds(now);
        }
        return ids;
    }

    boolean changed() {
        return opened;
    }

    /** The tables this transaction changed. */
    Set<String> tables() {
        return tables;
    }

    /** The keys of the rows this transaction changed: all of them when {@link #rowsComplete}, else the first ones. */
    Set<String> rows() {
        return rows;
    }

    /** False when more rows changed than {@link #rows} names. */
    boolean rowsComplete() {
        return !overflow;
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
