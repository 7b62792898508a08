package com.funnelboard.store;

import com.funnelboard.domain.FieldVersion;
import com.funnelboard.domain.FieldVersions;
import com.funnelboard.store.jooq.tables.records.ChangeSetRecord;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What a field goes back to when a merge is undone. Mostly the value it held before the merge; but
 * a later merge may have brought a teammate's value of the same field that lost to this merge's (two
 * teammates renamed one deal without seeing each other's name: a conflict, this merge's name kept).
 * Had this merge never been made, the teammate's value would hold, so the undo puts that back: it
 * put back the name from before both merges, and as an undo travels, the teammate's name was gone
 * on every installation, their conflict with it.
 */
final class MergeUndoValues {

    private static final MergeUndoValues NONE = new MergeUndoValues(null, Set.of(), Set.of(), Set.of());

    private final DSLContext ctx;
    /** The teammates' change sets the undone merge applied. */
    private final Set<UUID> brought;
    /** Those later merges applied, and the rows ("table/key") they wrote. */
    private final Set<UUID> later;
    private final Set<String> laterRows;

    private MergeUndoValues(DSLContext ctx, Set<UUID> brought, Set<UUID> later, Set<String> laterRows) {
        this.ctx = ctx;
        this.brought = brought;
        this.later = later;
        this.laterRows = laterRows;
    }

    /** For the change set {@code set} being undone: nothing to look at unless it is a merge that later merges followed. */
    static MergeUndoValues of(DSLContext ctx, ChangeSetRecord set) {
        if (!"merge".equals(set.getOrigin())) {
            return NONE;
        }
        Set<UUID> later = ids(ctx.fetch("SELECT s.id FROM received_change_set s JOIN change_set m ON m.id = s.merged_by "
                + "WHERE s.state = 'applied' AND m.hlc > ?", set.getHlc()));
        if (later.isEmpty()) {
            return NONE;
        }
        Set<String> laterRows = new HashSet<>();
        ctx.fetch("SELECT DISTINCT c.table_name, c.row_key FROM received_change c JOIN received_change_set s ON s.id = c.change_set_id "
                + "JOIN change_set m ON m.id = s.merged_by WHERE s.state = 'applied' AND m.hlc > ?", set.getHlc())
                .forEach(r -> laterRows.add(r.get(0, String.class) + "/" + r.get(1, String.class)));
        Set<UUID> brought = ids(ctx.fetch("SELECT id FROM received_change_set WHERE merged_by = ?", set.getId().toString()));
        return new MergeUndoValues(ctx, brought, later, laterRows);
    }

    private static Set<UUID> ids(org.jooq.Result<org.jooq.Record> rows) {
        Set<UUID> out = new HashSet<>();
        rows.forEach(r -> out.add(UUID.fromString(r.get(0, String.class))));
        return out;
    }

    /**
     * The value (JSON, as the change log holds it) a field is decided to without the undone merge's
     * change sets, when that is one a later merge brought; empty when the value from before the merge
     * is the one to put back.
     */
    Optional<String> without(String table, String row, String field) {
        if (!laterRows.contains(table + "/" + row) || field.equals("deleted_at")) {
            return Optional.empty();
        }
        Map<String, Map<UUID, FieldVersion>> versions = new LinkedHashMap<>();
        versions.put(table + "\0" + row + "\0" + field, new LinkedHashMap<>());
        new ShareHistory(ctx).addLocalVersions(Map.of(table, Set.of(row)), versions);
        Map<UUID, FieldVersion> left = versions.values().iterator().next();
        left.keySet().removeAll(brought);
        if (left.isEmpty()) {
            return Optional.empty();
        }
        FieldVersion winner = FieldVersions.decide(left.values()).winner();
        return later.contains(winner.changeSet()) ? Optional.of(winner.value()) : Optional.empty();
    }
}
