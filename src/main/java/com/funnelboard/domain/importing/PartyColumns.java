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
            if (billed(headers.get(i) == null ? "" : headers.get(i)) && party < 0) {
                party = i;
            } else {
                person = true;
            }
        }
        if (party < 0) {
            party = namedBesideContact(headers, raw);
            person |= party >= 0;
        }
        // A deals export's customer (NetSuite's opportunities: "Customer" beside a title, an amount and a stage) is a company.
        if (party >= 0 && !person && (raw.contains(ImportField.DEAL_VALUE) || raw.contains(ImportField.DEAL_EXPECTED_CLOSE)
                || raw.contains(ImportField.DEAL_TITLE))) {
            person = true;
        }
        if (party < 0 || !person) {
            return -1;
        }
        raw.set(party, raw.contains(ORGANIZATION_NAME) ? IGNORE : ORGANIZATION_NAME);
        return raw.get(party) == ORGANIZATION_NAME ? party : -1;
    }

    /**
     * A plain "Name" beside a "Contact name" or "Contact" (Sage's and other ledgers' customer lists):
     * the name is the customer's, the contact the person's; -1 when the file has no such pair.
     */
    private static int namedBesideContact(List<String> headers, List<ImportField> raw) {
        int name = -1;
        boolean contact = false;
        for (int i = 0; i < raw.size(); i++) {
            String h = normalise(headers.get(i) == null ? "" : headers.get(i));
            if (raw.get(i) == CONTACT_NAME && h.equals("name") && name < 0) {
                name = i;
            } else if (raw.get(i) == CONTACT_NAME && (h.equals("contact") || h.equals("contact name") || h.equals("contact person"))) {
                contact = true;
            }
        }
        return contact ? name : -1;
    }

    /** The customer column that {@link #parties} made the organization's in this mapping, -1 when none. */
    static int column(List<String> headers, List<ImportField> mapping) {
        // Only beside a person's columns: an organizations file's "Name" is its organization's and nothing more.
        boolean person = mapping.contains(CONTACT_FIRST_NAME) || mapping.contains(CONTACT_LAST_NAME) || mapping.contains(CONTACT_NAME);
        for (int i = 0; person && i < mapping.size() && i < headers.size(); i++) {
            String h = headers.get(i) == null ? "" : headers.get(i).strip().replaceFirst("^\\*", "");
            if (mapping.get(i) == ORGANIZATION_NAME && (billed(h) || normalise(h).equals("name") && mapping.contains(CONTACT_NAME))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean billed(String header) {
        String h = header.strip().replaceFirst("^\\*", "");
        // "ContactName" run together is Xero's customer; "Contact Name" and "contact_name" are a person's.
        return PARTY.contains(normalise(h)) && !normalise(h).equals("contactname") || h.equals("ContactName");
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
            CompanyRows.companysContact(cols);
            return;
        }
        String given = first == null ? null : values[first.getFirst()].strip();
        String family = last == null ? null : values[last.getFirst()].strip();
        String person = name != null ? values[name.getFirst()].strip()
                : given == null ? family : family == null ? given : PersonNames.joined(given, family);
        if (person.replaceAll("\\s+", " ").equalsIgnoreCase(values[party].strip().replaceAll("\\s+", " "))) {
            cols.remove(ORGANIZATION_NAME);
        }
    }

    /**
     * An organization's name without the row's person after it, as Odoo names a company's contact
     * ("Azure Interior, Brandon Freeman" is Brandon Freeman at Azure Interior); the name as it is
     * otherwise (also "Smith, Jones & Co", whose words after the comma name no one on the row).
     */
    static String withoutPerson(String organization, ImportRow.Person person) {
        if (organization == null || person == null) {
            return organization;
        }
        int comma = organization.lastIndexOf(',');
        if (comma > 0 && organization.substring(comma + 1).strip().equalsIgnoreCase(person.name().strip())) {
            return organization.substring(0, comma).strip();
        }
        return organization;
    }
}
