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
 * the primary key's text, so the key's index answers it.
 */
final class IdPrefix {

    private IdPrefix() {}

    /** Up to {@code limit} ids of live rows of {@code table} whose id starts with {@code prefix}. */
    static List<UUID> matching(DSLContext ctx, Table<?> table, Field<UUID> id, Field<?> deletedAt, String prefix, int limit) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        Field<String> text = DSL.field(id.getQualifiedName(), SQLDataType.VARCHAR);
        return ctx.select(id)
                .from(table)
                .where(text.ge(p).and(text.lt(p + Character.MAX_VALUE)).and(deletedAt.isNull()))
                .orderBy(id)
                .limit(limit)
                .fetch(id);
    }
}
