package com.funnelboard.service;

import com.funnelboard.store.Repositories;
import com.funnelboard.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What was typed in the detail pane and is kept on this installation, not saved: a deal's or a contact's form typing kept
 * before a crash (saved when it is shown again), a value the rules refused (shown again with its record), an organization's
 * field not left. Listed at the window's start, so that none waits unseen until its record happens to be opened. Records in
 * the trash are left out: what was typed in them is shown only if they come back.
 */
public final class KeptTyping {

    /** A record with typing kept. */
    public enum Kind { DEAL, CONTACT, ORGANIZATION }

    /**
     * @param name the deal's title, the contact's or the organization's name
     * @param refused whether the rules refused what was typed (it waits to be corrected), rather than it being kept unsent
     */
    public record Kept(Kind kind, UUID id, String name, boolean refused) {}

    private static final String DEAL = "draft.deal.";
    private static final String DEAL_NOTES = "draft.deal-notes.";
    private static final String CONTACT_REFUSED = "draft.contact.";
    private static final String CONTACT_TYPED = "typing.contact.";
    private static final String ORGANIZATION = "typing.organization.";

    private final Store store;

    public KeptTyping(Store store) {
        this.store = store;
    }

    /** Every live record with typing kept, deals first, each once. */
    public List<Kept> waiting() {
        return store.read(r -> {
            List<Kept> kept = new ArrayList<>();
            add(r, kept, DEAL, Kind.DEAL, texts -> texts.keySet().stream().anyMatch(k -> k.startsWith("why.")),
                    id -> r.deals().find(id).map(com.funnelboard.domain.Deal::title));
            // A deal's notes typed and not saved (they waited unsaid until the deal was opened again).
            java.util.Set<UUID> dealsKept = new java.util.HashSet<>(kept.stream().map(Kept::id).toList());
            for (UUID id : ids(r, DEAL_NOTES)) {
                if (dealsKept.add(id)) {
                    r.deals().find(id).ifPresent(d -> kept.add(new Kept(Kind.DEAL, id, d.title(), false)));
                }
            }
            Map<UUID, Boolean> contacts = new java.util.LinkedHashMap<>();
            ids(r, CONTACT_REFUSED).forEach(id -> contacts.put(id, true));
            ids(r, CONTACT_TYPED).forEach(id -> contacts.putIfAbsent(id, false));
            contacts.forEach((id, refused) -> r.contacts().find(id)
                    .ifPresent(c -> kept.add(new Kept(Kind.CONTACT, id, c.name(), refused))));
            add(r, kept, ORGANIZATION, Kind.ORGANIZATION, texts -> false,
                    id -> r.organizations().find(id).map(com.funnelboard.domain.OrganizationProfile::name));
            return kept;
        });
    }

    private static void add(Repositories r, List<Kept> kept, String prefix, Kind kind,
            java.util.function.Predicate<Map<String, String>> refused, Function<UUID, Optional<String>> name) {
        for (UUID id : ids(r, prefix)) {
            Map<String, String> texts = r.local().texts(prefix + id);
            if (!texts.isEmpty()) {
                name.apply(id).ifPresent(n -> kept.add(new Kept(kind, id, n, refused.test(texts))));
            }
        }
    }

    /** The ids of the records whose typing is kept under {@code prefix} (a key that names no id is no record). */
    private static List<UUID> ids(Repositories r, String prefix) {
        List<UUID> ids = new ArrayList<>();
        for (Map.Entry<String, String> e : r.local().startingWith(prefix).entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank() || e.getValue().equals("{}")) {
                continue;
            }
            try {
                ids.add(UUID.fromString(e.getKey().substring(prefix.length())));
            } catch (IllegalArgumentException notAnId) {
                // not a record's draft
            }
        }
        return ids;
    }

    /**
     * "Typing kept from before Funnelboard closed waits in “Acme roll-out” and Ann Lee: it is saved when you open them." or,
     * with a value the rules refused among them, "Typing not saved waits in …: open them to correct the value refused."
     * Null when nothing waits.
     */
    public static String sentence(List<Kept> kept) {
        if (kept.isEmpty()) {
            return null;
        }
        List<String> names = kept.stream().limit(3).map(k -> k.kind() == Kind.DEAL ? "\u201C" + k.name() + "\u201D" : k.name()).toList();
        String listed = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + (kept.size() > names.size() ? ", " : " and ") + names.getLast();
        if (kept.size() > names.size()) {
            listed += " and " + (kept.size() - names.size()) + " more";
        }
        String them = kept.size() == 1 ? "it" : "them";
        return kept.stream().anyMatch(Kept::refused)
                ? "Typing not saved waits in " + listed + ": open " + them + " to correct the value refused."
                : "Typing kept from before Funnelboard closed waits in " + listed + ": it is saved when you open " + them + ".";
    }
}
