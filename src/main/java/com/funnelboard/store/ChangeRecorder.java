package com.funnelboard.store;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.Hlc;
import com.funnelboard.store.jooq.tables.records.ChangeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdatableRecord;

/**
 * The one writer of shared tables. Every insert and update of shared data in a write transaction
 * goes through here, which, in the same transaction, stamps updated_at and appends to the change
 * log: one entry per changed field (old and new value) or one per new row (the whole row), under
 * the transaction's change set (origin, author, replica, hybrid-logical-clock stamp). Nothing is
 * ever deleted: a delete is the field deleted_at. The change set row is written with the first
 * change, so a transaction that changes nothing shared records nothing.
 *
 * <p>It is the only entry point: the change set and its entries are kept by {@link ChangeSetLog},
 * the bulk insert paths are {@link BulkInserts}, both used by this class alone.
 */
final class ChangeRecorder {

    static final String WHOLE_ROW = "*";

    private final DSLContext ctx;
    private final Instant now;
    /** The change set this transaction records under (see {@link ChangeSetLog}). */
    private final ChangeSetLog log;
    /** The bulk insert paths (see {@link BulkInserts}). */
    private final BulkInserts bulk;

    /** See {@link #bulkWrite}. */
    private boolean bulkWrite;

    /** Keys for the rows this transaction adds in bulk, made when first asked for. */
    private com.funnelboard.domain.TimeOrderedIds ids;

    ChangeRecorder(DSLContext ctx, ChangeSource source, LocalState local, Instant now) {
        this(ctx, source, local, now, true);
    }

    /** @param recording false only in the write benchmark, to measure what recording costs: the same writes, no log */
    ChangeRecorder(DSLContext ctx, ChangeSource source, LocalState local, Instant now, boolean recording) {
        this.ctx = ctx;
        this.now = now;
        // First of all, before anything reads this installation's id: a clock set right again starts it anew.
        ClockCorrection correction = new ClockCorrection(ctx, local);
        if (recording && correction.needed(now.toEpochMilli())) {
            correction.correct(now, source.author());
        }
        this.log = new ChangeSetLog(ctx, source, local, now, recording);
        this.bulk = new BulkInserts(ctx, now, log);
    }

    /** Inserts a new row of a shared table and records it whole. */
    <R extends UpdatableRecord<R>> void insert(R r) {
        stampNew(r);
        r.insert();
        log.log(List.of(log.entry(r, WHOLE_ROW, null, json(databaseValues(r)))));
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
        for (R r : records) {
            stampNew(r);
        }
        bulk.insertAll(records);
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
        bulk.insertValues(batches, logOrder);
    }

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
            entries.add(log.entry(r, f.getName(), json(before), json(after)));
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
        log.log(entries);
        return true;
    }

    /**
     * Records {@code field} of {@code r} as set to the value it holds, even though it does not
     * change: a resolved conflict that keeps the current value is a change that travels, made
     * knowing both values, so every installation stops showing the conflict.
     */
    <R extends UpdatableRecord<R>> void confirm(R r, Field<?> field) {
        Object value = databaseValue(field, r.get(field));
        String json = json(value);
        Field<?> updated = r.field("updated_at");
        if (updated != null) {
            setInstant(r, updated);
            r.update();
        }
        log.log(List.of(log.entry(r, field.getName(), json, json)));
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
        bulk.insertRows(table, rows);
    }

    /**
     * Inserts the rows {@code select} gives (the values of {@code columns} in order, which must
     * hold the table's key) by one INSERT … SELECT inside SQLite, each recorded whole as
     * {@link #insertValues} does; returns how many. A merge copies a teammate's new rows this way.
     */
    int insertSelect(org.jooq.Table<?> table, List<Field<?>> columns, String select) {
        return bulk.insertSelect(table, columns, select);
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

    /**
     * {@link #delete} for many rows of one table known only at run time (an import undone), in
     * batches: one statement prepared for all of them instead of a select, an update and an insert
     * prepared for each (preparing an update of a table with search triggers is most of its cost;
     * undoing a 20,000-row import took 44 s). Rows already deleted are left alone.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    void deleteAllAny(List<? extends UpdatableRecord<?>> rows) {
        List<ChangeRecord> entries = new ArrayList<>();
        List<UpdatableRecord<?>> changed = new ArrayList<>();
        for (UpdatableRecord<?> r : rows) {
            Field<?> deleted = Objects.requireNonNull(r.field("deleted_at"), "table without deleted_at");
            if (r.get(deleted) != null) {
                continue;
            }
            setInstant(r, deleted);
            Field<?> updated = r.field("updated_at");
            if (updated != null) {
                setInstant(r, updated);
            }
            entries.add(log.entry((UpdatableRecord) r, deleted.getName(), json(null), json(databaseValue(deleted, r.get(deleted)))));
            changed.add(r);
        }
        for (int from = 0; from < changed.size(); from += 1_000) {
            List<UpdatableRecord<?>> chunk = changed.subList(from, Math.min(changed.size(), from + 1_000));
            org.jooq.impl.DSL.using(chunk.getFirst().configuration()).batchUpdate(chunk.toArray(new UpdatableRecord[0])).execute();
        }
        if (!entries.isEmpty()) {
            log.log(entries);
        }
    }

    /**
     * Holds back the search documents of the contacts, organizations and deals this transaction adds
     * from now on (schema V17), to write them all at once before the commit ({@link
     * #writeDeferredSearch}): the full-text index builds several times faster from one statement
     * than from one per batch. A bulk import does so.
     */
    void deferSearch() {
        bulk.deferSearch();
    }

    /**
     * Drops the secondary indexes {@code names} of {@code table} for the rest of this transaction, to
     * build them again, each in one pass, before its commit ({@link #rebuildIndexes}): a bulk import
     * adding more rows than the table held inserts each row into these indexes at a place of its own
     * (by name, e-mail address, organization), which costs more than sorting them all at the end. The
     * statements that build them are the very ones the schema holds, so the schema is exactly as
     * before; a rollback brings the indexes back with everything else. Nothing this transaction reads
     * may need them in between, and none of them may serve a foreign key check.
     */
    void holdBackIndexes(String table, List<String> names) {
        bulk.holdBackIndexes(table, names);
    }

    /** Builds the indexes held back since {@link #holdBackIndexes}; called before every commit (nothing when none are). */
    void rebuildIndexes() {
        bulk.rebuildIndexes();
    }

    /**
     * Builds the indexes held back ({@link #rebuildIndexes}), then writes the search documents held
     * back since {@link #deferSearch}; called before every commit (nothing when none are).
     */
    void writeDeferredSearch() {
        bulk.rebuildIndexes();
        bulk.writeDeferredSearch();
    }

    /**
     * A page cache of 1 GB for this transaction's connection (a bulk import or merge), until the
     * transaction has ended: only then, with every page it wrote in the log, does the connection
     * get the pool's cache back (shrinking a cache full of written pages spills them to the log
     * first, and whatever runs before the commit — the scores, the search documents — would read
     * them back through the small cache). Such a transaction is a bulk write: its commit leaves
     * copying the log into the file to the store's checkpoint thread (see {@link WalCheckpoints}).
     */
    void largeCache() {
        if (bulkWrite) {
            return;
        }
        ctx.execute("PRAGMA cache_size = -1048576");
        // The staging tables of bulk inserts (temp schema, whose cache is its own: 2 MB) stay in memory.
        ctx.execute("PRAGMA temp.cache_size = -65536");
        ctx.connection(ConnectionPool::holdBackCheckpoints);
        bulkWrite = true;
    }

    /** Whether this transaction writes in bulk (see {@link #largeCache}): its connection checkpoints again after it. */
    boolean bulkWrite() {
        return bulkWrite;
    }

    /** Keys that sort in the order they are made, for new rows written in bulk (see {@link com.funnelboard.domain.TimeOrderedIds}). */
    java.util.function.Supplier<UUID> ids() {
        if (ids == null) {
            ids = new com.funnelboard.domain.TimeOrderedIds(now);
        }
        return ids;
    }

    boolean changed() {
        return log.changed();
    }

    /** The tables this transaction changed. */
    Set<String> tables() {
        return log.tables();
    }

    /** The keys of the rows this transaction changed: all of them when {@link #rowsComplete}, else the first ones. */
    Set<String> rows() {
        return log.rows();
    }

    /** False when more rows changed than {@link #rows} names. */
    /** Marks the rows of this change as too many to name, as a write of more than {@link #MAX_NOTICE_ROWS} rows is (tests). */
    void rowsTooManyToName() {
        log.roomForRows(MAX_NOTICE_ROWS + 1);
    }

    boolean rowsComplete() {
        return log.rowsComplete();
    }

    /** Says what the action was, in words history and undo show ("Moved “Pilot” to Prospect"). */
    void describe(String summary) {
        log.describe(summary);
    }

    /** Writes the change set's summary as last said, before the commit. */
    void writeSummary() {
        log.writeSummary();
    }

    UUID id() {
        return log.id();
    }

    ChangeNotice notice() {
        return log.notice();
    }

    /** A value as the change log holds it: Json.mapper(). */
    static String json(Object value) {
        return Json.mapper().writeValueAsString(value);
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

    /**
     * Who and what a change set is: its origin, author and a short summary.
     *
     * @param program the command that makes the set ("deals add"), or null in the window (see {@link Store#madeByCommand})
     */
    record ChangeSource(com.funnelboard.domain.ChangeOrigin origin, String author, String summary, String program) {}
}
