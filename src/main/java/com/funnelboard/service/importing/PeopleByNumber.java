package com.funnelboard.service.importing;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.store.ImportRepository;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The stored contacts an import finds by a row's phone number and name together, and those the
 * import made so; read once, when a row first needs them.
 */
final class PeopleByNumber {

    private final Map<String, UUID> byKey = new HashMap<>();
    /** Of the stored contacts, those with an e-mail address. */
    private final Set<UUID> reachedByEmail = new HashSet<>();

    PeopleByNumber(ImportRepository imports, DuplicateFinder finder) {
        imports.eachPhone((contact, name, phone, hasEmail) -> {
            byKey.put(samePerson(finder.phoneKey(phone), name), contact);
            if (hasEmail) {
                reachedByEmail.add(contact);
            }
        });
    }

    /**
     * The contact of this number (as {@link DuplicateFinder#phoneKey} keys it) and name, or null. A
     * row with an e-mail address that matched nobody is a stored person with neither address (their
     * next export gives one), never one with another address: colleagues of one name share a switchboard.
     */
    UUID find(String phoneKey, String name, boolean rowHasEmail) {
        UUID same = byKey.get(samePerson(phoneKey, name));
        return same != null && rowHasEmail && reachedByEmail.contains(same) ? null : same;
    }

    /** A contact the import made with this number and name and no e-mail address: later rows find it. */
    void made(String phoneKey, String name, UUID contact) {
        byKey.put(samePerson(phoneKey, name), contact);
    }

    /**
     * A person's number and name together: a row without an e-mail address is a stored contact by
     * its number only when the name is the same too. An office's switchboard is everyone's number
     * there (Outlook's "Business Phone"): by the number alone, a second colleague became the first.
     */
    static String samePerson(String phoneKey, String name) {
        return phoneKey + "\u0000" + (name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
