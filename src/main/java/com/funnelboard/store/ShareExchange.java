package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.MERGE_CONFLICT;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.FieldVersion;
import com.funnelboard.domain.FieldVersions;
import com.funnelboard.store.jooq.DefaultSchema;
import com.funnelboard.store.jooq.tables.records.MergeConflictRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;

/** Sharing with teammates through share files: export, merge, and the conflicts a merge found. */
public final class ShareExchange {

    private final Store store;

    public ShareExchange(Store store) {
        this.store = store;
    }

    /** What an export wrote: how many change sets and entries. */
    public record Exported(Path file, long changeSets, long changes) {}

    /**
     * Writes this installation's share file (every change set it knows, but its merges) to {@code file}.
     *
     * @throws StoreException when the file cannot be written (nothing half-written is left)
     */
    public Exported export(Path file) {
        if (store.isOwnFile(file)) {
            throw new StoreException(StoreException.Kind.IO, file + " is the open database (or one of its own files); choose another file name.");
        }
        refuseOthersFile(file);
        ShareFile.Written w = ShareFile.export(store, file);
        return new Exported(file.toAbsolutePath().normalize(), w.changeSets(), w.changes());
    }

    /**
     * Refuses to write over a file that is not a share file of this installation: a teammate's in
     * the team's folder (`share export team/bo.funnel` replaced Bo's file with one of another
     * installation's sets), or any other file (a CSV was replaced without a word). A share file this
     * installation wrote under an id it had before (a restored backup, a corrected clock) is its own.
     */
    private void refuseOthersFile(Path file) {
        if (!Files.isRegularFile(file) || sizeOf(file) == 0) {
            return;
        }
        if (DatabaseFile.kindOf(file) != DatabaseFile.Kind.SHARE_FILE) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, file + " is not a share file, and the export would replace it; "
                    + "choose another file name. Nothing was written.");
        }
        String writer = null;
        try (java.sql.Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + file);
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT value FROM share_info WHERE key = 'replica'")) {
            writer = rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            // A damaged share file: written again whole, as before.
        }
        String who = writer;
        boolean ours = who == null || store.read(r -> r.changeLog().ownReplicas()).contains(who);
        if (!ours) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, file + " is another installation's share file (a teammate's), "
                    + "which the export would replace; export to a file of your own. Nothing was written.");
        }
    }

    /**
     * Whether change sets held here as stamped far ahead would be applied by a merge now: their time
     * has come, or this computer's clock was set right.
     */
    public boolean anyKeptAsideDue() {
        long limit = store.clock().instant().plus(ShareMerge.FUTURE_LIMIT).toEpochMilli() << 16;
        return store.jdbc(c -> new ShareHistory(store.dsl(c)).anyHeldDue(limit));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * Merges the share file {@code file}, or with {@code dryRun} says what merging would do and
     * changes nothing. The file is checked first (see {@link ShareFileReader}); a bad file is
     * refused and nothing is changed.
     *
     * @throws StoreException with one sentence when the file is refused
     * @throws java.util.concurrent.CancellationException when {@code cancelled} said so (nothing changed)
     */
    public MergeReport merge(Path file, boolean dryRun, BooleanSupplier cancelled) {
        String name = file.getFileName().toString();
        // The very file merged before (same bytes) has nothing new: said without opening it.
        String digest = ShareFileDigest.of(file);
        // (Unless sets kept aside here as stamped far ahead are due now: a merge applies them. A file merged again while
        // this computer's clock was behind was remembered, and its sets stayed aside for good once the clock was right.)
        Integer had = anyKeptAsideDue() ? null
                : store.jdbc(c -> new ShareHistory(store.dsl(c)).mergedBefore(new LocalState(store.dsl(c), store.clock()), digest));
        if (had != null) {
            return new MergeReport(0, had, 0, 0, 0, 0, 0, List.of(), null);
        }
        try {
            return merge(file, name, dryRun, cancelled);
        } catch (OutOfMemoryError e) {
            // What the file's changes need (read, checked, compared with this database's history) did not fit: the
            // transaction was rolled back and all of it is garbage now, so the app goes on.
            long max = Runtime.getRuntime().maxMemory() >> 20;
            org.slf4j.LoggerFactory.getLogger(ShareExchange.class).warn("Merging {} ran out of memory ({} MB)", file, max, e);
            throw ShareFileReader.refuse(name, "it holds more changes than fit in the memory Funnelboard has here (" + max + " MB); start "
                    + "Funnelboard with more (for example JAVA_TOOL_OPTIONS=-Xmx" + Math.max(2, 2 * (max + 1023) / 1024) + "g) or ask for a "
                    + "file of fewer changes");
        }
    }

    private MergeReport merge(Path file, String name, boolean dryRun, java.util.function.BooleanSupplier cancelled) {
        try (ShareFileReader reader = ShareFileReader.open(file)) {
            SharedChanges headers = reader.headers();
            Instant now = store.clock().instant();
            long limit = now.plus(ShareMerge.FUTURE_LIMIT).toEpochMilli() << 16;
            Set<UUID> known = store.jdbc(c -> new ShareHistory(store.dsl(c)).known(headers, new java.util.ArrayList<>(), limit, false));
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("The merge was cancelled; nothing was changed.");
            }
            SharedChanges full = reader.withEntries(id -> !known.contains(id));
            try {
                return store.write(ChangeOrigin.MERGE, null, r -> {
                    ShareMerge merge = new ShareMerge(r.ctx(), r.changes(), r.local(), now, cancelled);
                    ShareHistory history = new ShareHistory(r.ctx());
                    MergeReport report;
                    boolean bulk = full.entryCount() >= BULK_ENTRIES;
                    if (bulk) {
                        // As a bulk import: the search documents and report rows of the new rows are written at the end, in
                        // one statement per kind, with the large cache until the transaction ends, and the commit leaves
                        // copying the log into the file to the checkpoint thread.
                        r.changes().largeCache();
                        r.changes().deferSearch();
                    } else {
                        history.largeCache(true);
                    }
                    try {
                        report = merge.merge(full, merge.known(full));
                        r.changes().writeDeferredSearch();
                    } finally {
                        if (!bulk) {
                            history.largeCache(false);
                        }
                    }
                    if (dryRun) {
                        throw new DryRun(report);
                    }
                    if (report.held() == 0 && report.waiting() == 0) {
                        history.rememberMerged(r.local(), reader.digest(), full.sets().size());
                    }
                    return report;
                });
            } catch (DryRun d) {
                return d.report.withoutChangeSet();
            } catch (org.jooq.exception.DataAccessException | StoreException e) {
                String rule = brokenRule(e);
                if (e instanceof StoreException se && se.kind() != StoreException.Kind.DAMAGED && rule == null) {
                    throw se;
                }
                // In words ("a negative value"); SQLite's own ("check: value_minor IS NULL OR value_minor >= 0") in the log.
                org.slf4j.LoggerFactory.getLogger(ShareExchange.class).warn("{} breaks a rule of the database: {}", name,
                        rule != null ? rule : e.getMessage());
                throw ShareFileReader.refuse(name, "a change in it breaks a rule of the database: it gives " + com.funnelboard.domain.Printable.escape(
                        rule != null ? RuleWords.of(rule) : String.valueOf(e.getMessage())));
            }
        }
    }

    /**
     * The rule a crafted value broke ("value_minor >= 0", "deal.title"), when SQLite refused a change
     * of the file for one of its constraints (a check, a value that may not be empty, a reference);
     * null for any other failure (a full disk is not the file's fault).
     */
    static String brokenRule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException s && s.getResultCode() != null && s.getResultCode().name().startsWith("SQLITE_CONSTRAINT")) {
                String m = String.valueOf(s.getMessage());
                int at = m.lastIndexOf("constraint failed");
                String rule = at < 0 ? m : m.substring(at + "constraint failed".length()).replaceFirst("^[:\\s]+", "").replaceFirst("\\)+$", "");
                String kind = s.getResultCode().name().substring("SQLITE_CONSTRAINT".length()).replace('_', ' ').strip().toLowerCase(java.util.Locale.ROOT);
                return (kind.isEmpty() ? "" : kind + ": ") + (rule.isBlank() ? "a constraint" : rule.strip());
            }
        }
        return null;
    }

    /** Entries from which a merge writes in bulk (see {@link #merge}); a team folder's usual file holds a few. */
    static final long BULK_ENTRIES = 5_000;

    /** Rolls a dry run back, carrying what it would have done. */
    private static final class DryRun extends RuntimeException {
        private final transient MergeReport report;

        DryRun(MergeReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** The conflicts not resolved yet, oldest first. */
    public List<FieldConflict> conflicts() {
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
                List<FieldConflict.Side> others = d.conflicting().stream().map(v -> side(v, me)).toList();
                if (m.getField().equals(FieldConflict.DELETED_AT)) {
                    others = onePerAuthor(others);
                }
                out.add(new FieldConflict(m.getId(), m.getTableName(), m.getRowKey(), m.getField(), label(ctx, m.getTableName(), m.getRowKey()),
                        side(d.winner(), me), others));
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
        if (!m.getField().equals(FieldConflict.DELETED_AT) || d.winner().value() == null || d.winner().value().equals("null")) {
            return false;
        }
        return ctx.fetchOptional("SELECT 1 FROM " + ctx.render(DSL.name(m.getTableName())) + " WHERE id = ? AND deleted_at IS NULL",
                m.getRowKey()).isPresent();
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
    public record Resolution(FieldConflict conflict, String json) {}

    /**
     * As {@link #resolve(String, FieldConflict.Keep, String)}, the change set summarised by {@code summary}
     * (the words are the caller's: the service names the field as people read it).
     */
    public Resolution resolve(String id, FieldConflict.Keep keep, String value, java.util.function.Function<FieldConflict, String> summary) {
        FieldConflict conflict = conflicts().stream().filter(c -> c.id().toString().equals(id) || c.id().toString().startsWith(id.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No open conflict " + id));
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
        FieldConflict.Side chosen = switch (keep) {
            case MINE -> conflict.current().mine() ? conflict.current()
                    : conflict.others().stream().filter(FieldConflict.Side::mine).findFirst().orElse(conflict.current());
            case THEIRS -> named ? conflict.writtenBy(value) : conflict.theirs().stream().findFirst().orElse(conflict.others().getFirst());
            case VALUE, RESTORED -> null;
            case DELETED -> java.util.stream.Stream.concat(java.util.stream.Stream.of(conflict.current()), conflict.others().stream())
                    .filter(v -> v.value() != null && !v.value().equals("null")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Nobody deleted " + conflict.label()));
        };
        if ((keep == FieldConflict.Keep.DELETED || keep == FieldConflict.Keep.RESTORED) && !conflict.deletion()) {
            throw new IllegalArgumentException(conflict.label() + " was not deleted: keep mine, theirs or a value");
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
        try {
            // A stage kept is entered when the move kept was made (it kept the time of the move that lost: a deal kept in
            // Prospect said it had been there since a teammate's move to Lost).
            java.time.Instant entered = conflict.table().equals("deal") && conflict.field().equals("stage") && chosen != null
                    && keep != FieldConflict.Keep.DELETED ? chosen.at() : null;
            write(conflict, keep, table, field, json, entered, summary);
        } catch (StoreException e) {
            if (keep == FieldConflict.Keep.VALUE && String.valueOf(e.getMessage()).contains("CONSTRAINT")) {
                // The column's own checks (a source's or a channel's keys, a length): the typed value is said, nothing was written.
                throw new IllegalArgumentException("\u201C" + com.funnelboard.domain.Printable.escape(value) + "\u201D is not a value this "
                        + "field can take; nothing was changed");
            }
            throw e;
        }
        return new Resolution(conflict, json);
    }

    private void write(FieldConflict conflict, FieldConflict.Keep keep, Table<?> table, Field<?> field, String json, java.time.Instant entered,
            java.util.function.Function<FieldConflict, String> summary) {
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
            if (conflict.table().equals("contact") && (keep == FieldConflict.Keep.MINE || keep == FieldConflict.Keep.THEIRS)) {
                LosingAddresses.drop(r.ctx(), r.changes(), conflict.row(), conflict.field(), json);
            }
            reopening.resolved(conflict.table(), conflict.row(), conflict.field(), r.changeSetId());
        });
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

    private static FieldConflict.Side side(FieldVersion v, UUID me) {
        return new FieldConflict.Side(v.value(), v.author(), v.replica(), com.funnelboard.domain.Hlc.time(v.hlc()), v.replica().equals(me));
    }

    private static String label(DSLContext ctx, String table, String row) {
        String column = switch (table) {
            case "deal" -> "title";
            case "contact", "organization" -> "name";
            default -> null;
        };
        if (column != null) {
            var r = ctx.fetchOptional("SELECT " + column + " FROM " + table + " WHERE id = ?", row);
            if (r.isPresent()) {
                return table + " “" + r.get().get(0, String.class) + "”";
            }
        }
        return table + " " + row.substring(0, Math.min(8, row.length()));
    }
}
