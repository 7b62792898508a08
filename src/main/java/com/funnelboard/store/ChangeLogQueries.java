package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CHANGE;
import static com.funnelboard.store.jooq.Tables.CHANGE_SET;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS;
import static com.funnelboard.store.jooq.Tables.FOLLOW_UP;
import static com.funnelboard.store.jooq.Tables.INTERACTION;
import static com.funnelboard.store.jooq.Tables.PHONE_NUMBER;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.ChangeSetEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reading the change log: history of a deal, a contact, or everything, newest first. */
public final class ChangeLogQueries {

    private final DSLContext ctx;

    ChangeLogQueries(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** One change set with its changes. */
    public java.util.Optional<ChangeSetEntry> find(UUID id) {
        return sets(CHANGE_SET.ID.eq(id), 1).stream().findFirst();
    }

    /**
     * Up to {@code limit} change set ids that start with {@code prefix} as people type them from a
     * listing, or when none does, that end with it (listings show the last characters of
     * time-ordered ids, whose first ones are shared by every set of the same minute).
     */
    public List<UUID> changeSetIds(String prefix, int limit) {
        String p = prefix.strip().toLowerCase(java.util.Locale.ROOT);
        org.jooq.Field<String> text = DSL.field(CHANGE_SET.ID.getQualifiedName(), org.jooq.impl.SQLDataType.VARCHAR);
        List<UUID> found = ctx.select(CHANGE_SET.ID).from(CHANGE_SET).where(text.ge(p).and(text.lt(p + Character.MAX_VALUE)))
                .orderBy(CHANGE_SET.ID).limit(limit).fetch(CHANGE_SET.ID);
        if (found.isEmpty() && p.matches("[0-9a-f-]{4,36}")) {
            found = ctx.select(CHANGE_SET.ID).from(CHANGE_SET).where(text.like("%" + p)).orderBy(CHANGE_SET.ID).limit(limit).fetch(CHANGE_SET.ID);
        }
        return found;
    }

    /**
     * What a share file written now would hold, in a few numbers: this installation's replica and
     * schema, and the count and newest row of the change sets it would carry (its own and those it
     * applied from others). Equal signatures, equal files.
     */
    public String shareSignature() {
        return ctx.fetchValue("SELECT (SELECT value FROM local_setting WHERE key = 'replica.id') || '/' || ? || '/' "
                + "|| (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM change_set WHERE origin <> 'merge') || '/' "
                + "|| (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM received_change_set WHERE state = 'applied')",
                Migrations.LATEST_VERSION).toString();
    }

    /**
     * Whether any change of a record is recorded: a deal, a contact, an organization, anything but
     * the shared settings (a new teammate's first change set only puts their name in the team's
     * directory). Asked without reading a change set: the latest may be an import of a million rows.
     */
    public boolean anyRecordChanged() {
        return ctx.fetchExists(ctx.selectOne().from(CHANGE).where(CHANGE.TABLE_NAME.ne("settings")));
    }

    /** The ids this installation has written change sets under (the current one, and any it had before). */
    public java.util.Set<String> ownReplicas() {
        java.util.Set<String> out = new java.util.HashSet<>(ctx.fetchValues("SELECT DISTINCT replica_id FROM change_set WHERE origin <> 'merge'")
                .stream().map(String::valueOf).toList());
        ctx.fetchOptional("SELECT value FROM local_setting WHERE key = 'replica.id'").ifPresent(r -> out.add(String.valueOf(r.get(0))));
        return out;
    }

    /** How many change sets were made after a moment, and the newest of them (null when none). */
    public record Since(int count, ChangeSetEntry newest) {}

    /** The change sets made after {@code at} (a backup's newest change): what a restore of that backup would take out. */
    public Since since(java.time.Instant at) {
        int n = ctx.fetchCount(CHANGE_SET, CHANGE_SET.MADE_AT.gt(at));
        return new Since(n, n == 0 ? null : latest(1, 0).getFirst());
    }

    /** The newest change sets of the whole database. */
    public List<ChangeSetEntry> latest(int limit) {
        return sets(DSL.trueCondition(), limit);
    }

    /**
     * As {@link #latest(int)}, each set with its first {@code changesPerSet} changes only: an import of 150,000 rows made
     * 300,000, which a listing read and described one by one for minutes ({@link #changeCounts} says how many each has).
     */
    public List<ChangeSetEntry> latest(int limit, int changesPerSet) {
        var headers = ctx.selectFrom(CHANGE_SET).orderBy(CHANGE_SET.HLC.desc(), CHANGE_SET.REPLICA_ID.desc()).limit(limit).fetch();
        Map<UUID, String> commands = commandsOf(headers.map(h -> h.getId()));
        return headers.map(h -> new ChangeSetEntry(h.getId(), ChangeOrigin.fromKey(h.getOrigin()), h.getAuthor(), h.getMadeAt(),
                h.getSummary(), ctx.selectFrom(CHANGE).where(CHANGE.CHANGE_SET_ID.eq(h.getId())).orderBy(CHANGE.SEQ).limit(changesPerSet)
                        .fetch(c -> new ChangeSetEntry.FieldChange(c.getTableName(), c.getRowKey(), c.getField(), c.getOldValue(),
                                c.getNewValue())), List.of(), commands.get(h.getId())));
    }

    /** How many changes each of these change sets made. */
    public Map<UUID, Integer> changeCounts(java.util.Collection<UUID> sets) {
        Map<UUID, Integer> out = new LinkedHashMap<>();
        ctx.select(CHANGE.CHANGE_SET_ID, DSL.count()).from(CHANGE).where(CHANGE.CHANGE_SET_ID.in(sets)).groupBy(CHANGE.CHANGE_SET_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** Change sets that touched the deal, its history, follow-ups and interactions, or its contact and the contact's addresses. */
    public List<ChangeSetEntry> forDeal(UUID deal, int limit) {
        return forDeal(deal, limit, false);
    }

    /**
     * As {@link #forDeal(UUID, int)}; with {@code onlyItsRows}, each change set keeps only the
     * changes to those rows (a sample pipeline or an import that also made other deals).
     */
    public List<ChangeSetEntry> forDeal(UUID deal, int limit, boolean onlyItsRows) {
        List<String> keys = new ArrayList<>(List.of(deal.toString()));
        UUID contact = ctx.select(DEAL.CONTACT_ID).from(DEAL).where(DEAL.ID.eq(deal)).fetchOne(DEAL.CONTACT_ID);
        if (contact != null) {
            keys.addAll(contactKeys(contact));
        }
        keys.addAll(ctx.select(STAGE_CHANGE.ID).from(STAGE_CHANGE).where(STAGE_CHANGE.DEAL_ID.eq(deal)).fetch(r -> r.value1().toString()));
        keys.addAll(ctx.select(FOLLOW_UP.ID).from(FOLLOW_UP).where(FOLLOW_UP.DEAL_ID.eq(deal)).fetch(r -> r.value1().toString()));
        keys.addAll(ctx.select(INTERACTION.ID).from(INTERACTION).where(INTERACTION.DEAL_ID.eq(deal)).fetch(r -> r.value1().toString()));
        return touching(keys, limit, onlyItsRows);
    }

    /** Change sets that touched the contact, its addresses or its interactions. */
    public List<ChangeSetEntry> forContact(UUID contact, int limit) {
        return forContact(contact, limit, false);
    }

    /** As {@link #forContact(UUID, int)}; with {@code onlyItsRows}, only the changes to those rows. */
    public List<ChangeSetEntry> forContact(UUID contact, int limit, boolean onlyItsRows) {
        List<String> keys = contactKeys(contact);
        keys.addAll(ctx.select(INTERACTION.ID).from(INTERACTION).where(INTERACTION.CONTACT_ID.eq(contact))
                .fetch(r -> r.value1().toString()));
        return touching(keys, limit, onlyItsRows);
    }

    /** The contact's row and its addresses. */
    private List<String> contactKeys(UUID contact) {
        List<String> keys = new ArrayList<>(List.of(contact.toString()));
        keys.addAll(ctx.select(EMAIL_ADDRESS.ID).from(EMAIL_ADDRESS).where(EMAIL_ADDRESS.CONTACT_ID.eq(contact))
                .fetch(r -> r.value1().toString()));
        keys.addAll(ctx.select(PHONE_NUMBER.ID).from(PHONE_NUMBER).where(PHONE_NUMBER.CONTACT_ID.eq(contact))
                .fetch(r -> r.value1().toString()));
        return keys;
    }

    /** Who or what last deleted a row, and when that change was made here. */
    public record Deletion(String by, java.time.Instant at) {}

    /**
     * Who or what last deleted each of {@code rows}: the author of a change set made by hand, "Undo of …" for an undo
     * (an undone import's records fill the trash, and read as deleted by someone), else the set's summary (a merge's,
     * an import's). Rows never recorded as deleted are absent.
     */
    public java.util.Map<UUID, Deletion> deletedBy(java.util.Collection<UUID> rows) {
        java.util.Map<UUID, Deletion> out = new java.util.HashMap<>();
        java.util.Map<UUID, Long> newest = new java.util.HashMap<>();
        List<String> keys = rows.stream().map(UUID::toString).toList();
        for (int from = 0; from < keys.size(); from += 500) {
            ctx.select(CHANGE.ROW_KEY, CHANGE_SET.ORIGIN, CHANGE_SET.AUTHOR, CHANGE_SET.SUMMARY, CHANGE_SET.HLC, CHANGE_SET.MADE_AT).from(CHANGE).join(CHANGE_SET)
                    .on(CHANGE_SET.ID.eq(CHANGE.CHANGE_SET_ID))
                    .where(CHANGE.ROW_KEY.in(keys.subList(from, Math.min(keys.size(), from + 500))).and(CHANGE.FIELD.eq("deleted_at"))
                            .and(CHANGE.NEW_VALUE.isNotNull()).and(CHANGE.NEW_VALUE.ne("null")))
                    .forEach(r -> {
                        UUID row = UUID.fromString(r.value1());
                        if (newest.getOrDefault(row, Long.MIN_VALUE) < r.value5()) {
                            newest.put(row, r.value5());
                            String summary = r.value4() == null ? "" : r.value4();
                            out.put(row, new Deletion(switch (r.value2()) {
                                case "user" -> r.value3();
                                case "undo" -> summary.startsWith("Redid: ") ? "Redo of " + summary.substring(7)
                                        : "Undo of " + (summary.startsWith("Undid: ") ? summary.substring(7) : "a change by " + r.value3());
                                default -> summary.isEmpty() ? r.value3() : summary;
                            }, r.value6()));
                        }
                    });
        }
        return out;
    }

    /**
     * The rows of {@code table} that the change set which last deleted {@code row} deleted along
     * with it (a contact's deals deleted with the contact); empty when the row was never deleted.
     */
    public List<UUID> deletedAlongWith(UUID row, String table) {
        var lastDelete = ctx.select(CHANGE.CHANGE_SET_ID).from(CHANGE).join(CHANGE_SET).on(CHANGE_SET.ID.eq(CHANGE.CHANGE_SET_ID))
                .where(CHANGE.ROW_KEY.eq(row.toString()).and(CHANGE.FIELD.eq("deleted_at")).and(CHANGE.NEW_VALUE.isNotNull())
                        .and(CHANGE.NEW_VALUE.ne("null")))
                .orderBy(CHANGE_SET.HLC.desc(), CHANGE_SET.REPLICA_ID.desc()).limit(1).fetchOptional(CHANGE.CHANGE_SET_ID);
        if (lastDelete.isEmpty()) {
            return List.of();
        }
        // A restore records the deletion time going to null: asked after the row's own restore in the same set, that set is not
        // its last delete, and what it restored was not deleted in it.
        return ctx.select(CHANGE.ROW_KEY).from(CHANGE).where(CHANGE.CHANGE_SET_ID.eq(lastDelete.get()).and(CHANGE.TABLE_NAME.eq(table))
                .and(CHANGE.FIELD.eq("deleted_at")).and(CHANGE.NEW_VALUE.isNotNull()).and(CHANGE.NEW_VALUE.ne("null")))
                .fetch(r -> UUID.fromString(r.value1()));
    }

    /** The currency of a deal, deleted or not, by its row key; empty when the key is no deal's. */
    public java.util.Optional<String> currencyOfDeal(String rowKey) {
        UUID id;
        try {
            id = UUID.fromString(rowKey);
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
        return ctx.select(DEAL.CURRENCY).from(DEAL).where(DEAL.ID.eq(id)).fetchOptional(DEAL.CURRENCY);
    }

    /**
     * The contacts that the change set which last deleted {@code organization} took out of it
     * (their organization_id went from it to nothing); empty when it was never deleted.
     */
    public List<UUID> membersAtDelete(UUID organization) {
        var lastDelete = ctx.select(CHANGE.CHANGE_SET_ID).from(CHANGE).join(CHANGE_SET).on(CHANGE_SET.ID.eq(CHANGE.CHANGE_SET_ID))
                .where(CHANGE.ROW_KEY.eq(organization.toString()).and(CHANGE.FIELD.eq("deleted_at")).and(CHANGE.NEW_VALUE.isNotNull())
                        .and(CHANGE.NEW_VALUE.ne("null")))
                .orderBy(CHANGE_SET.HLC.desc(), CHANGE_SET.REPLICA_ID.desc()).limit(1).fetchOptional(CHANGE.CHANGE_SET_ID);
        if (lastDelete.isEmpty()) {
            return List.of();
        }
        String quoted = "\"" + organization + "\"";
        return ctx.select(CHANGE.ROW_KEY).from(CHANGE).where(CHANGE.CHANGE_SET_ID.eq(lastDelete.get()).and(CHANGE.TABLE_NAME.eq("contact"))
                .and(CHANGE.FIELD.eq("organization_id")).and(CHANGE.OLD_VALUE.eq(quoted))).fetch(r -> UUID.fromString(r.value1()));
    }

    private List<ChangeSetEntry> touching(List<String> keys, int limit, boolean onlyThoseRows) {
        List<ChangeSetEntry> sets = touching(keys, limit).stream()
                .map(e -> e.origin() == ChangeOrigin.MERGE ? e.mergedFrom(mergedFrom(e.id(), keys)) : e).toList();
        if (!onlyThoseRows) {
            return sets;
        }
        java.util.Set<String> rows = new java.util.HashSet<>(keys);
        return sets.stream().map(e -> e.withChanges(e.changes().stream().filter(c -> rows.contains(c.row())).toList())).toList();
    }

    /**
     * The address an e-mail address row holds, the number of a phone number row or an organization's name, whatever its state
     * (History names the one a change deleted, restored or moved a contact to); empty for another table or an unknown row.
     */
    public java.util.Optional<String> addressOf(String table, String key) {
        UUID id;
        try {
            id = UUID.fromString(key);
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
        return switch (table) {
            case "email_address" -> ctx.select(com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS.EMAIL).from(com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS)
                    .where(com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS.ID.eq(id)).fetchOptional(com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS.EMAIL);
            case "phone_number" -> ctx.select(com.funnelboard.store.jooq.Tables.PHONE_NUMBER.PHONE).from(com.funnelboard.store.jooq.Tables.PHONE_NUMBER)
                    .where(com.funnelboard.store.jooq.Tables.PHONE_NUMBER.ID.eq(id)).fetchOptional(com.funnelboard.store.jooq.Tables.PHONE_NUMBER.PHONE);
            // An organization's name, in the trash or not: a contact moved to another one was "Edited Goran Kowalski" alone.
            case "organization" -> ctx.select(com.funnelboard.store.jooq.Tables.ORGANIZATION.NAME).from(com.funnelboard.store.jooq.Tables.ORGANIZATION)
                    .where(com.funnelboard.store.jooq.Tables.ORGANIZATION.ID.eq(id)).fetchOptional(com.funnelboard.store.jooq.Tables.ORGANIZATION.NAME);
            // A deal's title, in the trash or not: of several deals moved at once, each move names its deal.
            case "deal-title" -> ctx.select(com.funnelboard.store.jooq.Tables.DEAL.TITLE).from(com.funnelboard.store.jooq.Tables.DEAL)
                    .where(com.funnelboard.store.jooq.Tables.DEAL.ID.eq(id)).fetchOptional(com.funnelboard.store.jooq.Tables.DEAL.TITLE);
            default -> java.util.Optional.empty();
        };
    }

    /** Who wrote the change sets the merge {@code merge} applied, each once, in the order they were made. */
    public List<String> mergedAuthors(UUID merge) {
        return ctx.fetch("SELECT author FROM received_change_set WHERE merged_by = ? GROUP BY author ORDER BY min(hlc)", merge.toString())
                .map(r -> r.get(0, String.class));
    }

    /** The teammates' change sets that the merge {@code merge} applied to any of the rows {@code keys}, oldest first. */
    private List<ChangeSetEntry.Authored> mergedFrom(UUID merge, List<String> keys) {
        // made_at as text: read as a number, the driver gave it as an int and a time of 2026 was one of January 1970.
        return ctx.fetch("SELECT s.author, CAST(s.made_at AS TEXT), s.summary FROM received_change_set s WHERE s.merged_by = ? AND EXISTS ("
                + "SELECT 1 FROM received_change c WHERE c.change_set_id = s.id AND c.row_key IN (SELECT value FROM json_each(?))) "
                + "ORDER BY s.hlc, s.replica_id", merge.toString(), ScoreCache.json(keys))
                .map(r -> new ChangeSetEntry.Authored(r.get(0, String.class), java.time.Instant.ofEpochMilli(Long.parseLong(r.get(1, String.class))),
                        r.get(2, String.class)));
    }

    private List<ChangeSetEntry> touching(List<String> keys, int limit) {
        return sets(CHANGE_SET.ID.in(DSL.selectDistinct(CHANGE.CHANGE_SET_ID).from(CHANGE).where(CHANGE.ROW_KEY.in(keys))), limit);
    }

    private List<ChangeSetEntry> sets(Condition which, int limit) {
        var headers = ctx.selectFrom(CHANGE_SET).where(which).orderBy(CHANGE_SET.HLC.desc(), CHANGE_SET.REPLICA_ID.desc()).limit(limit).fetch();
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ChangeSetEntry.FieldChange>> changes = new LinkedHashMap<>();
        ctx.selectFrom(CHANGE).where(CHANGE.CHANGE_SET_ID.in(headers.map(h -> h.getId()))).orderBy(CHANGE.CHANGE_SET_ID, CHANGE.SEQ)
                .forEach(c -> changes.computeIfAbsent(c.getChangeSetId(), k -> new ArrayList<>())
                        .add(new ChangeSetEntry.FieldChange(c.getTableName(), c.getRowKey(), c.getField(), c.getOldValue(), c.getNewValue())));
        Map<UUID, String> commands = commandsOf(headers.map(h -> h.getId()));
        return headers.map(h -> new ChangeSetEntry(h.getId(), ChangeOrigin.fromKey(h.getOrigin()), h.getAuthor(), h.getMadeAt(),
                h.getSummary(), changes.getOrDefault(h.getId(), List.of()), List.of(), commands.get(h.getId())));
    }

    /** The commands of this installation that made these change sets, of those a command made (see V23). */
    private Map<UUID, String> commandsOf(List<UUID> sets) {
        Map<UUID, String> out = new java.util.HashMap<>();
        if (!sets.isEmpty()) {
            ctx.fetch("SELECT change_set_id, command FROM change_set_program WHERE change_set_id IN (SELECT value FROM json_each(?))",
                    ScoreCache.json(sets.stream().map(UUID::toString).toList()))
                    .forEach(r -> out.put(UUID.fromString(r.get(0, String.class)), r.get(1, String.class)));
        }
        return out;
    }
}
