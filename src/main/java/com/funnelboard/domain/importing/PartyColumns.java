package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.HeaderMatcher.normalise;
import static com.funnelboard.domain.importing.ImportField.CONTACT_FIRST_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_LAST_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_NAME;
import static com.funnelboard.domain.importing.ImportField.IGNORE;
import static com.funnelboard.domain.importing.ImportField.ORGANIZATION_NAME;

import java.util.List;
import java.util.Set;

/**
 * Accounting programs list customers, not people: QuickBooks' "Customer" and Xero's "ContactName"
 * name whoever is billed (mostly a company), and a "Full Name" or a first and last name beside it
 * names the person to talk to. In such a file the customer column is the organization (left out when
 * a company column names it already), the person's columns name the contact, and a row whose
 * customer is the person (Cathy Lee billed as Cathy Lee) has no organization.
 */
final class PartyColumns {

    /** Headers that name whoever is billed, as accounting programs write them (normalised, and run together). */
    private static final Set<String> PARTY = Set.of("customer", "customer name", "client", "client name", "contactname");

    private PartyColumns() {}

    /**
     * Makes a customer column beside a person's name columns the organization's (or nothing, when a
     * company column is there); returns its index, -1 when the file has none.
     */
    static int parties(List<String> headers, List<ImportField> raw) {
        int party = -1;
        boolean person = raw.contains(CONTACT_FIRST_NAME) || raw.contains(CONTACT_LAST_NAME);
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) != CONTACT_NAME) {
                continue;
            }
            String h = headers.get(i) == null ? "" : headers.get(i).strip().replaceFirst("^\\*", "");
            boolean billed = PARTY.contains(normalise(h)) || PARTY.contains(normalise(h).replace(" ", "")) && !h.contains(" ");
            if (billed && party < 0) {
                party = i;
            } else {
                person = true;
            }
        }
        if (party < 0 || !person) {
            return -1;
        }
        raw.set(party, raw.contains(ORGANIZATION_NAME) ? IGNORE : ORGANIZATION_NAME);
        return raw.get(party) == ORGANIZATION_NAME ? party : -1;
    }

    /** The customer column that {@link #parties} made the organization's in this mapping, -1 when none. */
    static int column(List<String> headers, List<ImportField> mapping) {
        boolean person = mapping.contains(CONTACT_FIRST_NAME) || mapping.contains(CONTACT_LAST_NAME) || mapping.contains(CONTACT_NAME);
        for (int i = 0; person && i < mapping.size() && i < headers.size(); i++) {
            String h = headers.get(i) == null ? "" : headers.get(i).strip().replaceFirst("^\\*", "");
            if (mapping.get(i) == ORGANIZATION_NAME && (PARTY.contains(normalise(h)) || PARTY.contains(normalise(h).replace(" ", "")) && !h.contains(" "))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A customer's row as the parser reads it: with no person named, its e-mail and number are the
     * customer's own, on a contact named after it (nothing written is lost); with the person named
     * as the customer (an individual billed in their own name), no organization.
     */
    static void read(int party, String[] values, java.util.Map<ImportField, List<Integer>> cols) {
        if (party < 0 || !cols.getOrDefault(ORGANIZATION_NAME, List.of()).contains(party)) {
            return;
        }
        List<Integer> name = cols.get(CONTACT_NAME);
        List<Integer> first = cols.get(CONTACT_FIRST_NAME);
        List<Integer> last = cols.get(CONTACT_LAST_NAME);
        if (name == null && first == null && last == null) {
            if (cols.containsKey(ImportField.CONTACT_EMAIL) || cols.containsKey(ImportField.CONTACT_PHONE)) {
                cols.put(CONTACT_NAME, List.of(party));
            }
            return;
        }
        String person = name != null ? values[name.getFirst()].strip()
                : ((first == null ? "" : values[first.getFirst()].strip()) + " " + (last == null ? "" : values[last.getFirst()].strip())).strip();
        if (person.replaceAll("\\s+", " ").equalsIgnoreCase(values[party].strip().replaceAll("\\s+", " "))) {
            cols.remove(ORGANIZATION_NAME);
        }
    }
}
