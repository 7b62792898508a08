package com.funnelboard.store;

import com.funnelboard.domain.ContactProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a teammate wrote on a contact that was merged into another meanwhile (they had not seen the merge), moved onto the
 * contact it was merged into, as a conflict's resolution: its addresses, numbers and tags join the kept contact's lists, its
 * details fill what the kept contact leaves empty, and its notes are added to the kept one's. The merge stands. Before, the
 * choice was to restore the contact (a duplicate again, to be merged once more) or to keep it merged, its edits out of sight.
 */
final class MergedAwayEdits {

    private MergedAwayEdits() {}

    /** The contact {@code contact} was merged into (at the end of a chain of merges); empty when it was merged into none. */
    static java.util.Optional<UUID> survivor(Repositories r, UUID contact) {
        Map<UUID, UUID> mergedInto = new HashMap<>();
        r.ctx().select(com.funnelboard.store.jooq.Tables.CONTACT.ID, com.funnelboard.store.jooq.Tables.CONTACT.MERGED_INTO)
                .from(com.funnelboard.store.jooq.Tables.CONTACT).where(com.funnelboard.store.jooq.Tables.CONTACT.MERGED_INTO.isNotNull())
                .forEach(x -> mergedInto.put(x.value1(), x.value2()));
        UUID kept = mergedInto.containsKey(contact) ? MergedContacts.survivor(contact, mergedInto) : null;
        return java.util.Optional.ofNullable(kept).filter(k -> !k.equals(contact));
    }

    /**
     * Moves onto the kept contact what the merged-away {@code contact} holds that it does not; returns what moved, in words
     * ("+45 22 22 22 22", "title CFO"), and what stayed as the kept contact had it ("title kept as CEO").
     */
    static List<String> moveOnto(Repositories r, UUID contact) {
        // The records' state, not what was asked, refuses these (exit 2, as any refusal; they were a usage error's 3).
        UUID keptId = survivor(r, contact).orElseThrow(() -> new IllegalStateException("This contact was not merged into another: "
                + "keep it deleted, or restore it"));
        ContactProfile gone = r.contactProfiles().findAny(contact).orElseThrow();
        ContactProfile kept = r.contactProfiles().find(keptId).orElseThrow(() -> new IllegalStateException("The contact it was merged "
                + "into is in the trash: restore that one first"));
        List<String> said = new ArrayList<>();
        List<String> emails = new ArrayList<>(kept.emails());
        for (String e : gone.emails()) {
            if (emails.stream().noneMatch(x -> x.equalsIgnoreCase(e))) {
                emails.add(e);
                said.add(e);
            }
        }
        List<String> phones = new ArrayList<>(kept.phones());
        for (String p : gone.phones()) {
            if (phones.stream().noneMatch(x -> digits(x).equals(digits(p)))) {
                phones.add(p);
                said.add(p);
            }
        }
        List<String> tags = new ArrayList<>(kept.tags());
        gone.tags().stream().filter(t -> tags.stream().noneMatch(x -> x.equalsIgnoreCase(t))).forEach(t -> {
            tags.add(t);
            said.add("tag " + t);
        });
        String notes = kept.notes();
        if (gone.notes() != null && !gone.notes().isBlank() && (notes == null || !notes.contains(gone.notes().strip()))) {
            notes = notes == null || notes.isBlank() ? gone.notes() : notes + "\n" + gone.notes();
            said.add("notes");
        }
        ContactProfile moved = new ContactProfile(kept.id(), kept.organizationId() != null ? kept.organizationId() : gone.organizationId(),
                kept.name(), fill("title", kept.title(), gone.title(), said),
                emails, phones, channel(kept, gone, said), fill("industry", kept.industry(), gone.industry(), said),
                fill("company size", kept.companySize(), gone.companySize(), said), fill("persona", kept.persona(), gone.persona(), said),
                fill("pain points", kept.painPoints(), gone.painPoints(), said), fill("source", kept.source(), gone.source(), said), tags, notes,
                kept.mergedInto());
        if (!moved.equals(kept)) {
            r.contactProfiles().update(moved);
        }
        return said;
    }

    /** The kept contact's way to be reached, or the merged-away one's where it has none; said either way. */
    private static com.funnelboard.domain.PreferredChannel channel(ContactProfile kept, ContactProfile gone, List<String> said) {
        String k = kept.channel() == null ? null : kept.channel().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String g = gone.channel() == null ? null : gone.channel().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return fill("prefers", k, g, said) == null ? null : kept.channel() != null ? kept.channel() : gone.channel();
    }

    /** A number's digits (and its +): "+45 22 22 22 22" and "+4522222222" are one number. */
    private static String digits(String phone) {
        return phone.replaceAll("[^0-9+]", "");
    }

    /** The kept value, or the merged-away one where none is kept; a different one kept is said. */
    private static String fill(String what, String kept, String gone, List<String> said) {
        if (gone == null || gone.isBlank() || gone.equals(kept)) {
            return kept;
        }
        if (kept == null || kept.isBlank()) {
            said.add(what + " " + gone);
            return gone;
        }
        said.add(what + " kept as " + kept + " (not " + gone + ")");
        return kept;
    }
}
