package com.funnelboard.service.importing;

import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.store.ImportRepository;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The contacts a chunk's rows name only by name (no e-mail address or phone number, as a deals
 * export writes the person): the contact of that name at the row's organization, in the file or
 * stored, when one alone has it there; for a deal the row names by its id, that deal's contact of that name first; else, with no
 * organization either, the one contact of that name (none when several share it). Earlier chunks'
 * contacts are stored by the time a chunk asks; its own are added as they are made ({@link #made}).
 */
final class NamedPeople {

    private final Map<String, UUID> atOrganization = new HashMap<>();
    private final Map<String, UUID> ofDeal = new HashMap<>();
    private final Map<String, UUID> once;

    /** Stored contacts with neither e-mail nor phone, by name and organization, for rows that give one (see {@link #find}). */
    private final Map<String, UUID> withoutReach = new HashMap<>();

    /** Asks the store, in three statements at most, for the contacts {@code rows} may name so. */
    NamedPeople(ImportRepository imports, List<ImportRow> rows, Map<Long, UUID> orgOfRow) {
        this(imports, rows, orgOfRow, false);
    }

    /**
     * As {@link #NamedPeople(ImportRepository, List, Map)}; with {@code reached}, a row whose e-mail or
     * phone matched nobody is also the stored contact of its name at its organization who has neither
     * (a deals export named the person only by name; this file of people gives the address): one more
     * statement.
     */
    NamedPeople(ImportRepository imports, List<ImportRow> rows, Map<Long, UUID> orgOfRow, boolean reached) {
        Set<UUID> orgs = new HashSet<>();
        Set<String> dealKeys = new HashSet<>();
        Set<String> lone = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.contact() == null || !namedOnly(row.contact())) {
                continue;
            }
            UUID org = orgOfRow.get(row.row());
            if (org != null) {
                orgs.add(org);
            } else {
                lone.add(key(row.contact().name()));
                lone.add(row.contact().name()); // as written too, as organizations' names are asked for
                lone.add(java.text.Normalizer.normalize(row.contact().name().strip(), java.text.Normalizer.Form.NFD)); // and decomposed
            }
            if (row.deal() != null && row.deal().externalKey() != null) {
                dealKeys.add(row.deal().externalKey());
            }
        }
        if (!orgs.isEmpty()) {
            // Several of one name at one organization: the name alone says not which (null), so such a row is none of them.
            imports.contactsAt(orgs, (name, org, id) -> {
                String k = at(name, org.toString());
                atOrganization.put(k, atOrganization.containsKey(k) ? null : id);
            });
        }
        if (!dealKeys.isEmpty()) {
            imports.contactsOfDeals(dealKeys, (name, dealKey, id) -> ofDeal.putIfAbsent(at(name, dealKey), id));
        }
        once = new HashMap<>();
        if (!lone.isEmpty()) {
            // Keyed as this class keys names: two stored spellings of one name (composed and decomposed) are two people of it.
            imports.contactsNamedOnce(lone).forEach((name, id) -> {
                String k = key(name);
                once.put(k, once.containsKey(k) || id == null ? null : id);
            });
        }
        Set<UUID> reachedAt = new HashSet<>();
        for (ImportRow row : rows) {
            if (reached && row.contact() != null && !namedOnly(row.contact()) && orgOfRow.get(row.row()) != null) {
                reachedAt.add(orgOfRow.get(row.row()));
            }
        }
        if (!reachedAt.isEmpty()) {
            imports.contactsWithoutReachAt(reachedAt, (name, org, id) -> withoutReach.put(at(name, org.toString()), id));
        }
    }

    static boolean namedOnly(ImportRow.Person p) {
        return p.emails().isEmpty() && p.phones().isEmpty();
    }

    /**
     * The contact the row's person is, when it is named only by name and one is found, or, for a row
     * with an e-mail or phone that matched nobody, the stored contact of its name at its organization
     * with neither (when asked for); else null.
     */
    UUID find(ImportRow row, UUID org) {
        ImportRow.Person p = row.contact();
        if (!namedOnly(p)) {
            // Once: a second row of that name with another address is someone else.
            return org == null ? null : withoutReach.remove(at(p.name(), org.toString()));
        }
        if (row.deal() != null && row.deal().externalKey() != null) {
            // The deal's own person first: another of that name at its organization is someone else.
            UUID found = ofDeal.get(at(p.name(), row.deal().externalKey()));
            if (found != null) {
                return found;
            }
        }
        if (org != null) {
            UUID found = atOrganization.get(at(p.name(), org.toString()));
            if (found != null) {
                return found;
            }
        }
        return org == null ? once.get(key(p.name())) : null;
    }

    /**
     * A contact this chunk made for {@code p}: later rows naming only its name at its organization
     * find it, as they find a stored one, whichever row gave the e-mail address; a later row of that
     * name there with an address or number is the person a row named only by name.
     */
    void made(ImportRow.Person p, UUID org, UUID id) {
        if (org != null) {
            String k = at(p.name(), org.toString());
            if (namedOnly(p)) {
                atOrganization.put(k, id);
                withoutReach.put(k, id);
            } else {
                // A second person of that name there with an address of their own: the name alone says neither.
                atOrganization.put(k, atOrganization.containsKey(k) && !id.equals(atOrganization.get(k)) ? null : id);
            }
        }
        if (org == null) {
            // Unless the name is someone else's already: then it names nobody for sure.
            String k = key(p.name());
            once.put(k, once.containsKey(k) ? null : id);
        }
    }

    private static String at(String name, String where) {
        return key(name) + "\u0000" + where;
    }

    private static String key(String s) {
        // One name however its accents are encoded: "Nguyễn" composed (NFC) in one file and decomposed (NFD) in another,
        // or as a Mac wrote it, is one person (the deals file's NFC name made a second contact beside the stored NFD one).
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
