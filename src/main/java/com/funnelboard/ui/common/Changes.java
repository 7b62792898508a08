package com.funnelboard.ui.common;

import com.funnelboard.domain.ChangeNotice;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The change sets a view is told about at once: the tables and rows they touched together, and
 * whether any came from another program.
 */
public record Changes(Set<String> tables, Set<String> rows, boolean elsewhere) {

    public Changes {
        tables = Set.copyOf(tables);
        rows = Set.copyOf(rows);
    }

    static Changes of(ChangeNotice n) {
        return new Changes(n.tables(), n.rows(), n.elsewhere());
    }

    Changes and(ChangeNotice n) {
        Set<String> t = new HashSet<>(tables);
        t.addAll(n.tables());
        Set<String> r = new HashSet<>(rows);
        r.addAll(n.rows());
        return new Changes(t, r, elsewhere || n.elsewhere());
    }

    /** True when any of these tables changed. */
    public boolean touches(String... names) {
        for (String name : names) {
            if (tables.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the row with this id changed. */
    public boolean touchesRow(UUID id) {
        return id != null && rows.contains(id.toString());
    }

    /** True when any of these rows changed. */
    public boolean touchesAnyRow(Collection<UUID> ids) {
        return ids.stream().anyMatch(this::touchesRow);
    }
}
