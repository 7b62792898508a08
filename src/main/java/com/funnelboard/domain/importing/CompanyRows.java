package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.CONTACT_EMAIL;
import static com.funnelboard.domain.importing.ImportField.CONTACT_FIRST_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_LAST_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_PHONE;
import static com.funnelboard.domain.importing.ImportField.CONTACT_TITLE;
import static com.funnelboard.domain.importing.ImportField.IGNORE;
import static com.funnelboard.domain.importing.ImportField.ORGANIZATION_NAME;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Address books that keep people and companies in one list mark a company's row in a column of
 * its own (Less Annoying CRM's "Is Company", "Is Organization", a "Record Type" of Company or
 * Person). Such a row is an organization, not a person named after it: its name column names the
 * organization; its e-mail addresses and numbers, which an organization has no field for, go on a
 * contact named after the company, at it (as a company's vCard's do), so nothing written is lost.
 */
final class CompanyRows {

    private static final Set<String> FLAG_HEADERS = Set.of("is company", "is a company", "is organization", "is organisation",
            "is an organization", "is business", "company record");
    private static final Set<String> TYPE_HEADERS = Set.of("record type", "contact type", "entity type");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "oui", "si", "sí", "company", "organization",
            "organisation", "business");

    /** Told by no column: no row is a company's. */
    static final CompanyRows NONE = new CompanyRows(-1);

    private final int column;

    private CompanyRows(int column) {
        this.column = column;
    }

    /** The column that marks companies' rows among these headers (one mapped to nothing), if there is one. */
    static CompanyRows of(List<String> headers, List<ImportField> mapping) {
        for (int i = 0; i < headers.size(); i++) {
            String h = HeaderMatcher.normalise(headers.get(i) == null ? "" : headers.get(i));
            if (mapping.get(i) == IGNORE && (FLAG_HEADERS.contains(h) || TYPE_HEADERS.contains(h))) {
                return new CompanyRows(i);
            }
        }
        return NONE;
    }

    /** Whether this row is a company's. */
    boolean isCompany(String[] values) {
        return column >= 0 && column < values.length && YES.contains(values[column].strip().toLowerCase(Locale.ROOT));
    }

    /** Legal forms no person's name ends with (the short ones, "Co", "AS", "SA", could be a name's last part). */
    private static final java.util.Set<String> CLEAR_FORMS = java.util.Set.of("inc", "corp", "ltd", "llc", "llp", "plc", "gmbh", "mbh",
            "sarl", "sas", "sasu", "srl", "spa", "bv", "nv", "oy", "oyj", "pty", "ltda", "kft", "sro", "ooo", "aps", "asa", "kgaa", "bvba");

    /** A name of two words or more ending in a short legal form written in capitals. */
    private static final java.util.regex.Pattern CAPITAL_FORM = java.util.regex.Pattern.compile("\\S+(\\s+\\S+)*\\s+(AG|SA|AB|AS|SE|KG|OHG|SpA|S\\.A\\.|A/S)");

    /**
     * Whether a row's only name is a company's ("Thornbury Estates Ltd" in Capsule's Party column,
     * which holds people and organizations): a name column, no organization column with a value, no
     * first or last name, and a name ending in a legal form no person's name ends with.
     */
    static boolean namesACompany(String[] values, Map<ImportField, List<Integer>> cols) {
        if (!cols.containsKey(CONTACT_NAME) || cols.containsKey(ORGANIZATION_NAME) || cols.containsKey(CONTACT_FIRST_NAME)
                || cols.containsKey(CONTACT_LAST_NAME)) {
            return false;
        }
        String name = values[cols.get(CONTACT_NAME).getFirst()];
        String form = com.funnelboard.domain.OrganizationNames.key(name).form();
        // The short forms in capitals after a name ("Steiner Mechanik AG", "Volvo Cars AB") are a company's too: it was a person
        // named so, beside the GmbH of the next row, which became an organization.
        return CAPITAL_FORM.matcher(name.strip()).matches()
                || !form.isEmpty() && java.util.Arrays.stream(form.split(" ")).allMatch(CLEAR_FORMS::contains);
    }

    /**
     * Reads a company's row as its organization: its name column (the person's name columns where
     * no organization column has a value) names the organization, a person's name and job title go,
     * and its addresses and numbers stay on a contact named as the organization.
     */
    static void asOrganization(Map<ImportField, List<Integer>> cols) {
        if (!cols.containsKey(ORGANIZATION_NAME)) {
            List<Integer> name = cols.containsKey(CONTACT_NAME) ? cols.get(CONTACT_NAME)
                    : cols.containsKey(CONTACT_LAST_NAME) ? cols.get(CONTACT_LAST_NAME) : cols.get(CONTACT_FIRST_NAME);
            if (name != null) {
                cols.put(ORGANIZATION_NAME, name);
            }
        }
        for (ImportField f : List.of(CONTACT_NAME, CONTACT_FIRST_NAME, CONTACT_LAST_NAME, CONTACT_TITLE)) {
            cols.remove(f);
        }
        if (!companysContact(cols)) {
            cols.remove(CONTACT_EMAIL);
            cols.remove(CONTACT_PHONE);
        }
    }

    /**
     * A company's own e-mail addresses and numbers (info@, the switchboard) on a contact named as the
     * organization, as organizations have no such fields: names the row's contact by its organization
     * column when the row has both and no person's name; returns whether it did.
     */
    static boolean companysContact(Map<ImportField, List<Integer>> cols) {
        if (cols.containsKey(ORGANIZATION_NAME) && (cols.containsKey(CONTACT_EMAIL) || cols.containsKey(CONTACT_PHONE))) {
            cols.put(CONTACT_NAME, cols.get(ORGANIZATION_NAME));
            return true;
        }
        return false;
    }
}
