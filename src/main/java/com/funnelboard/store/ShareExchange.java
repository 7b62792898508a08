package com.funnelboard.store;


import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.MergeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Sharing with teammates through share files: export, merge, and the conflicts a merge found. */
public final class ShareExchange {

    private final Store store;

    private final ShareConflicts conflicts;

    /** Run between reading the file and merging it (tests: what another program does meanwhile). */
    private Runnable afterReading = () -> { };

    ShareExchange afterReading(Runnable work) {
        this.afterReading = work;
        return this;
    }

    public ShareExchange(Store store) {
        this.store = store;
        this.conflicts = new ShareConflicts(store);
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
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            // A share file is written beside and renamed into place: a device's name (`/dev/null`, run as root) was replaced by a
            // file, and the export said it had written it.
            throw new StoreException(StoreException.Kind.IO, file + " is not a file but a device, a pipe or a socket, which the export "
                    + "would replace with a share file; choose a file name. Nothing was written.");
        }
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
            Set<UUID> known = store.jdbc(c -> new ReceivedCopies(store.dsl(c)).known(headers, new java.util.ArrayList<>(), limit, false));
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("The merge was cancelled; nothing was changed.");
            }
            SharedChanges full = reader.withEntries(id -> !known.contains(id));
            afterReading.run();
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
                        refuseStagesWithoutHistory(r.ctx(), full, name);
                    } finally {
                        if (!bulk) {
                            history.largeCache(false);
                        }
                    }
                    if (dryRun) {
                        throw new DryRun(report);
                    }
                    if (report.held() == 0 && report.waiting() == 0 && !merge.incomplete()) {
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
     * Refuses the file (the merge's transaction rolled back) when a deal whose stage it changed is in that stage by no move
     * of its stage history: every way into a stage — a move, an import, a new deal, an undo back to the stage before, a
     * conflict resolved for a teammate's move — leaves a live move into it. A crafted change set of "stage": "won" alone
     * merged a win with no move, no final value and no close date, past every checklist, counted by the reports and by no
     * list of overrides.
     */
    private static void refuseStagesWithoutHistory(org.jooq.DSLContext ctx, SharedChanges full, String name) {
        java.util.Set<String> deals = new java.util.HashSet<>();
        for (SharedChanges.Set s : full.sets()) {
            for (SharedChanges.Entry e : s.entries()) {
                if (e.table().equals("deal") && e.field().equals("stage")) {
                    deals.add(e.row());
                }
            }
        }
        if (deals.isEmpty()) {
            return;
        }
        List<String> ids = new java.util.ArrayList<>(deals);
        for (int from = 0; from < ids.size(); from += 25_000) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + 25_000));
            var d = com.funnelboard.store.jooq.Tables.DEAL;
            var sc = com.funnelboard.store.jooq.Tables.STAGE_CHANGE;
            org.jooq.Record1<String> odd = ctx.select(d.TITLE).from(d).where(d.ID.in(some.stream().map(java.util.UUID::fromString).toList())
                    .and(d.DELETED_AT.isNull()).andNotExists(ctx.selectOne().from(sc).where(sc.DEAL_ID.eq(d.ID).and(sc.DELETED_AT.isNull())
                            .and(sc.TO_STAGE.eq(d.STAGE))))
                    // (A deal with no stage history at all is one from before deals recorded their first stage: left as it is.)
                    .andExists(ctx.selectOne().from(sc).where(sc.DEAL_ID.eq(d.ID).and(sc.DELETED_AT.isNull())))).limit(1).fetchOne();
            if (odd != null) {
                throw ShareFileReader.refuse(name, "it puts the deal \u201C" + com.funnelboard.domain.Printable.escape(odd.value1())
                        + "\u201D in a stage by no move of its history (a change of its stage alone, as no Funnelboard writes one)");
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
        return conflicts.open();
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
        return conflicts.resolve(id, keep, value);
    }

    /**
     * As {@link #resolve(String, FieldConflict.Keep, String)}, the change set summarised by {@code summary}
     * (the words are the caller's: the service names the field as people read it).
     */
    public ShareConflicts.Resolution resolve(String id, FieldConflict.Keep keep, String value,
            java.util.function.Function<FieldConflict, String> summary) {
        return conflicts.resolve(id, keep, value, summary);
    }
}
