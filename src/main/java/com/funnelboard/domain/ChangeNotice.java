package com.funnelboard.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What one committed change set touched, as views need to know it: which tables and rows.
 * Published after every commit of this program, and for change sets another program (the command
 * line beside the window) committed to the same database.
 *
 * @param rows the keys of the changed rows (ids as text; a setting's key)
 * @param elsewhere true when another program wrote it
 * @param summary what the action was, in words, or null
 */
public record ChangeNotice(UUID changeSet, ChangeOrigin origin, String author, Instant at, Set<String> tables, Set<String> rows,
        boolean elsewhere, String summary) {

    public ChangeNotice {
        tables = Set.copyOf(tables);
        rows = Set.copyOf(rows);
    }

    public boolean touches(String table) {
        return tables.contains(table);
    }

    public boolean touchesRow(UUID id) {
        return id != null && rows.contains(id.toString());
    }
}
