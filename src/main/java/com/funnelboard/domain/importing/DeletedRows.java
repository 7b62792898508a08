package com.funnelboard.domain.importing;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column in which the program that wrote the file marks records deleted there: Salesforce's
 * {@code IsDeleted} (an "Export All" carries the recycle bin's records), {@code is_deleted} or
 * {@code deleted} of a database table. Such a row is left out and said: imported, it brought back
 * as live what its owners had thrown away.
 */
final class DeletedRows {

    private static final Set<String> HEADERS = Set.of("isdeleted", "is deleted", "deleted", "is deleted flag", "deleted flag");
    private static final Set<String> YES = Set.of("true", "1", "yes", "y", "ja", "oui", "si", "sí", "wahr", "vrai", "verdadero");

    private final int column;
    private final String header;

    private DeletedRows(int column, String header) {
        this.column = column;
        this.header = header;
    }

    /** The file's deleted-mark column, if it has one the mapping left unused. */
    static DeletedRows of(List<String> headers, List<ImportField> mapping) {
        for (int i = 0; i < headers.size(); i++) {
            if (mapping.get(i) == ImportField.IGNORE && HEADERS.contains(HeaderMatcher.normalise(headers.get(i)))) {
                return new DeletedRows(i, headers.get(i).strip());
            }
        }
        return new DeletedRows(-1, null);
    }

    /** What the row's left out with when it is marked deleted, else null. */
    ImportRow.Problem leftOut(long row, String[] values) {
        if (column < 0 || column >= values.length || !YES.contains(values[column].strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new ImportRow.Problem(row, header, ImportRow.Problem.DELETED_THERE + " (" + header + " " + values[column].strip()
                + "), so not brought back", true);
    }
}
