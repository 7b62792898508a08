package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.INTERACTION;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Deals and interactions that a merge left on a contact merged into another: they follow the merge
 * to the contact that took it over, as those of the contact did when it was merged. A teammate who,
 * not knowing of the merge, added a deal to the merged-away contact finds it on the survivor; so
 * does a deal added here to a contact a teammate merged away. Every installation moves the same rows
 * the same way when it merges, so the result is the same whatever order the files arrive in.
 */
final class MergedContacts {

    private final DSLContext ctx;
    private final ChangeRecorder changes;

    MergedContacts(DSLContext ctx, ChangeRecorder changes) {
        this.ctx = ctx;
        this.changes = changes;
    }

    /**
     * Contacts merged into each other by teammates who had not seen each other's merge (one kept
     * the first, the other the second): every one of them was merged away, so none was listed any
     * more. The one made first (then the lowest id) is a contact of its own again, and the others
     * stay merged into it, on every installation alike whatever order the files arrive in; the
     * restore is recorded as any change of the merge. Returns how many contacts were restored.
     */
    int breakCycles() {
        Map<UUID, UUID> mergedInto = new HashMap<>();
        Map<UUID, java.time.Instant> made = new HashMap<>();
        ctx.select(CONTACT.ID, CONTACT.MERGED_INTO, CONTACT.CREATED_AT).from(CONTACT).where(CONTACT.MERGED_INTO.isNotNull()).forEach(r -> {
            mergedInto.put(r.value1(), r.value2());
            made.put(r.value1(), r.value3());
        });
        java.util.Set<UUID> walked = new java.util.HashSet<>();
        int restored = 0;
        for (UUID start : mergedInto.keySet()) {
            java.util.List<UUID> path = new java.util.ArrayList<>();
            UUID at = start;
            while (at != null && !walked.contains(at) && !path.contains(at)) {
                path.add(at);
                at = mergedInto.get(at);
            }
            walked.addAll(path);
            int from = at == null ? -1 : path.indexOf(at);
            if (from < 0) {
                continue;
            }
            UUID kept = path.subList(from, path.size()).stream()
                    .min(java.util.Comparator.comparing((UUID c) -> made.get(c)).thenComparing(UUID::toString)).orElseThrow();
            var contact = ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(kept)).fetchOne();
            contact.setMergedInto(null);
            contact.setDeletedAt(null);
            restored += changes.update(contact) ? 1 : 0;
        }
        return restored;
    }

    /** Moves what is left on merged-away contacts to their survivors; returns how many rows moved. */
    int follow() {
        Map<UUID, UUID> mergedInto = new HashMap<>();
        ctx.select(CONTACT.ID, CONTACT.MERGED_INTO).from(CONTACT).where(CONTACT.MERGED_INTO.isNotNull())
                .forEach(r -> mergedInto.put(r.value1(), r.value2()));
        if (mergedInto.isEmpty()) {
            return 0;
        }
        int moved = 0;
        for (var deal : ctx.selectFrom(DEAL).where(DEAL.CONTACT_ID.in(mergedInto.keySet())).fetch()) {
            UUID survivor = survivor(deal.getContactId(), mergedInto);
            if (survivor != null) {
                deal.setContactId(survivor);
                moved += changes.update(deal) ? 1 : 0;
            }
        }
        for (var interaction : ctx.selectFrom(INTERACTION).where(INTERACTION.CONTACT_ID.in(mergedInto.keySet())).fetch()) {
            UUID survivor = survivor(interaction.getContactId(), mergedInto);
            if (survivor != null) {
                interaction.setContactId(survivor);
                moved += changes.update(interaction) ? 1 : 0;
            }
        }
        return moved;
    }

    /**
     * The contact at the end of the chain of merges from {@code contact}, or null when there is none
     * (two contacts merged into each other on two installations: both are merged away, and what is
     * on them stays where it is).
     */
    static UUID survivor(UUID contact, Map<UUID, UUID> mergedInto) {
        UUID at = contact;
        for (int step = 0; step <= mergedInto.size(); step++) {
            UUID next = mergedInto.get(at);
            if (next == null) {
                return at;
            }
            at = next;
        }
        return null;
    }
}
