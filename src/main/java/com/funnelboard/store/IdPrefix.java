package com.funnelboard.store;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Finds rows by the first characters of their id, as people type them from a listing: a range on
 * the primary key's text, so the key's index answers it. When no id starts so, by the last
 * characters: listings show those of time-ordered ids (an import's), whose first ones are shared.
 */
final class IdPrefix {

    private IdPrefix() {}

    /** Up to {@code limit} ids of live rows of {@code table} whose id starts with {@code prefix}. */
    static List<UUID> matching(DSLContext ctx, Table<?> table, Field<UUID> id, Field<?> deletedAt, String prefix, int limit) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        Field<String> text = DSL.field(id.getQualifiedName(), SQLDataType.VARCHAR);
        List<UUID> found = ctx.select(id)
                .from(table)
                .where(text.ge(p).and(text.lt(p + Character.MAX_VALUE)).and(deletedAt.isNull()))
                .orderBy(id)
                .limit(limit)
                .fetch(id);
        if (found.isEmpty() && p.matches("[0-9a-f-]{4,36}")) {
            // Rows written in bulk have time-ordered ids that share their first characters; listings
            // show their last ones (a scan of the ids, not a range, but only when no id starts so).
            found = ctx.select(id).from(table).where(text.like("%" + p).and(deletedAt.isNull())).orderBy(id).limit(limit).fetch(id);
        }
        return found;
    }
}
