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
 * were made on this installation and who deleted them, for {@link MergeReport.Trashed}.
 */
final class MergeTrash {

    /** The column that names a record of each table the trash holds. */
    private static final Map<String, String> NAMES = Map.of("deal", "title", "contact", "name", "organization", "name");

    private final DSLContext ctx;
    private final ShareHistory history;
    private final Map<String, List<String>> liveBefore = new LinkedHashMap<>();

    /** Notes which rows of {@code slots} ("table\0key\0field", the fields the merge decides) are live records whose deletion it decides. */
    MergeTrash(DSLContext ctx, ShareHistory history, Set<String> slots) {
        this.ctx = ctx;
        this.history = history;
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

    /** What the merge, now written, moved to the trash; {@code versions} are the values it decided each field from. */
    MergeReport.Trashed after(Map<String, Map<UUID, FieldVersion>> versions) {
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
                yours.add(table + " “" + made.getValue() + "”");
            }
        }
        return count == 0 ? MergeReport.Trashed.NONE : new MergeReport.Trashed(count, yours, List.copyOf(by), byUndo && !yours.isEmpty());
    }

    /**
     * Which of {@code keys} were created by a change set of this installation (made, imported or
     * generated here; not merged in), with their names, in the order of the names.
     */
    private Map<String, String> madeHere(String table, List<String> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i += 10_000) {
            ctx.fetch("SELECT t.id, t." + NAMES.get(table) + " FROM " + table + " t WHERE t.id IN (SELECT value FROM json_each(?)) "
                    + "AND EXISTS (SELECT 1 FROM change c JOIN change_set s ON s.id = c.change_set_id WHERE c.table_name = ? "
                    + "AND c.row_key = t.id AND c.field = '*' AND s.origin <> 'merge') ORDER BY t." + NAMES.get(table) + ", t.id",
                    ScoreCache.json(keys.subList(i, Math.min(keys.size(), i + 10_000))), table)
                    .forEach(r -> out.put(r.get(0, String.class), r.get(1, String.class)));
        }
        return out;
    }
}
