package com.funnelboard.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Which of a share file's change sets this installation has already — made here, or received and applied, held or waiting —
 * and whether the copy kept here is the file's: another header, or the same header over other entries (see the check values
 * of {@link ShareSetDigests}), is an altered copy, left out and named; a copy kept here without its entries is taken again.
 */
final class ReceivedCopies {

    private static final int CHUNK = 500;

    private final DSLContext ctx;

    ReceivedCopies(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The ids of {@code in}'s sets this database has (recorded here, or received and applied). A set
     * received before with another header (installation, stamp, author, time, summary) under the
     * same id was altered on its way (or the copy here was): the copy here is kept, the file's is
     * never read, and it is named in {@code leftOut} so that the user is told. (Refusing the whole
     * file instead kept the author's later files out for good, as each of them holds that set.)
     */
    Set<UUID> known(SharedChanges in, List<String> leftOut) {
        return known(in, leftOut, Long.MIN_VALUE, false);
    }

    /**
     * As {@link #known(SharedChanges, List)}, but a set kept aside here as stamped far ahead (held)
     * whose copy in the file differs and is stamped no later than {@code limit} is not known: the
     * file's copy is taken instead, and with {@code replace} the held copy is dropped. A forged copy
     * of a teammate's set, stamped years ahead, otherwise kept the genuine one out for good.
     */
    Set<UUID> known(SharedChanges in, List<String> leftOut, long limit, boolean replace) {
        Map<String, SharedChanges.Set> byId = new HashMap<>();
        in.sets().forEach(s -> byId.put(s.id().toString(), s));
        Set<UUID> known = new java.util.HashSet<>();
        List<String> ids = new ArrayList<>(byId.keySet());
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<String> part = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            Object[] binds = new Object[part.size() * 2];
            for (int j = 0; j < part.size(); j++) {
                binds[j] = part.get(j);
                binds[part.size() + j] = part.get(j);
            }
            for (Record r : ctx.fetch("SELECT id, replica_id, CAST(hlc AS TEXT), 'applied', origin, author, CAST(made_at AS TEXT), summary, 1, "
                    + "NULL FROM change_set WHERE id IN (" + marks + ") UNION ALL "
                    + "SELECT id, replica_id, CAST(hlc AS TEXT), state, origin, author, CAST(made_at AS TEXT), summary, 0, digest "
                    + "FROM received_change_set WHERE id IN (" + marks + ")", binds)) {
                SharedChanges.Set s = byId.get(r.get(0, String.class));
                // Its header must be the one received (or made) before; its entries are not read again, and none of them is used.
                if (!s.replica().toString().equals(r.get(1, String.class)) || s.hlc() != Long.parseLong(r.get(2, String.class))
                        || !s.origin().equals(r.get(4, String.class)) || !s.author().equals(r.get(5, String.class))
                        || s.madeAt() != Long.parseLong(r.get(6, String.class)) || !java.util.Objects.equals(s.summary(), r.get(7, String.class))) {
                    if ("held".equals(r.get(3, String.class)) && s.hlc() <= limit) {
                        if (replace) {
                            ctx.execute("DELETE FROM received_change WHERE change_set_id = ?", s.id().toString());
                            ctx.execute("DELETE FROM received_change_set WHERE id = ?", s.id().toString());
                        }
                        continue;
                    }
                    // Named, with its author, so that the user knows whom to ask for a file from their own installation; a set made
                    // here (its stored copy in the change log) has nobody else to ask: the file's copy was altered on its way.
                    String author = com.funnelboard.domain.Printable.escape(r.get(5, String.class));
                    String said = author + "'s " + s.id().toString().substring(0, 8) + (r.get(7, String.class) == null ? ""
                            : ", \u201C" + com.funnelboard.domain.Printable.escape(r.get(7, String.class)) + "\u201D");
                    boolean madeHere = r.get(8, Integer.class) == 1;
                    leftOut.add(said + (madeHere ? "; made on this installation, whose own copy stands"
                            : "; ask " + author + " for a file exported from their own installation"));
                } else if (r.get(8, Integer.class) == 0 && in.digests().containsKey(s.id().toString())
                        && !in.digests().get(s.id().toString()).equals(storedDigest(s.id(), r.get(9, String.class), replace))) {
                    if (withoutEntries(s.id())) {
                        // Kept here without its entries (a backup restored while a merge ran, before that was guarded): applied
                        // as nothing, relayed empty, its rows never asked for again. Taken again, whole, from the file.
                        if (replace) {
                            ctx.execute("DELETE FROM received_change_set WHERE id = ?", s.id().toString());
                        }
                        continue;
                    }
                    // The same header over other entries: a file altered without its check values, merged first, had its copy kept
                    // and every genuine copy after it answered "Nothing new" without a word (its entries are never read again).
                    String author = com.funnelboard.domain.Printable.escape(r.get(5, String.class));
                    leftOut.add(author + "'s " + s.id().toString().substring(0, 8) + (r.get(7, String.class) == null ? ""
                            : ", \u201C" + com.funnelboard.domain.Printable.escape(r.get(7, String.class)) + "\u201D")
                            + "; ask " + author + " for a file exported from their own installation");
                }
                known.add(s.id()); // applied; or held or waiting, and then retried from what was stored

            }
        }
        // A set the user dropped while it waited for a row nobody sent is not taken again from any file (see WaitingSets).
        Set<UUID> dropped = WaitingSets.dropped(ctx);
        in.sets().stream().map(SharedChanges.Set::id).filter(dropped::contains).forEach(known::add);
        return known;
    }

    /**
     * The check value of the received set {@code id} as stored here: {@code stored} when it was kept, else worked out from its
     * stored header and entries and kept (once per set: a later file's copy is compared with it).
     */
    private String storedDigest(UUID id, String stored, boolean keep) {
        if (stored != null) {
            return stored;
        }
        String digest = ShareSetDigests.ofReceived(ctx, id);
        if (keep) { // in the merge's write; the look before it writes nothing
            ctx.execute("UPDATE received_change_set SET digest = ? WHERE id = ?", digest, id.toString());
        }
        return digest;
    }

    /** Whether the received set is kept here with no entry at all. */
    private boolean withoutEntries(UUID id) {
        return !ctx.fetchExists(ctx.selectOne().from(org.jooq.impl.DSL.table("received_change"))
                .where(org.jooq.impl.DSL.field("change_set_id").eq(id.toString())));
    }
}
