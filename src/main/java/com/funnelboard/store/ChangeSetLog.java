package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CHANGE;
import static com.funnelboard.store.jooq.Tables.CHANGE_SET;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.store.ChangeRecorder.ChangeSource;
import com.funnelboard.store.jooq.tables.records.ChangeRecord;
import com.funnelboard.store.jooq.tables.records.ChangeSetRecord;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;

/**
 * The change set of one write transaction, part of the {@link ChangeRecorder} (and used by it
 * alone): the change set row, written with the first change (origin, author, replica,
 * hybrid-logical-clock stamp), the change log entries appended under it in sequence, and what the
 * transaction changed (tables and row keys) for the notice published after the commit.
 */
final class ChangeSetLog {

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

    /** False only in the write benchmark, to measure what recording costs: the same writes, no log. */
    private final boolean recording;

    ChangeSetLog(DSLContext ctx, ChangeSource source, LocalState local, Instant now, boolean recording) {
        this.recording = recording;
        this.ctx = ctx;
        this.source = source;
        this.local = local;
        this.now = now;
    }

    /** False only in the write benchmark (nothing is logged). */
    boolean recording() {
        return recording;
    }

    /** Notes that {@code table} changes and, when recording, writes the change set row. */
    void touch(String table) {
        tables.add(table);
        if (recording) {
            open();
        }
    }

    /** Counts the transaction as one that changed shared data (also when nothing is logged). */
    void markChanged() {
        opened = true;
    }

    void noteRow(String key) {
        if (rows.size() >= ChangeRecorder.MAX_NOTICE_ROWS && !rows.contains(key)) {
            overflow = true;
        }
        if (rows.size() < ChangeRecorder.MAX_NOTICE_ROWS) {
            rows.add(key);
        }
    }

    /**
     * False, and the notice's rows marked incomplete, when {@code count} more rows would take the
     * rows named past {@link ChangeRecorder#MAX_NOTICE_ROWS}; true when they may be noted.
     */
    boolean roomForRows(int count) {
        if (rows.size() + count > ChangeRecorder.MAX_NOTICE_ROWS) {
            overflow = true;
            return false;
        }
        return true;
    }

    /** Records the {@code count} rows of {@code table} after rowid {@code mark} whole, set-based (see {@link BulkSql#logSince}). */
    void logSince(java.sql.Connection c, org.jooq.Table<?> table, long mark, int count) throws java.sql.SQLException {
        boolean consecutive = BulkSql.lastRowid(c, table.getName()) - mark == count;
        try (java.sql.PreparedStatement log = c.prepareStatement(BulkSql.logSince(table, consecutive))) {
            log.setString(1, id.toString());
            log.setLong(2, consecutive ? seq - (mark + 1) : seq - 1);
            log.setString(3, ChangeRecorder.WHOLE_ROW);
            log.setLong(4, mark);
            int logged = log.executeUpdate();
            if (logged != count) {
                throw new IllegalStateException("recorded " + logged + " new rows of " + table.getName() + " for " + count + " inserted");
            }
            seq += logged;
        }
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

    /**
     * Says what the action was, in words history and undo show ("Moved “Pilot” to Prospect"); the last said stands. Written
     * once, before the commit ({@link #writeSummary}): an action on 5,000 deals, whose each move and edit says its own
     * words before the action says its whole, updated the change set's row 5,000 times.
     */
    void describe(String summary) {
        source = new ChangeSource(source.origin(), source.author(), summary, source.program());
        summaryChanged = opened;
    }

    /** True when the summary changed since the change set's row was written. */
    private boolean summaryChanged;

    /** Writes the summary said after the change set's row was (see {@link #describe}); before the commit. */
    void writeSummary() {
        if (summaryChanged && recording) {
            ctx.update(CHANGE_SET).set(CHANGE_SET.SUMMARY, source.summary()).where(CHANGE_SET.ID.eq(id)).execute();
            summaryChanged = false;
        }
    }

    UUID id() {
        return id;
    }

    ChangeNotice notice() {
        return new ChangeNotice(id, source.origin(), source.author(), now, tables, rows, false, source.summary());
    }

    void log(List<ChangeRecord> entries) {
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
            if (source.program() != null) {
                local.madeByCommand(id, source.program());
            }
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

    /** An entry for {@code field} of the row {@code r} (its table and key), not yet written. */
    ChangeRecord entry(UpdatableRecord<?> r, String field, String before, String after) {
        return entry(r.getTable().getName(), String.valueOf(ChangeRecorder.databaseValue(r.getTable().getPrimaryKey().getFields().getFirst(),
                r.get(r.getTable().getPrimaryKey().getFields().getFirst()))), field, before, after);
    }

    /** An entry for {@code field} of the row {@code key} of {@code table}, not yet written. */
    ChangeRecord entry(String table, String key, String field, String before, String after) {
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
}
