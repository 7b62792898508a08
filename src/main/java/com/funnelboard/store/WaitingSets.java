package com.funnelboard.store;

import com.funnelboard.domain.WaitingSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Teammates' change sets that wait here for a row nobody has sent (an edit of a deal this
 * installation never received, a set made up under a teammate's id), with the later sets of their
 * installation waiting behind them: listed, and dropped by the user when the row will never come.
 * A dropped set is forgotten here and never taken from a file again (its id is kept in this
 * installation's local settings); the sets behind it are tried again at the next merge.
 */
public final class WaitingSets {

    /** The local setting listing the ids of the sets dropped here (a JSON array). */
    static final String DROPPED = "share.dropped";

    private final Store store;

    public WaitingSets(Store store) {
        this.store = store;
    }

    /** The sets waiting here, for a record or kept aside for their stamp ahead, oldest first. */
    public List<WaitingSet> list() {
        return store.jdbc(c -> list(store.dsl(c)));
    }

    private static List<WaitingSet> list(DSLContext ctx) {
        List<WaitingSet> out = new ArrayList<>();
        // Those kept aside for a stamp days ahead too: a merge says them once, and they could be seen nowhere after (a teammate
        // whose clock ran ahead had an edit applied days later over a newer one, with no way to see or drop it meanwhile).
        ctx.fetch("SELECT s.id, s.author, CAST(s.made_at AS TEXT), s.summary, (SELECT count(*) FROM received_change_set l "
                + "WHERE l.replica_id = s.replica_id AND l.state <> 'applied' AND l.hlc > s.hlc), s.state FROM received_change_set s "
                + "WHERE s.state IN ('waiting', 'held') ORDER BY s.hlc, s.id").forEach(r -> out.add(new WaitingSet(UUID.fromString(r.get(0, String.class)),
                        r.get(1, String.class), Instant.ofEpochMilli(Long.parseLong(r.get(2, String.class))), r.get(3, String.class),
                        r.get(4, Integer.class), "held".equals(r.get(5, String.class)))));
        return out;
    }

    /**
     * Drops the waiting set of this id (or its first characters): it is removed from what this
     * installation received, and skipped in every file from now on.
     *
     * @return the set dropped
     * @throws IllegalArgumentException when no waiting set has such an id, or several do
     */
    public WaitingSet drop(String id) {
        String prefix = id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
        return store.write(r -> {
            DSLContext ctx = r.ctx();
            List<WaitingSet> matching = list(ctx).stream().filter(w -> !prefix.isEmpty() && w.id().toString().startsWith(prefix)).toList();
            if (matching.size() != 1) {
                throw new IllegalArgumentException(matching.isEmpty() ? "No change set waits here with an id starting " + prefix
                        + " (see 'share waiting')" : "Several waiting change sets have ids starting " + prefix + ": give more of the id");
            }
            WaitingSet w = matching.getFirst();
            new ShareHistory(ctx).forget(w.id());
            Set<UUID> dropped = dropped(ctx);
            dropped.add(w.id());
            r.local().put(DROPPED, Json.mapper().writeValueAsString(dropped.stream().map(UUID::toString).sorted().toList()));
            return w;
        });
    }

    /** The ids of the sets dropped here. */
    static Set<UUID> dropped(DSLContext ctx) {
        Optional<String> json = ctx.fetchOptional("SELECT value FROM local_setting WHERE key = ?", DROPPED).map(r -> r.get(0, String.class));
        Set<UUID> out = new HashSet<>();
        json.ifPresent(j -> Json.mapper().readTree(j).forEach(n -> out.add(UUID.fromString(n.asString()))));
        return out;
    }
}
