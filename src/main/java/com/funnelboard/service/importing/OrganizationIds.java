package com.funnelboard.service.importing;

import com.funnelboard.domain.importing.ImportField;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file that names each row's organization by the other program's id, with the organizations file
 * that gives each id its name: Salesforce's Data Export writes Contact.csv and Opportunity.csv with
 * an {@code AccountId} and the accounts in Account.csv ({@code Id}, {@code Name}). Imported with that
 * file as its organizations file, the id column reads as the organization's name; an id the
 * organizations file does not list names no organization (the id itself is no company's name).
 */
final class OrganizationIds {

    /** The headers (normalised) of a column that names a row's organization by its id. */
    private static final Set<String> REFERENCES = Set.of("accountid", "account id", "organizationid", "organization id", "organisation id",
            "org id", "companyid", "company id");

    /** The headers (normalised) of an organizations file's own id column. */
    private static final Set<String> IDS = Set.of("id", "record id", "accountid", "account id", "organization id", "company id");

    /** The most organizations kept by id (a Salesforce org rarely has a million accounts; past it, ids name nobody). */
    static final int MAX = 1_000_000;

    private final int column;
    private final Map<String, String> names;

    private OrganizationIds(int column, Map<String, String> names) {
        this.column = column;
        this.names = names;
    }

    /**
     * The join of {@code headers} (the main file's, as {@code mapping} maps them) with the
     * organizations file, or null when the main file names organizations by name already, has no id
     * column for them, or the organizations file has no id and name columns.
     */
    static OrganizationIds of(List<String> headers, List<ImportField> mapping, Path organizations, ImportOptions asOrganizations) {
        if (mapping.contains(ImportField.ORGANIZATION_NAME)) {
            return null;
        }
        int column = -1;
        for (int i = 0; i < headers.size(); i++) {
            String h = normal(headers.get(i));
            if (REFERENCES.contains(h) && mapping.get(i) == ImportField.IGNORE) {
                column = i;
                break;
            }
        }
        if (column < 0) {
            return null;
        }
        try (CsvInput orgs = CsvInput.open(organizations, null)) {
            List<ImportField> fields = ColumnMapping.mapping(orgs, asOrganizations);
            int id = -1;
            for (int i = 0; i < orgs.headers().size() && id < 0; i++) {
                if (IDS.contains(normal(orgs.headers().get(i)))) {
                    id = i;
                }
            }
            int name = fields.indexOf(ImportField.ORGANIZATION_NAME);
            if (id < 0 || name < 0 || id == name) {
                return null;
            }
            Map<String, String> names = new HashMap<>();
            String[] row;
            while ((row = orgs.next()) != null && names.size() < MAX) {
                if (!row[id].isBlank() && !row[name].isBlank()) {
                    names.put(row[id].strip(), row[name].strip());
                }
            }
            return new OrganizationIds(column, names);
        }
    }

    /** A header in lower case, each run of spaces, underscores and dashes one space ("Account_ID", "account-id": "account id"). */
    private static String normal(String header) {
        return header == null ? "" : header.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }

    /** The main file's column of organization ids, which reads as their names. */
    int column() {
        return column;
    }

    /** A row of the main file with its organization's id replaced by its name (empty for an id the organizations file lacks). */
    String[] named(String[] row) {
        if (column < row.length) {
            String[] out = row.clone();
            out[column] = names.getOrDefault(row[column].strip(), "");
            return out;
        }
        return row;
    }
}
