package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.MERGE_CONFLICT;

import com.funnelboard.store.jooq.tables.records.MergeConflictRecord;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Undo and redo of a conflict's resolution. Resolving a conflict is an edit that knew every value,
 * so once it is undone the history alone would say the field holds its old value with nobody
 * disagreeing: the conflict would be gone, and the other value could no longer be reviewed. So a
 * resolution remembers (in this installation's local settings, which never travel) which conflict
 * it ended; undoing it puts the conflict back on the review list, decided without the resolution
 * and its undo; redoing it ends the conflict again. A teammate who receives the resolution and its
 * undo sees the field as the undo left it, as with any edit.
 */
final class ConflictReopening {

    /**
     * + the id of the change set that resolved a conflict: that conflict ("id\ttable\trow\tfield\tfound\tsets", the
     * sets being those of earlier resolutions and undos of it, which the conflict is decided without once it is open again).
     */
    static final String RESOLVED_BY = "conflict.resolved-by.";
    /** + the id of the undo that put a conflict back: that conflict. */
    static final String REOPENED_BY = "conflict.reopened-by.";
    /** + a conflict's id: the change sets it is decided without ("set,set"), while it is open again. */
    static final String DECIDED_WITHOUT = "conflict.decided-without.";

    private final DSLContext ctx;
    private final LocalState local;

    ConflictReopening(DSLContext ctx, LocalState local) {
        this.ctx = ctx;
        this.local = local;
    }

    /** Takes the conflict of this field off the list, resolved by {@code changeSet} (the one writing now). */
    void resolved(String table, String row, String field, UUID changeSet) {
        MergeConflictRecord m = ctx.selectFrom(MERGE_CONFLICT).where(MERGE_CONFLICT.TABLE_NAME.eq(table), MERGE_CONFLICT.ROW_KEY.eq(row),
                MERGE_CONFLICT.FIELD.eq(field)).fetchOne();
        if (m == null) {
            return;
        }
        new ShareHistory(ctx).dropConflict(m.getId());
        // Resolved again after an undo put it back: once this resolution is undone too, it is decided without the earlier
        // resolution and its undo as well (they counted again, and the earlier undo, which saw every side, ended the conflict).
        String earlier = local.get(DECIDED_WITHOUT + m.getId()).orElse("");
        local.delete(DECIDED_WITHOUT + m.getId());
        local.put(RESOLVED_BY + changeSet, text(m) + "\t" + earlier);
    }

    /**
     * A merge (change set {@code merge}) ended the conflict of this field: a teammate's resolution, or an edit that saw every
     * value, arrived in the sets {@code brought}. Undoing the merge puts the conflict back, decided without them, the merge
     * and its undo (undone, the merge left the field as it was, and the conflict was gone with nobody to review it).
     */
    void endedByMerge(String table, String row, String field, UUID merge, java.util.Collection<UUID> brought) {
        MergeConflictRecord m = ctx.selectFrom(MERGE_CONFLICT).where(MERGE_CONFLICT.TABLE_NAME.eq(table), MERGE_CONFLICT.ROW_KEY.eq(row),
                MERGE_CONFLICT.FIELD.eq(field)).fetchOne();
        if (m == null) {
            return;
        }
        String sets = brought.stream().map(UUID::toString).sorted().collect(java.util.stream.Collectors.joining(","));
        local.put(RESOLVED_BY + merge + "." + m.getId(), text(m) + "\t" + sets);
    }

    /** After change set {@code undone} was reverted by {@code by}: a conflict it resolved is open again; one it reopened is resolved again. */
    void reverted(UUID undone, UUID by) {
        // One conflict a resolution ended ("…resolved-by.SET"), or each of those a merge ended ("…resolved-by.SET.CONFLICT").
        for (Map.Entry<String, String> e : local.startingWith(RESOLVED_BY + undone).entrySet()) {
            String one = e.getKey().substring((RESOLVED_BY + undone).length());
            String[] c = e.getValue().split("\t", -1);
            new ShareHistory(ctx).reopenConflict(UUID.fromString(c[0]), c[1], c[2], c[3], Instant.ofEpochMilli(Long.parseLong(c[4])));
            String without = (c[5].isEmpty() ? "" : c[5] + ",") + undone + "," + by;
            local.put(DECIDED_WITHOUT + c[0], without);
            local.put(REOPENED_BY + by + one, String.join("\t", c[0], c[1], c[2], c[3], c[4], without));
            local.delete(e.getKey());
        }
        for (Map.Entry<String, String> e : local.startingWith(REOPENED_BY + undone).entrySet()) {
            String one = e.getKey().substring((REOPENED_BY + undone).length());
            String[] c = e.getValue().split("\t", -1);
            new ShareHistory(ctx).dropConflict(UUID.fromString(c[0]));
            local.delete(DECIDED_WITHOUT + c[0]);
            local.put(RESOLVED_BY + by + one, e.getValue()); // the redo: undone in turn, the conflict is decided without it too
            local.delete(e.getKey());
        }
    }

    /**
     * A merge brought new values of a field whose conflict an undo put back: from now on it is decided from every value, as on
     * the teammates' installations. Decided still without the resolution and its undo, it listed nothing here while they
     * listed the conflict, and the value the merge wrote (decided from every value) was not the one the list said.
     */
    void merged(String table, String row, String field) {
        ctx.select(MERGE_CONFLICT.ID).from(MERGE_CONFLICT).where(MERGE_CONFLICT.TABLE_NAME.eq(table), MERGE_CONFLICT.ROW_KEY.eq(row),
                MERGE_CONFLICT.FIELD.eq(field)).fetchOptional(MERGE_CONFLICT.ID).ifPresent(id -> local.delete(DECIDED_WITHOUT + id));
    }

    /** The change sets an open conflict is decided without (those of a resolution and its undo); empty for most. */
    Set<UUID> decidedWithout(UUID conflict) {
        return local.get(DECIDED_WITHOUT + conflict).map(v -> {
            Set<UUID> out = new java.util.HashSet<>();
            for (String s : v.split(",")) {
                out.add(UUID.fromString(s));
            }
            return out;
        }).orElse(Set.of());
    }

    private static String text(MergeConflictRecord m) {
        return m.getId() + "\t" + m.getTableName() + "\t" + m.getRowKey() + "\t" + m.getField() + "\t" + m.getFoundAt().toEpochMilli();
    }
}
