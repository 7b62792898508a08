package com.funnelboard.store;

import com.funnelboard.domain.FieldVersion;
import com.funnelboard.domain.FieldVersions;
import com.funnelboard.domain.Hlc;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.store.jooq.DefaultSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import tools.jackson.databind.JsonNode;

/**
 * Applies received change sets inside one write transaction, through the change recorder, so the
 * merge is one change set of origin merge (recorded, in History, announced, undoable as one).
 *
 * <p>Each field gets the value {@link FieldVersions} decides from every value it was given here and
 * in the received sets: newest by (stamp, replica) wins, concurrent different values are recorded
 * as conflicts for review. New rows (append-only history among them) simply join: the merge of
 * append-only rows is their union. A set stamped more than a day ahead is held; a set needing a row
 * that has not arrived waits; in both cases the later sets of its installation wait with it, so
 * what this installation has received from each other one is always a prefix, and "received up to
 * stamp s" means received everything of it up to s.
 */
final class ShareMerge {

    static final Duration FUTURE_LIMIT = Duration.ofHours(24);
    /**
     * Tables in the order they are written (foreign keys are checked at commit). A contact's email
     * addresses and phone numbers come before the contact: the search index's triggers then write a
     * new contact's document once, with all of them, rather than again for each address.
     */
    private static final List<String> TABLE_ORDER = List.of("organization", "email_address", "phone_number", "contact", "deal",
            "interaction", "follow_up", "stage_change", "checklist_item", "settings");

    private final DSLContext ctx;
    private final ChangeRecorder changes;
    private final LocalState local;
    private final Instant now;
    private final BooleanSupplier cancelled;
    private final ShareHistory history;

    ShareMerge(DSLContext ctx, ChangeRecorder changes, LocalState local, Instant now, BooleanSupplier cancelled) {
        this.ctx = ctx;
        this.changes = changes;
        this.local = local;
        this.now = now;
        this.cancelled = cancelled;
        this.history = new ShareHistory(ctx);
    }

    /** Whether a set of the file was left for its next merge (see {@link #merge}): the file is not merged whole. */
    private boolean incomplete;

    boolean incomplete() {
        return incomplete;
    }

    /** Sets the file holds in another copy than the one received before (see {@link ReceivedCopies#known}). */
    private final List<String> leftOut = new ArrayList<>();

    /** The ids of the sets in {@code sets} this installation already has; a set altered since it was received is left out and named. */
    Set<UUID> known(SharedChanges sets) {
        return new ReceivedCopies(ctx).known(sets, leftOut, now.plus(FUTURE_LIMIT).toEpochMilli() << 16, true);
    }

    /**
     * The most installations a team's changes come from (each a computer, or a copy of a file started again): what a
     * change set records of what its author had received stays well within what a teammate reads of it (100,000
     * characters, about 1,600 installations).
     */
    static final int MAX_INSTALLATIONS = 1_000;

    /** The most change sets kept aside as stamped ahead (a teammate's clock a year ahead, a busy year's work, is a few thousand). */
    static final int MAX_HELD = 10_000;

    MergeReport merge(SharedChanges in, Set<UUID> known) {
        UUID me = local.replicaId();
        Map<UUID, String> state = new HashMap<>();
        List<SharedChanges.Set> candidates = new ArrayList<>();
        Set<UUID> fresh = new HashSet<>();
        for (SharedChanges.Set s : in.sets()) {
            if (!known.contains(s.id()) && in.unread().contains(s.id())) {
                // Known when the file was read, so its entries were not, and no longer known now (a backup restored meanwhile):
                // taken now it would be kept as received with no entries — applied as nothing, relayed empty, and its rows
                // never asked for again. It is left for the next merge of the file, which reads it.
                incomplete = true;
                continue;
            }
            if (!known.contains(s.id()) && s.replica().equals(me)) {
                // Only this installation makes sets under its id, and it has all of its own: a copy of one it never made was
                // made up on the way. It is left out and named, and the rest of the file merges (refusing the whole file cut
                // this installation off from every teammate who had relayed that set).
                leftOut.add(s.id().toString().substring(0, 8) + (s.summary() == null ? "" : ", \u201C"
                        + com.funnelboard.domain.Printable.escape(s.summary()) + "\u201D") + MergeReport.NEVER_MADE);
                continue;
            }
            if (!known.contains(s.id()) && fresh.add(s.id())) {
                candidates.add(s);
            }
        }
        List<SharedChanges.Set> retried = history.notApplied();
        candidates.addAll(retried);
        candidates.sort(Comparator.comparingLong(SharedChanges.Set::hlc).thenComparing(s -> s.replica().toString())
                .thenComparing(s -> s.id().toString()));
        long limit = (now.plus(FUTURE_LIMIT).toEpochMilli()) << 16;
        Set<UUID> tainted = new HashSet<>();
        for (SharedChanges.Set s : candidates) {
            if (s.hlc() > limit || tainted.contains(s.replica())) {
                state.put(s.id(), "held");
                tainted.add(s.replica());
            }
        }
        long heldNow = state.values().stream().filter("held"::equals).count();
        if (heldNow > MAX_HELD) {
            // Every set kept aside is read again at each merge: 100,000 stamped ten years ahead made a merge with nothing new
            // take 21 s and 630 MB, for good.
            throw ShareFileChecks.refuse(String.valueOf(in.source().getFileName()), "with it " + String.format(java.util.Locale.ROOT, "%,d", heldNow)
                    + " change sets stamped more than a day ahead of this computer's clock would wait here, more than the "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_HELD) + " kept aside at most; check the date of the computer that wrote them");
        }
        MergeWaiting existing = new MergeWaiting(history, this::parsed);
        List<SharedChanges.Set> applied = existing.settle(candidates, state);
        Set<UUID> merging = new HashSet<>();
        applied.forEach(s -> merging.add(s.id()));
        checkCancelled();

        // What this installation has now received, and a clock past all of it.
        long newest = 0;
        Map<UUID, Long> seen = history.parseSeen(local.seen());
        for (SharedChanges.Set s : applied) {
            newest = Math.max(newest, s.hlc());
            if (!s.replica().equals(me)) {
                seen.merge(s.replica(), s.hlc(), Math::max);
            }
        }
        if (seen.size() > MAX_INSTALLATIONS) {
            // Every change set made here carries what it had received, one entry per installation: 1,800 made-up ones in a file
            // made it longer than teammates accept, and they refused every file this installation wrote from then on.
            throw ShareFileChecks.refuse(String.valueOf(in.source().getFileName()), "with it this installation would have received changes "
                    + "from " + String.format(java.util.Locale.ROOT, "%,d", seen.size()) + " installations, more than the "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_INSTALLATIONS) + " a team shares among");
        }
        if (!applied.isEmpty()) {
            local.advanceHlc(newest);
            local.put(LocalState.SEEN, history.seenJson(seen));
        }

        // Every value each touched field was given: in the applied sets, and in this database's history.
        // A row new here that only arrived whole needs no deciding: its values are those it was created with.
        Map<String, Map<UUID, FieldVersion>> versions = new LinkedHashMap<>();
        Map<String, SharedChanges.Entry> created = new LinkedHashMap<>();
        Set<String> twice = new HashSet<>();
        Set<String> editedRows = new HashSet<>();
        for (SharedChanges.Set s : applied) {
            for (SharedChanges.Entry e : s.entries()) {
                if (!ChangeRecorder.WHOLE_ROW.equals(e.field()) && !e.field().equals("updated_at") && !e.field().equals("created_at")) {
                    version(versions, e.table(), e.row(), e.field(), s, parsed(e).toString());
                    editedRows.add(e.table() + "\0" + e.row());
                }
            }
        }
        for (SharedChanges.Set s : applied) {
            for (SharedChanges.Entry e : s.entries()) {
                if (ChangeRecorder.WHOLE_ROW.equals(e.field())) {
                    String rowKey = e.table() + "\0" + e.row();
                    if (created.putIfAbsent(rowKey, e) != null) {
                        twice.add(rowKey);
                    }
                    if (existing.has(e.table(), e.row()) || editedRows.contains(rowKey)) {
                        for (Map.Entry<String, JsonNode> p : parsed(e).properties()) {
                            if (!p.getKey().equals("updated_at")) {
                                version(versions, e.table(), e.row(), p.getKey(), s, p.getValue().toString());
                            }
                        }
                    }
                }
            }
        }
        checkCancelled();
        Map<String, Set<String>> touchedRows = new LinkedHashMap<>();
        for (String slot : versions.keySet()) {
            String[] k = slot.split("\0", 3);
            if (existing.has(k[0], k[1])) {
                touchedRows.computeIfAbsent(k[0], t -> new TreeSet<>()).add(k[1]);
            }
        }
        history.addLocalVersions(touchedRows, versions);

        // Decide every field, then write: new rows whole, existing rows field by field.
        Map<String, Map<String, Map<String, String>>> winners = new LinkedHashMap<>();
        int conflicts = 0;
        Set<String> listed = history.listedConflicts();
        ConflictReopening reopened = new ConflictReopening(ctx, local);
        for (Map.Entry<String, Map<UUID, FieldVersion>> v : versions.entrySet()) {
            String[] k = v.getKey().split("\0", 3);
            if (listed.contains(v.getKey())) {
                reopened.merged(k[0], k[1], k[2]);
            }
            FieldVersions.Decision d = FieldVersions.decide(v.getValue().values());
            winners.computeIfAbsent(k[0], t -> new LinkedHashMap<>()).computeIfAbsent(k[1], r -> new LinkedHashMap<>())
                    .put(k[2], d.winner().value());
            if (k[2].equals("deleted_at") && DeletionConflicts.DELETABLE.contains(k[0])) {
                continue; // decided with the row's edits once everything is written (see deletions)
            }
            if (d.inConflict() && ConflictRules.listed(versions, k, d)) {
                conflicts++;
                history.markConflict(k[0], k[1], k[2], now);
            } else if (listed.contains(v.getKey())) {
                // Ended by what this merge brought: an undo of the merge puts it back.
                reopened.endedByMerge(k[0], k[1], k[2], changes.id(), v.getValue().keySet().stream().filter(merging::contains).toList());
                history.clearConflict(k[0], k[1], k[2]);
            }
        }
        // New rows that need no deciding are copied set-based; the others are written below.
        Map<String, Integer> bulk = new HashMap<>();
        List<String> notCopied = new ArrayList<>();
        for (String rowKey : created.keySet()) {
            String[] k = rowKey.split("\0", 2);
            if (existing.has(k[0], k[1])) {
                notCopied.add(rowKey);
            } else if (editedRows.contains(rowKey) || twice.contains(rowKey)) {
                notCopied.add(rowKey);
                winners.computeIfAbsent(k[0], t -> new LinkedHashMap<>()).computeIfAbsent(k[1], r -> new LinkedHashMap<>());
            } else {
                bulk.merge(k[0], 1, Integer::sum);
            }
        }
        MergeTrash trash = new MergeTrash(ctx, history, versions.keySet(), local.replicaId(),
                local.identityNeedsConfirming() ? null : local.identity().map(com.funnelboard.domain.Person::email).orElse(null));
        history.deferForeignKeys();
        // The received sets are stored first: the bulk copy reads the new rows from them.
        history.store(candidates, fresh, state, changes.id(), in.digests());
        if (!bulk.isEmpty()) {
            history.stage(applied.stream().map(SharedChanges.Set::id).toList(), notCopied);
        }
        int newRows = 0;
        int updatedRows = 0;
        for (String tableName : TABLE_ORDER) {
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
            if (bulk.containsKey(tableName)) {
                checkCancelled();
                int copied = changes.insertSelect(table, List.of(table.fields()), MergeBulkRows.select(table, now));
                if (copied != bulk.get(tableName)) {
                    throw new IllegalStateException("copied " + copied + " new rows of " + tableName + " for " + bulk.get(tableName));
                }
                newRows += copied;
            }
            Map<String, Map<String, String>> rows = winners.get(tableName);
            if (rows == null) {
                continue;
            }
            List<Map<String, Object>> inserts = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> row : rows.entrySet()) {
                if (existing.has(tableName, row.getKey())) {
                    checkCancelled();
                    UpdatableRecord<?> r = ShareHistory.load(ctx, table, row.getKey());
                    for (Map.Entry<String, String> f : row.getValue().entrySet()) {
                        Field<?> field = table.field(f.getKey());
                        if (field != null && !f.getKey().equals("created_at")) {
                            ShareHistory.setJson(r, field, f.getValue());
                        }
                    }
                    if (changes.updateAny(r)) {
                        updatedRows++;
                    }
                } else {
                    SharedChanges.Entry wholeEntry = created.get(tableName + "\0" + row.getKey());
                    JsonNode whole = wholeEntry == null ? null : parsed(wholeEntry);
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (Field<?> field : table.fields()) {
                        String decided = row.getValue().get(field.getName());
                        JsonNode v = decided != null ? Json.mapper().readTree(decided) : whole == null ? null : whole.get(field.getName());
                        values.put(field.getName(), v == null || v.isNull() ? null : v.isNumber() ? (Object) v.longValue() : v.asString());
                    }
                    inserts.add(values);
                }
            }
            checkCancelled();
            changes.insertRows(table, inserts);
            newRows += inserts.size();
        }
        checkCancelled();
        if (!bulk.isEmpty()) {
            history.unstage();
        }
        MergedContacts merged = new MergedContacts(ctx, changes);
        updatedRows += merged.breakCycles();
        updatedRows += merged.follow();
        if (changes.tables().stream().anyMatch(ContactPrimaries.TABLES::contains)) {
            updatedRows += new ContactPrimaries(ctx, changes).follow(changes.rowsComplete() && changes.rows().size() <= ContactPrimaries.MAX_NAMED
                    ? changes.rows() : null);
        }
        if (!changes.changed()) {
            history.unmerged(changes.id());
        }
        conflicts += new DeletionConflicts(ctx, history).review(versions.keySet(), created.keySet(), listed, now, this::checkCancelled);
        List<String> authors = applied.stream().map(SharedChanges.Set::author).distinct().sorted().toList();
        if (changes.changed()) {
            // A teammate's edit that met one of this installation's is no line of the merge (the newer value stays):
            // the headline says it is waiting to be reviewed, so History does not read as if nothing came of it.
            changes.describe("Merged " + applied.size() + (applied.size() == 1 ? " change set" : " change sets") + " from "
                    + String.join(", ", authors.stream().map(com.funnelboard.domain.Person::nameOf).distinct().toList())
                    + " (" + in.source().getFileName() + ")" + (conflicts == 0 ? "" : "; " + conflicts
                    + (conflicts == 1 ? " conflict" : " conflicts") + " to review in Conflicts"));
        }
        // This file's own sets held: those held from an earlier file are tried again silently (counted here they were
        // told again at every merge, as if each teammate's file held them).
        int held = (int) state.entrySet().stream().filter(e -> "held".equals(e.getValue()) && fresh.contains(e.getKey())).count();
        int waiting = (int) state.values().stream().filter("waiting"::equals).count();
        List<String> heldFrom = candidates.stream().filter(s -> fresh.contains(s.id()) && "held".equals(state.get(s.id())))
                .map(s -> com.funnelboard.domain.Person.nameOf(s.author())).distinct().sorted().toList();
        List<String> waitingFor = candidates.stream().filter(s -> "waiting".equals(state.get(s.id())) && existing.missingOf(s.id()) != null)
                .limit(3).map(s -> {
                    String[] row = existing.missingOf(s.id());
                    return com.funnelboard.domain.Person.nameOf(s.author()) + "'s " + s.id().toString().substring(0, 8)
                            + (s.summary() == null ? "" : ", \u201C" + com.funnelboard.domain.Printable.escape(s.summary()) + "\u201D")
                            + ", needs " + row[0].replace('_', ' ') + " " + com.funnelboard.domain.Printable.escape(
                                    row[1].substring(0, Math.min(8, row[1].length()))) + ", not received";
                }).toList();
        return new MergeReport(fresh.size(), in.sets().size() - fresh.size(), held, waiting, newRows, updatedRows, conflicts, authors,
                changes.changed() ? changes.id() : null, leftOut, trash.after(versions, me, fresh), heldFrom, waitingFor);
    }

    private static void version(Map<String, Map<UUID, FieldVersion>> versions, String table, String row, String field, SharedChanges.Set s,
            String value) {
        versions.computeIfAbsent(table + "\0" + row + "\0" + field, k -> new LinkedHashMap<>())
                .put(s.id(), new FieldVersion(s.id(), s.replica(), s.hlc(), s.seen(), value, s.author(), "undo".equals(s.origin())));
    }

    /** Each entry's value parsed once. */
    private final Map<SharedChanges.Entry, JsonNode> parsed = new java.util.IdentityHashMap<>();

    private JsonNode parsed(SharedChanges.Entry e) {
        return parsed.computeIfAbsent(e, x -> Json.mapper().readTree(x.value()));
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("The merge was cancelled; nothing was changed.");
        }
    }
}
