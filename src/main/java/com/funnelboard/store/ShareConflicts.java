package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.MERGE_CONFLICT;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.FieldVersion;
import com.funnelboard.domain.FieldVersions;
import com.funnelboard.store.jooq.DefaultSchema;
import com.funnelboard.store.jooq.tables.records.MergeConflictRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;


/** The conflicts merges found and not resolved yet: listing them, and resolving one through the write path. */
public final class ShareConflicts {

    private final Store store;

    ShareConflicts(Store store) {
        this.store = store;
    }

    /** The conflicts not resolved yet, oldest first. */
    public List<FieldConflict> open() {
        return store.jdbc(c -> {
            DSLContext ctx = store.dsl(c);
            LocalState local = new LocalState(ctx, store.clock());
            UUID me = local.replicaId();
            ConflictReopening reopened = new ConflictReopening(ctx, local);
            List<FieldConflict> out = new ArrayList<>();
            for (MergeConflictRecord m : ctx.selectFrom(MERGE_CONFLICT).orderBy(MERGE_CONFLICT.FOUND_AT, MERGE_CONFLICT.ID).fetch()) {
                FieldVersions.Decision d = decide(ctx, m, reopened.decidedWithout(m.getId()));
                if (d == null || !d.inConflict() || settledByARule(ctx, m, d)) {
                    continue;
                }
                java.util.function.Function<FieldVersion, FieldConflict.Side> side = v -> side(v, me, moveOf(ctx, m, v));
                List<FieldConflict.Side> others = d.conflicting().stream().map(side).toList();
                if (m.getField().equals(FieldConflict.DELETED_AT)) {
                    others = onePerAuthor(others);
                }
                out.add(new FieldConflict(m.getId(), m.getTableName(), m.getRowKey(), m.getField(), label(ctx, m.getTableName(), m.getRowKey()),
                        side.apply(d.winner()), others));
            }
            return out;
        });
    }

    /**
     * A delete against edits: each teammate's edits are one side ("edited, not deleted", with the last
     * of them), as each installation's delete is (a title edited and a call logged were two identical lines).
     */
    private static List<FieldConflict.Side> onePerAuthor(List<FieldConflict.Side> sides) {
        Map<String, FieldConflict.Side> one = new java.util.LinkedHashMap<>();
        for (FieldConflict.Side s : sides) {
            boolean kept = s.value() == null || s.value().equals("null");
            one.merge(kept + "\0" + s.replica(), s, (a, b) -> b.at().isAfter(a.at()) ? b : a);
        }
        return List.copyOf(one.values());
    }

    /**
     * A delete against an edit whose record a rule of the merge has since made live again on every
     * installation (two contacts merged into each other: the one made first is a contact of its own
     * again). The versions still name the delete as the newest, so the conflict was listed — on one
     * installation only, by the order its files came in — with "deleted" as what holds now, and
     * keeping that trashed a live contact and its deals' link to it.
     */
    private static boolean settledByARule(DSLContext ctx, MergeConflictRecord m, FieldVersions.Decision d) {
        return m.getField().equals(FieldConflict.DELETED_AT) && DeletionConflicts.keptByARule(ctx, m.getTableName(), m.getRowKey(), d);
    }

    /**
     * Resolves a conflict (by id or its first 8 characters) through the write path: a change made
     * knowing every value, which travels like any edit and ends the conflict everywhere.
     *
     * @param value the value to keep for {@link FieldConflict.Keep#VALUE} (text; digits for a number field; empty for none)
     * @return a sentence saying what was kept
     * @throws IllegalArgumentException when there is no such conflict or the value does not fit the field
     */
    public String resolve(String id, FieldConflict.Keep keep, String value) {
        Resolution r = resolve(id, keep, value, c -> "Resolved a conflict: " + c.label() + " " + c.field());
        FieldConflict conflict = r.conflict();
        if (conflict.deletion()) {
            return r.json().equals("null") ? "Restored " + conflict.label() + " with every edit" : "Kept " + conflict.label() + " deleted";
        }
        return "Kept " + r.json() + " for " + conflict.field() + " of " + conflict.label();
    }

    /** A conflict resolved: which, and the value kept (a JSON literal as the database stores it; "null" for a restored record). */
    public record Resolution(FieldConflict conflict, String json, List<String> trashed) {

        /** A resolution that put nothing in the trash. */
        public Resolution(FieldConflict conflict, String json) {
            this(conflict, json, List.of());
        }
    }

    /**
     * As {@link #resolve(String, FieldConflict.Keep, String)}, the change set summarised by {@code summary}
     * (the words are the caller's: the service names the field as people read it).
     */
    public Resolution resolve(String id, FieldConflict.Keep keep, String value, java.util.function.Function<FieldConflict, String> summary) {
        // An id or its first characters, at least four as every id the commands take, naming one conflict: "" or "2" resolved
        // whichever came first.
        String given = id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
        if (given.length() < 4) {
            throw new IllegalArgumentException("\"" + (id == null ? "" : id.strip()) + "\" is too short for a conflict's id: give the id "
                    + "'conflicts list' shows, or at least its first 4 characters");
        }
        List<FieldConflict> matching = open().stream().filter(c -> c.id().toString().startsWith(given)).toList();
        if (matching.size() > 1) {
            throw new IllegalArgumentException(matching.size() + " open conflicts have ids starting with " + given + ": give more of the id");
        }
        FieldConflict conflict = matching.stream().findFirst().orElseThrow(() -> new IllegalArgumentException("No open conflict " + id));
        boolean anyMine = conflict.current().mine() || conflict.others().stream().anyMatch(FieldConflict.Side::mine);
        // "theirs=WHO": the value one teammate wrote, where teammates wrote several (three people moved one deal).
        boolean named = keep == FieldConflict.Keep.THEIRS && value != null && !value.isBlank();
        if (keep == FieldConflict.Keep.MINE && !anyMine && !conflict.deletion()) {
            // Two teammates' values that reached this installation by their files (or this installation's own, written before a
            // restore or on a copy of the file, which get a new replica): none is this installation's.
            throw new IllegalArgumentException("Neither value was written here (both came from teammates' files, or from before a restore "
                    + "or a copy of the file), so none is mine: keep the one a teammate wrote (theirs=WHO, their e-mail address or name)");
        }
        if (keep == FieldConflict.Keep.THEIRS && !named && !conflict.deletion() && conflict.theirsIsAmbiguous()) {
            throw new IllegalArgumentException("Teammates wrote different values (" + conflict.theirs().stream().map(s -> s.value() + " by "
                    + s.author()).collect(java.util.stream.Collectors.joining(", ")) + "): say whose to keep (theirs=WHO, their e-mail address or name)");
        }
        if (keep == FieldConflict.Keep.VALUE && conflict.deletion()) {
            // A value of one's own for "deleted" would be a deletion time: the record would be deleted at it, outside the trash.
            throw new IllegalArgumentException(conflict.label() + " was deleted on one installation and edited on another: keep deleted "
                    + "(it stays deleted, in the trash) or restore (edited, not deleted)");
        }
        if (keep == FieldConflict.Keep.BOTH && !conflict.bothCanStay()) {
            throw new IllegalArgumentException("Both values can be kept only of a contact's e-mail address or phone number, where each "
                    + "side gave one: keep mine, theirs or a value");
        }
        FieldConflict.Side chosen = switch (keep) {
            // Both: mine first in the contact's list (the value the field holds now, where neither was written here).
            case MINE, BOTH -> conflict.current().mine() ? conflict.current()
                    : conflict.others().stream().filter(FieldConflict.Side::mine).findFirst().orElse(conflict.current());
            case THEIRS -> named ? conflict.writtenBy(value) : conflict.theirs().stream().findFirst().orElse(conflict.others().getFirst());
            case VALUE, RESTORED -> null;
            case DELETED, MOVED -> java.util.stream.Stream.concat(java.util.stream.Stream.of(conflict.current()), conflict.others().stream())
                    .filter(v -> v.value() != null && !v.value().equals("null")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Nobody deleted " + conflict.label()));
        };
        if ((keep == FieldConflict.Keep.DELETED || keep == FieldConflict.Keep.RESTORED || keep == FieldConflict.Keep.MOVED) && !conflict.deletion()) {
            throw new IllegalArgumentException(conflict.label() + " was not deleted: keep mine, theirs or a value");
        }
        if (keep == FieldConflict.Keep.MOVED && !conflict.mergedAway()) {
            throw new IllegalArgumentException(conflict.label() + " was not merged into another contact: keep it deleted, or restore it");
        }
        if (keep == FieldConflict.Keep.VALUE && MOVED_ONLY.contains(conflict.field())) {
            // A stage and what a move writes with it (when it was entered, closed, why lost) go together, through the checklist.
            throw new IllegalArgumentException("The " + conflict.field().replace('_', ' ') + " of " + conflict.label() + " is one of the "
                    + "values written: keep mine or theirs (theirs=WHO where teammates wrote several), then move the deal where it belongs "
                    + "(a move passes its checklist)");
        }
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(conflict.table());
        Field<?> field = table.field(conflict.field());
        String json = chosen != null ? chosen.value() : keep == FieldConflict.Keep.RESTORED ? "null" : TypedValues.json(field, value);
        if (keep == FieldConflict.Keep.VALUE) {
            TypedValues.refuseUnstorable(table, field, json, value);
        }
        List<String> trashed;
        try {
            // A stage kept is entered when the move kept was made (it kept the time of the move that lost: a deal kept in
            // Prospect said it had been there since a teammate's move to Lost).
            java.time.Instant entered = conflict.table().equals("deal") && conflict.field().equals("stage") && chosen != null
                    && keep != FieldConflict.Keep.DELETED && keep != FieldConflict.Keep.MOVED ? chosen.at() : null;
            trashed = write(conflict, keep, table, field, json, entered, summary);
        } catch (StoreException e) {
            if (keep == FieldConflict.Keep.VALUE && String.valueOf(e.getMessage()).contains("CONSTRAINT")) {
                // The column's own checks (a source's or a channel's keys, a length): the typed value is said, nothing was written.
                throw new IllegalArgumentException("\u201C" + com.funnelboard.domain.Printable.escape(value) + "\u201D is not a value this "
                        + "field can take; nothing was changed");
            }
            throw e;
        }
        return new Resolution(conflict, json, trashed);
    }

    /** Writes the resolution; returns the addresses or numbers of the contact's losing sides it put in the trash. */
    private List<String> write(FieldConflict conflict, FieldConflict.Keep keep, Table<?> table, Field<?> field, String json,
            java.time.Instant entered, java.util.function.Function<FieldConflict, String> summary) {
        List<String> trashed = new java.util.ArrayList<>();
        List<String> moved = new java.util.ArrayList<>();
        store.writeAll(ChangeOrigin.USER, summary.apply(conflict), r -> {
            ConflictReopening reopening = new ConflictReopening(r.ctx(), r.local());
            if (entered != null) {
                // A teammate's move to Won or Lost that the kept stage is not: what it did beyond the stage is taken back too.
                new LosingClosingMoves(r.ctx(), r.changes()).takeBack(conflict.row(), json, reopening, store.clock().instant());
            }
            UpdatableRecord<?> row = ShareHistory.load(r.ctx(), table, conflict.row());
            Object was = row.get(field);
            ShareHistory.setJson(row, field, json);
            boolean keptChanges = !java.util.Objects.equals(was, row.get(field));
            if (entered != null) {
                ShareHistory.setJson(row, table.field("stage_entered_at"), Long.toString(entered.toEpochMilli()));
            }
            Field<?> mergedInto = table.field("merged_into");
            if (keep == FieldConflict.Keep.RESTORED && mergedInto != null) {
                // A contact merged away and edited by a teammate, restored: a contact of its own again, that can be
                // opened and edited (restored still pointing at the one it was merged into, it was listed but not found).
                ShareHistory.setJson(row, mergedInto, "null");
            }
            // The value kept is written as an edit made knowing every side, so the conflict ends everywhere: also when the row
            // already holds it and only other fields change with it (a stage kept as it stands, with the time it was entered).
            r.changes().updateAny(row);
            if (!keptChanges) {
                r.changes().confirmAny(row, field);
            }
            if (conflict.table().equals("contact") && (keep == FieldConflict.Keep.MINE || keep == FieldConflict.Keep.THEIRS
                    || keep == FieldConflict.Keep.VALUE)) {
                trashed.addAll(LosingAddresses.drop(r.ctx(), r.changes(), conflict.row(), conflict.field(), json));
            }
            if (conflict.table().equals("contact") && !conflict.deletion()) {
                // The values kept are in the contact's list, the one the field holds first (each side may have taken the others' away).
                List<String> kept = keep == FieldConflict.Keep.BOTH ? java.util.stream.Stream.concat(java.util.stream.Stream.of(json),
                        conflict.sides().stream().map(FieldConflict.Side::value)).toList() : List.of(json);
                LosingAddresses.keptInTheList(r, conflict.row(), conflict.field(), kept);
            }
            if (keep == FieldConflict.Keep.MOVED) {
                // The merge stands, and what the teammate wrote on the contact goes onto the one it was merged into.
                moved.addAll(MergedAwayEdits.moveOnto(r, java.util.UUID.fromString(conflict.row())));
            }
            reopening.resolved(conflict.table(), conflict.row(), conflict.field(), r.changeSetId());
        });
        return keep == FieldConflict.Keep.MOVED ? List.copyOf(moved) : List.copyOf(trashed);
    }

    /** A stage, and when it was entered, which only a move sets (through the checklist): never a value typed in a resolution. */
    private static final java.util.Set<String> MOVED_ONLY = java.util.Set.of("stage", "stage_entered_at");

    /** How the conflict's field is decided now (without the change sets given), or null when nothing is left to decide. */
    static FieldVersions.Decision decide(DSLContext ctx, MergeConflictRecord m, Set<UUID> without) {
        if (m.getField().equals(FieldConflict.DELETED_AT) && DeletionConflicts.DELETABLE.contains(m.getTableName())) {
            return new DeletionConflicts(ctx, new ShareHistory(ctx)).deletion(m.getTableName(), m.getRowKey(), without);
        }
        Map<String, Map<UUID, FieldVersion>> versions = new LinkedHashMap<>();
        versions.put(m.getTableName() + "\0" + m.getRowKey() + "\0" + m.getField(), new LinkedHashMap<>());
        new ShareHistory(ctx).addLocalVersions(Map.of(m.getTableName(), Set.of(m.getRowKey())), versions);
        Map<UUID, FieldVersion> v = versions.values().iterator().next();
        v.keySet().removeAll(without); // a resolution undone, and its undo
        return v.isEmpty() ? null : FieldVersions.decide(v.values());
    }

    private static FieldConflict.Side side(FieldVersion v, UUID me, com.funnelboard.domain.StageChange move) {
        return new FieldConflict.Side(v.value(), v.author(), v.replica(), com.funnelboard.domain.Hlc.time(v.hlc()), v.replica().equals(me), move);
    }

    /**
     * The stage move that gave a deal's stage its value {@code v}: the move its change set recorded for that deal (made
     * here or received), with the checklist its author passed or the reason given; null for any other field, or a value no
     * move set (a resolution, a relayed value whose move has not arrived).
     */
    private static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private static com.funnelboard.domain.StageChange moveOf(DSLContext ctx, MergeConflictRecord m, FieldVersion v) {
        if (!m.getTableName().equals("deal") || !m.getField().equals("stage")) {
            return null;
        }
        String set = v.changeSet().toString();
        List<UUID> moves = ctx.fetch("SELECT row_key FROM change WHERE change_set_id = ? AND table_name = 'stage_change' AND field = ? "
                + "UNION ALL SELECT row_key FROM received_change WHERE change_set_id = ? AND table_name = 'stage_change' AND field = ?",
                set, ChangeRecorder.WHOLE_ROW, set, ChangeRecorder.WHOLE_ROW).getValues(0, String.class).stream()
                .filter(k -> k != null && UUID_TEXT.matcher(k).matches()).map(UUID::fromString).toList();
        if (moves.isEmpty()) {
            return null;
        }
        return ctx.selectFrom(STAGE_CHANGE)
                .where(STAGE_CHANGE.DEAL_ID.eq(UUID.fromString(m.getRowKey())).and(STAGE_CHANGE.ID.in(moves)))
                .orderBy(STAGE_CHANGE.CHANGED_AT.desc())
                .limit(1)
                .fetchOptional(StageChangeRepository::toChange)
                .orElse(null);
    }

    private static String label(DSLContext ctx, String table, String row) {
        String column = switch (table) {
            case "deal" -> "title";
            case "contact", "organization" -> "name";
            case "checklist_item" -> "text";
            default -> null;
        };
        // In words, as the user knows the row: "checklist item “Budget: able to pay”", not "checklist_item 87d15c1a".
        String kind = table.replace('_', ' ');
        if (column != null) {
            var r = ctx.fetchOptional("SELECT " + column + " FROM " + table + " WHERE id = ?", row);
            if (r.isPresent()) {
                return kind + " “" + r.get().get(0, String.class) + "”" + MergeTrash.mergedInto(ctx, table, row);
            }
        }
        return kind + " " + row.substring(0, Math.min(8, row.length()));
    }
}
