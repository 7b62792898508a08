package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CHANGE;
import static com.funnelboard.store.jooq.Tables.CHANGE_SET;

import com.funnelboard.store.jooq.DefaultSchema;
import com.funnelboard.store.jooq.tables.records.ChangeRecord;
import com.funnelboard.store.jooq.tables.records.ChangeSetRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.tools.Convert;
import tools.jackson.databind.JsonNode;

/**
 * Undoes a recorded change set through the write path: every field it changed gets its old value
 * back, every row it created is soft-deleted — as a change set of its own, so an undo is recorded,
 * shared, and can itself be undone (redo). It restores exactly what the set changed and nothing
 * else, and refuses, changing nothing, when something it would restore has changed since.
 */
public final class ChangeReverter {


    private final DSLContext ctx;
    private final Repositories owner;

    ChangeReverter(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.owner = owner;
    }

    /** A field or row that changed after the change set being undone. */
    /**
     * A value an undo would overwrite; {@code asBefore} when it is already what it was before the set
     * (the set undone already: a row it made is in the trash, a field holds its old value again).
     */
    public record Conflict(String table, String row, String field, String expected, String now, boolean asBefore) {

        public Conflict(String table, String row, String field, String expected, String now) {
            this(table, row, field, expected, now, false);
        }
    }

    /** Thrown when an undo would overwrite a later change; nothing was written. */
    public static final class ConflictException extends RuntimeException {
        private final transient List<Conflict> conflicts;

        ConflictException(List<Conflict> conflicts) {
            super(conflicts.size() + " later change(s) would be overwritten");
            this.conflicts = List.copyOf(conflicts);
        }

        public List<Conflict> conflicts() {
            return conflicts;
        }
    }

    /**
     * Reverts change set {@code id}.
     *
     * @param keepRows tables whose new rows are kept rather than deleted (append-only history, such
     *     as stage changes, that the caller answers with a row of its own)
     * @return the entries that were reverted, in the order they were undone
     * @throws ConflictException when a field no longer holds the value the set gave it, or a row it
     *     created was changed since
     * @throws IllegalArgumentException when there is no such change set
     */
    public List<ChangeRecord> revert(UUID id, Set<String> keepRows) {
        return revert(id, keepRows, Set.of());
    }

    /**
     * Reverts change set {@code id}, keeping also the new rows of {@code keepWhileReferredStay} (what
     * someone logged: calls, emails, meetings, notes). Those of a deal or contact this same undo
     * deletes go to the trash with it as with any deletion: left as they are under their record in
     * the trash, as are the set's follow-ups on such a deal, so that restoring the record brings them
     * back (deleted one by one, they stayed deleted once the deal was restored, out of reach of the trash).
     */
    public List<ChangeRecord> revert(UUID id, Set<String> keepRows, Set<String> keepWhileReferredStay) {
        ChangeSetRecord set = ctx.selectFrom(CHANGE_SET).where(CHANGE_SET.ID.eq(id)).fetchOne();
        if (set == null) {
            throw new IllegalArgumentException("No change set " + id);
        }
        List<ChangeRecord> entries = ctx.selectFrom(CHANGE).where(CHANGE.CHANGE_SET_ID.eq(id)).orderBy(CHANGE.SEQ.desc()).fetch();
        List<Conflict> conflicts = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        // The rows the set touched, read a few hundred at a time (a statement each was prepared for every row), and the rows
        // it created, deleted table by table in batches once the fields are put back.
        java.util.Map<String, java.util.Map<Object, UpdatableRecord<?>>> rows = prefetch(entries);
        java.util.Map<String, List<UpdatableRecord<?>>> deletes = new java.util.LinkedHashMap<>();
        // What each field will hold once the later entries of this set are undone (a set may
        // change one field twice).
        java.util.Map<String, String> simulated = new java.util.HashMap<>();
        // The rows the set deleted or restored, with the deletion time the set's first entry for each found (entries are read
        // newest first, so the last one seen here).
        java.util.Map<String, String> deletedAfter = new java.util.HashMap<>();
        for (ChangeRecord e : entries) {
            if (e.getField().equals("deleted_at")) {
                deletedAfter.put(e.getTableName() + "/" + e.getRowKey(), e.getOldValue() == null ? "null" : e.getOldValue());
            }
        }
        java.util.Set<String> trashed = new java.util.HashSet<>();
        MergeUndoValues undoneMerge = MergeUndoValues.of(ctx, set);
        for (ChangeRecord e : entries) {
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(e.getTableName());
            if (table == null) {
                throw new IllegalStateException("Unknown table in the change log: " + e.getTableName());
            }
            UpdatableRecord<?> row = loaded(rows, table, e.getRowKey());
            if (ChangeRecorder.WHOLE_ROW.equals(e.getField())) {
                if (keepRows.contains(e.getTableName()) || table.field("deleted_at") == null) {
                    continue;
                }
                if (row == null || !asCreated(row, e.getNewValue())) {
                    boolean trashedSince = row != null && row.get(table.field("deleted_at")) != null;
                    conflicts.add(new Conflict(e.getTableName(), e.getRowKey(), "*", "unchanged since", "changed", trashedSince));
                } else {
                    deletes.computeIfAbsent(e.getTableName(), t -> new ArrayList<>()).add(row);
                }
                continue;
            }
            Field<?> field = table.field(e.getField());
            if (row != null && !e.getField().equals("deleted_at") && inTrashSince(table, row, deletedAfter.get(e.getTableName() + "/" + e.getRowKey()))) {
                // A record deleted since (a command, a teammate) takes no values back: the undo (or redo) would write into the
                // trash, and a restore would bring the record back with values nobody saw it get.
                if (trashed.add(e.getTableName() + "/" + e.getRowKey())) {
                    conflicts.add(new Conflict(e.getTableName(), e.getRowKey(), "deleted_at", "null", "in the trash"));
                }
                continue;
            }
            String slot = e.getTableName() + "/" + e.getRowKey() + "/" + e.getField();
            String nowJson = simulated.containsKey(slot) ? simulated.get(slot)
                    : Json.mapper().writeValueAsString(row == null || field == null ? null : ChangeRecorder.databaseValue(field, row.get(field)));
            java.util.Optional<String> later = undoneMerge.without(e.getTableName(), e.getRowKey(), e.getField());
            String back = later.orElse(e.getOldValue());
            simulated.put(slot, back);
            boolean changedSince = row == null || field == null || !Objects.equals(Json.mapper().readTree(nowJson), Json.mapper().readTree(e.getNewValue()));
            if (changedSince && row != null && field != null && later.isPresent()
                    && Objects.equals(Json.mapper().readTree(nowJson), Json.mapper().readTree(later.get()))) {
                // A later merge decided the field against this one's value already (a teammate's newer title): without this merge
                // it holds what it holds. Confirmed, so that the undo ends their conflict and travels (it was refused as
                // overwriting a later change, which it did not).
                writes.add(() -> owner.changes().confirmAny(row, field));
                continue;
            }
            if (changedSince) {
                boolean asBefore = row != null && field != null
                        && Objects.equals(Json.mapper().readTree(nowJson), e.getOldValue() == null ? null : Json.mapper().readTree(e.getOldValue()));
                conflicts.add(new Conflict(e.getTableName(), e.getRowKey(), e.getField(), e.getNewValue(), nowJson, asBefore));
                continue;
            }
            writes.add(() -> {
                set(row, field, back);
                if (!owner.changes().updateAny(row)) {
                    // The entry confirmed a value (a conflict resolved by keeping the value it held): undone, it is confirmed
                    // again, so that the undo is a change set of its own, which a redo can take back in turn.
                    owner.changes().confirmAny(row, field);
                }
            });
        }
        // What holds its old value again already (a deal of a bulk delete restored from the trash since) is undone already: the
        // rest is taken back, where the whole undo was refused as "undone already" with the other deal still in the trash.
        // Refused only for a later change in the way, or when everything is as it was before.
        List<Conflict> inTheWay = conflicts.stream().filter(c -> !c.asBefore()).toList();
        if (!inTheWay.isEmpty()) {
            throw new ConflictException(inTheWay);
        }
        if (!conflicts.isEmpty() && writes.isEmpty() && deletes.isEmpty()) {
            throw new ConflictException(conflicts);
        }
        writes.forEach(Runnable::run);
        for (String kept : keepWhileReferredStay) {
            deletes.remove(kept);
        }
        List<UpdatableRecord<?>> followUps = keepWhileReferredStay.isEmpty() ? null : deletes.get("follow_up");
        if (followUps != null) {
            followUps.removeIf(row -> refersToAny(row, "deal_id", deletes.get("deal")));
        }
        // The records a search document is made of go first: deleted after them, each address and number of an imported contact
        // wrote its contact's document again (twice a contact), only for the contact's own deletion to remove it.
        deletes.entrySet().stream().sorted(java.util.Comparator.comparingInt(d -> DOCUMENTED.contains(d.getKey()) ? 0 : 1))
                .forEach(d -> owner.changes().deleteAllAny(d.getValue()));
        followUndoneContactMerge(entries);
        new ConflictReopening(ctx, owner.local()).reverted(id, owner.changeSetId());
        return entries;
    }

    /** True when {@code row}'s {@code column} names one of {@code deleted} (by id). */
    private static boolean refersToAny(UpdatableRecord<?> row, String column, List<UpdatableRecord<?>> deleted) {
        Field<?> f = row.field(column);
        if (f == null || deleted == null || row.get(f) == null) {
            return false;
        }
        Object id = row.get(f);
        return deleted.stream().anyMatch(d -> id.equals(d.get(d.field("id"))));
    }

    /**
     * True when the row is in the trash by something other than the set: the set neither deleted nor
     * restored it ({@code setFound}, the deletion time the set found, is null) and it is deleted now.
     * A row the set restored goes back to the trash with the values it had there (a redo of an undone
     * merge that had moved a deal to the trash was refused as "in the trash now", of a deal on the board).
     */
    private static boolean inTrashSince(Table<?> table, UpdatableRecord<?> row, String setFound) {
        Field<?> deleted = table.field("deleted_at");
        return deleted != null && setFound == null && row.get(deleted) != null;
    }

    /** The tables whose rows have a search document of their own (their addresses and numbers are part of a contact's). */
    private static final Set<String> DOCUMENTED = Set.of("contact", "organization", "deal");

    /**
     * A contact merge undone: its deals go back to the contact merged away, and so do the calls and
     * notes logged on those deals since, under the contact that took them over (a teammate's call
     * on such a deal stayed under the other person, while its deal went back). Only for a merge: a
     * deal given to another contact and given back keeps what was logged with that other person.
     */
    private void followUndoneContactMerge(List<ChangeRecord> entries) {
        java.util.Set<String> mergedAway = new java.util.HashSet<>();
        for (ChangeRecord e : entries) {
            if (e.getTableName().equals("contact") && e.getField().equals("merged_into")) {
                mergedAway.add(e.getRowKey());
            }
        }
        for (ChangeRecord e : entries) {
            if (!e.getTableName().equals("deal") || !e.getField().equals("contact_id") || e.getOldValue() == null) {
                continue;
            }
            String back = Json.mapper().readTree(e.getOldValue()).asString();
            String survivor = Json.mapper().readTree(e.getNewValue()).asString();
            if (back == null || survivor == null || !mergedAway.contains(back)) {
                continue;
            }
            for (var call : ctx.selectFrom(com.funnelboard.store.jooq.Tables.INTERACTION)
                    .where(com.funnelboard.store.jooq.Tables.INTERACTION.DEAL_ID.eq(java.util.UUID.fromString(e.getRowKey())))
                    .and(com.funnelboard.store.jooq.Tables.INTERACTION.CONTACT_ID.eq(java.util.UUID.fromString(survivor))).fetch()) {
                call.setContactId(java.util.UUID.fromString(back));
                owner.changes().update(call);
            }
        }
    }

    /** True when every field of the row still holds what it was created with (timestamps aside). */
    private static boolean asCreated(UpdatableRecord<?> row, String createdJson) {
        JsonNode created = Json.mapper().readTree(createdJson);
        for (Field<?> f : row.fields()) {
            String name = f.getName();
            if (name.endsWith("_at") && (name.equals("created_at") || name.equals("updated_at") || name.equals("deleted_at"))) {
                continue;
            }
            JsonNode now = Json.mapper().readTree(Json.mapper().writeValueAsString(ChangeRecorder.databaseValue(f, row.get(f))));
            JsonNode then = created.get(name);
            if (!Objects.equals(now, then == null ? Json.mapper().readTree("null") : then)) {
                return false;
            }
        }
        return row.get(row.field("deleted_at")) == null;
    }

    /** Every row the entries name, by table and key, read 500 keys per statement; a row not found is absent. */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, java.util.Map<Object, UpdatableRecord<?>>> prefetch(List<ChangeRecord> entries) {
        java.util.Map<String, java.util.Set<String>> keys = new java.util.LinkedHashMap<>();
        for (ChangeRecord e : entries) {
            keys.computeIfAbsent(e.getTableName(), t -> new java.util.LinkedHashSet<>()).add(e.getRowKey());
        }
        java.util.Map<String, java.util.Map<Object, UpdatableRecord<?>>> rows = new java.util.HashMap<>();
        keys.forEach((name, named) -> {
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(name);
            if (table == null) {
                return; // said as an unknown table by the loop over the entries
            }
            Field<Object> pk = (Field<Object>) table.getPrimaryKey().getFields().getFirst();
            java.util.Map<Object, UpdatableRecord<?>> byKey = new java.util.HashMap<>();
            List<Object> all = named.stream().map(k -> fromDatabase(pk, k)).toList();
            for (int from = 0; from < all.size(); from += 500) {
                for (org.jooq.Record r : ctx.selectFrom(table).where(pk.in(all.subList(from, Math.min(all.size(), from + 500)))).fetch()) {
                    byKey.put(r.get(pk), (UpdatableRecord<?>) r);
                }
            }
            rows.put(name, byKey);
        });
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static UpdatableRecord<?> loaded(java.util.Map<String, java.util.Map<Object, UpdatableRecord<?>>> rows, Table<?> table, String key) {
        Field<Object> pk = (Field<Object>) table.getPrimaryKey().getFields().getFirst();
        return rows.getOrDefault(table.getName(), java.util.Map.of()).get(fromDatabase(pk, key));
    }

    @SuppressWarnings("unchecked")
    static void set(UpdatableRecord<?> row, Field<?> field, String json) {
        JsonNode node = Json.mapper().readTree(json);
        Object db = node == null || node.isNull() ? null : node.isNumber() ? (Object) node.longValue() : node.asString();
        ((org.jooq.Record) row).set((Field<Object>) field, fromDatabase((Field<Object>) field, db));
    }

    @SuppressWarnings("unchecked")
    static Object fromDatabase(Field<Object> field, Object db) {
        if (db == null) {
            return null;
        }
        org.jooq.Converter<Object, Object> c = (org.jooq.Converter<Object, Object>) (org.jooq.Converter<?, ?>) field.getConverter();
        return c.from(Convert.convert(db, c.fromType()));
    }
}
