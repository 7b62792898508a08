package com.funnelboard.store;

import com.funnelboard.domain.FieldVersion;
import com.funnelboard.domain.FieldVersions;
import com.funnelboard.domain.MergeReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The live deals, contacts and organizations a merge moves to the trash: read before it writes
 * (which live rows' deleted_at it decides) and after (which of them are deleted now), then which
 * were made on this installation and who deleted them; and the edits made here that a teammate's
 * undo takes back, for {@link MergeReport.Trashed}.
 */
final class MergeTrash {

    /** The column that names a record of each table the trash holds. */
    private static final Map<String, String> NAMES = Map.of("deal", "title", "contact", "name", "organization", "name");

    private final DSLContext ctx;
    private final ShareHistory history;
    private final Map<String, List<String>> liveBefore = new LinkedHashMap<>();

    /** This installation, and the e-mail address of who uses it (null until they confirmed it here). */
    private final UUID me;
    private final String myEmail;

    /**
     * Notes which rows of {@code slots} ("table\0key\0field", the fields the merge decides) are live records whose deletion it
     * decides; {@code me} and {@code myEmail} tell the records made here (see {@link #madeHere}).
     */
    MergeTrash(DSLContext ctx, ShareHistory history, Set<String> slots, UUID me, String myEmail) {
        this.ctx = ctx;
        this.history = history;
        this.me = me;
        this.myEmail = myEmail;
        Map<String, List<String>> decided = new LinkedHashMap<>();
        for (String slot : slots) {
            String[] k = slot.split("\0", 3);
            if (k[2].equals("deleted_at") && NAMES.containsKey(k[0])) {
                decided.computeIfAbsent(k[0], t -> new ArrayList<>()).add(k[1]);
            }
        }
        for (String table : List.of("deal", "contact", "organization")) { // deals first: they matter most to a salesperson
            List<String> live = decided.containsKey(table) ? history.liveKeys(table, decided.get(table)) : List.of();
            if (!live.isEmpty()) {
                liveBefore.put(table, live);
            }
        }
    }

    /**
     * What the merge, now written, moved to the trash, and the edits made here it took back by a
     * teammate's undo; {@code versions} are the values it decided each field from, {@code me} this
     * installation, {@code fresh} the change sets this merge received.
     */
    MergeReport.Trashed after(Map<String, Map<UUID, FieldVersion>> versions, UUID me, Set<UUID> fresh) {
        int count = 0;
        List<String> yours = new ArrayList<>();
        Set<String> by = new TreeSet<>();
        boolean byUndo = true;
        for (Map.Entry<String, List<String>> t : liveBefore.entrySet()) {
            String table = t.getKey();
            List<String> trashed = history.deletedKeys(table, t.getValue());
            count += trashed.size();
            if (trashed.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, String> made : madeHere(table, trashed).entrySet()) {
                FieldVersion winner = FieldVersions.decide(versions.get(table + "\0" + made.getKey() + "\0deleted_at").values()).winner();
                by.add(com.funnelboard.domain.Person.nameOf(winner.author()));
                byUndo &= winner.undo();
                yours.add(table + " “" + made.getValue() + "”" + mergedInto(ctx, table, made.getKey()));
            }
        }
        Set<String> undoneBy = new TreeSet<>();
        Set<UUID> undos = new java.util.HashSet<>();
        List<String> edits = takenBack(versions, me, fresh, undoneBy, undos);
        return count == 0 && edits.isEmpty() ? MergeReport.Trashed.NONE
                : new MergeReport.Trashed(count, yours, List.copyOf(by), byUndo && !yours.isEmpty(), edits, List.copyOf(undoneBy), undoneOthers(undos));
    }

    /**
     * What the undos {@code undos} (received change sets) took back that was not a merge, as their summaries name it
     * ("Undid: Resolved a conflict: …" gives "Resolved a conflict: …"); empty when every one undid a merge.
     */
    private List<String> undoneOthers(Set<UUID> undos) {
        Set<String> out = new TreeSet<>();
        boolean merges = false;
        for (UUID id : undos) {
            String summary = ctx.fetchOptional("SELECT summary FROM received_change_set WHERE id = ?", id.toString())
                    .map(r -> r.get(0, String.class)).orElse(null);
            String undone = summary == null || !summary.startsWith("Undid: ") ? null : summary.substring("Undid: ".length());
            if (undone == null || undone.startsWith("Merged ")) {
                merges = true;
            } else {
                out.add(undone);
            }
        }
        return merges ? List.of() : List.copyOf(out);
    }

    /** Fields a record's edits do not go through (its keys and stamps; a deletion is one when it was yours: see {@link #takenBack}). */
    private static final Set<String> NOT_EDITS = Set.of("id", "created_at", "updated_at", "stage_entered_at");

    /** What names a record of each table whose edits a teammate's undo can take back: a follow-up by its note, else its kind. */
    private static final Map<String, String> NAMED_BY = Map.of("deal", "t.title", "contact", "t.name", "organization", "t.name",
            "follow_up", "coalesce(t.note, t.kind)");

    /** How the edits taken back name a field that is no value of its own: your deletion, the follow-up you did. */
    private static final Map<String, String> DONE_HERE = Map.of("deleted_at", MergeReport.Trashed.BACK_FROM_THE_TRASH, "done_at", MergeReport.Trashed.OPEN_AGAIN);

    /**
     * The fields of deals, contacts and organizations whose value was written here and which a
     * teammate's undo received now replaces ("deal “Pilot”: value, stage"), adding the undoers to
     * {@code undoneBy}. A teammate's own later edit is collaboration, newest wins, and not named; an
     * undo of the merge that had brought your edit to them is not an edit of theirs, and it took
     * yours back without a word.
     */
    private List<String> takenBack(Map<String, Map<UUID, FieldVersion>> versions, UUID me, Set<UUID> fresh, Set<String> undoneBy,
            Set<UUID> undos) {
        Map<String, Map<String, Set<String>>> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Map<UUID, FieldVersion>> v : versions.entrySet()) {
            String[] k = v.getKey().split("\0", 3);
            if (!NAMED_BY.containsKey(k[0]) || NOT_EDITS.contains(k[2]) || ChangeRecorder.WHOLE_ROW.equals(k[2])
                    || v.getValue().values().stream().noneMatch(f -> f.undo() && fresh.contains(f.changeSet()))) {
                continue; // decided only where this merge brought an undo: a merge of a million entries decided each again
            }
            FieldVersion now = FieldVersions.decide(v.getValue().values()).winner();
            if (!now.undo() || now.replica().equals(me) || !fresh.contains(now.changeSet())) {
                continue;
            }
            List<FieldVersion> earlier = v.getValue().values().stream().filter(f -> !fresh.contains(f.changeSet())).toList();
            if (earlier.isEmpty()) {
                continue;
            }
            FieldVersion was = FieldVersions.decide(earlier).winner();
            boolean undone = DONE_HERE.containsKey(k[2]) ? !"null".equals(String.valueOf(was.value())) && "null".equals(String.valueOf(now.value()))
                    : !java.util.Objects.equals(Json.mapper().readTree(String.valueOf(was.value())), Json.mapper().readTree(String.valueOf(now.value())));
            // A deletion or a follow-up done here that the undo takes back brings the record back without a word otherwise (a record it
            // moves to the trash is said above).
            if (was.replica().equals(me) && undone && (!k[2].equals("deleted_at") || NAMED_BY.containsKey(k[0]))) {
                fields.computeIfAbsent(k[0], t -> new LinkedHashMap<>()).computeIfAbsent(k[1], r -> new TreeSet<>()).add(k[2]);
                undoneBy.add(com.funnelboard.domain.Person.nameOf(now.author()));
                undos.add(now.changeSet());
            }
        }
        List<String> out = new ArrayList<>();
        for (String table : List.of("deal", "contact", "organization", "follow_up")) {
            Map<String, Set<String>> rows = fields.get(table);
            if (rows == null) {
                continue;
            }
            for (Map.Entry<String, String> named : names(table, List.copyOf(rows.keySet()), false).entrySet()) {
                out.add(table.replace('_', '-') + " “" + named.getValue() + "”: " + String.join(", ", rows.get(named.getKey()).stream()
                        .map(f -> DONE_HERE.getOrDefault(f, com.funnelboard.domain.FieldLabels.of(f).toLowerCase(java.util.Locale.ROOT))).toList()));
            }
        }
        return out;
    }

    /**
     * Which of {@code keys} were created by a change set of this installation (made, imported or
     * generated here; not merged in), with their names, in the order of the names.
     */
    /**
     * The records of {@code keys} made here: by a change set of this installation, or of whoever uses it (under an earlier id of
     * theirs, before a restore). Not those the file this installation started from held (every rep of a team that began from
     * copies of one database was told they had made its sample deals).
     */
    private Map<String, String> madeHere(String table, List<String> keys) {
        return names(table, keys, true);
    }

    /** The names of {@code keys}, in the order of the names; {@code madeHere}: only those created here. */
    private Map<String, String> names(String table, List<String> keys, boolean madeHere) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i += 10_000) {
            String name = NAMED_BY.get(table);
            ctx.fetch("SELECT t.id, " + name + " FROM " + table + " t WHERE t.id IN (SELECT value FROM json_each(?)) "
                    + (madeHere ? "AND EXISTS (SELECT 1 FROM change c JOIN change_set s ON s.id = c.change_set_id WHERE c.table_name = ? "
                    + "AND c.row_key = t.id AND c.field = '*' AND s.origin <> 'merge' AND (s.replica_id = ? OR lower(s.author) LIKE ?)) "
                    : "AND ? IS NOT NULL AND ? IS NOT NULL AND ? IS NOT NULL ")
                    + "ORDER BY " + name + ", t.id",
                    ScoreCache.json(keys.subList(i, Math.min(keys.size(), i + 10_000))), table, me.toString(),
                    myEmail == null ? "\u0000" : "%<" + myEmail.toLowerCase(java.util.Locale.ROOT) + ">")
                    .forEach(r -> out.put(r.get(0, String.class), r.get(1, String.class)));
        }
        return out;
    }

    /**
     * " (merged into “Lars Holm”)" of a contact merged into another here, which is out of the lists but not in the trash; ""
     * otherwise. It was said to go "to the trash", and Trash could not restore it.
     */
    static String mergedInto(DSLContext ctx, String table, String row) {
        if (!table.equals("contact")) {
            return "";
        }
        return ctx.fetchOptional("SELECT k.name FROM contact c JOIN contact k ON k.id = c.merged_into WHERE c.id = ?", row)
                .map(r -> " (merged into \u201C" + r.get(0, String.class) + "\u201D)").orElse("");
    }
}
