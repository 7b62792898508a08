package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CHANGE;
import static com.funnelboard.store.jooq.Tables.CHANGE_SET;

import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Which deleted records the trash lists: those deleted since a moment, by the time their deletion
 * carries or by the time this database recorded it, whichever is later. A teammate whose clock was
 * weeks behind stamps a deletion weeks in the past; merged here today, it was in no one's trash (only
 * someone who knew its id could bring it back). A record that arrived whole, already deleted, was
 * recorded by its creation's entry.
 */
final class TrashWindow {

    private TrashWindow() {}

    /** The rows of {@code table} deleted since {@code since}, by either time. */
    static Condition deletedSince(Table<?> table, Field<java.util.UUID> id, Field<Instant> deletedAt, Instant since) {
        Field<String> key = DSL.field(id.getQualifiedName(), String.class); // the id as the change log writes it
        return deletedAt.ge(since).or(deletedAt.isNotNull().and(DSL.exists(DSL.selectOne().from(CHANGE)
                .join(CHANGE_SET).on(CHANGE_SET.ID.eq(CHANGE.CHANGE_SET_ID))
                .where(CHANGE.ROW_KEY.eq(key).and(CHANGE.TABLE_NAME.eq(table.getName())).and(CHANGE.FIELD.in("deleted_at", "*"))
                        .and(CHANGE_SET.MADE_AT.ge(since))))));
    }
}
