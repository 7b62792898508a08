package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS;
import static com.funnelboard.store.jooq.Tables.FOLLOW_UP;
import static com.funnelboard.store.jooq.Tables.INTERACTION;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;
import static com.funnelboard.store.jooq.Tables.PHONE_NUMBER;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * The live contacts, organizations, deals, interactions and follow-ups as export tables, streamed a row at a
 * time (a cursor, never the whole table in memory). Cells are text, numbers (amounts as decimals
 * in the currency's digits) or null.
 */
public final class ExportQueries {

    /** The kinds of rows an export writes. */
    public enum Kind { CONTACTS, ORGS, DEALS, INTERACTIONS, FOLLOWUPS }

    private final DSLContext ctx;

    ExportQueries(DSLContext ctx) {
        this.ctx = ctx;
    }

    public static List<String> header(Kind kind) {
        return com.funnelboard.domain.importing.FunnelboardExport.valueOf(kind.name()).header();
    }

    /** Streams the rows of {@code kind} to {@code sink}, in a stable order; returns how many. */
    public long each(Kind kind, Consumer<List<Object>> sink) {
        var c = CONTACT.as("c");
        var o = ORGANIZATION.as("o");
        var d = DEAL.as("d");
        ResultQuery<? extends Record> q = switch (kind) {
            case CONTACTS -> ctx.select(c.ID, c.NAME, c.TITLE, c.EMAIL, c.PHONE, others(c, true), others(c, false), o.NAME, c.INDUSTRY,
                    c.COMPANY_SIZE, c.PERSONA, c.PAIN_POINTS, c.PREFERRED_CHANNEL, c.SOURCE,
                    c.TAGS, c.NOTES, c.CREATED_AT).from(c).leftJoin(o).on(o.ID.eq(c.ORGANIZATION_ID))
                    .where(c.DELETED_AT.isNull().and(c.MERGED_INTO.isNull())).orderBy(c.NAME, c.ID);
            case ORGS -> ctx.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.INDUSTRY, ORGANIZATION.COMPANY_SIZE,
                    ORGANIZATION.WEBSITE, ORGANIZATION.ADDRESS, ORGANIZATION.CREATED_AT).from(ORGANIZATION)
                    .where(ORGANIZATION.DELETED_AT.isNull()).orderBy(ORGANIZATION.NAME, ORGANIZATION.ID);
            // The outcome of the stage the deal is in only (see Deal: a merge can leave the other stage's fields stored).
            case DEALS -> ctx.select(d.ID, d.EXTERNAL_KEY, d.TITLE, d.STAGE, d.VALUE_MINOR, d.CURRENCY, onlyIn(d, "won", d.FINAL_VALUE_MINOR),
                    onlyIn(d, "won", d.CLOSED_ON),
                    d.EXPECTED_CLOSE_ON, c.NAME, c.ID, DSL.coalesce(o.NAME, DSL.field(DSL.select(ORGANIZATION.NAME).from(ORGANIZATION)
                            .where(ORGANIZATION.ID.eq(c.ORGANIZATION_ID)))), d.SOURCE, onlyIn(d, "lost", d.LOST_REASON), onlyIn(d, "lost", d.LOST_NOTE), d.STAGE_ENTERED_AT,
                    d.CREATED_AT, d.OWNER, d.NOTES).from(d).leftJoin(c).on(c.ID.eq(d.CONTACT_ID)).leftJoin(o).on(o.ID.eq(d.ORGANIZATION_ID))
                    .where(d.DELETED_AT.isNull()).orderBy(d.CREATED_AT, d.ID);
            case INTERACTIONS -> ctx.select(INTERACTION.ID, INTERACTION.OCCURRED_AT, INTERACTION.KIND, INTERACTION.DIRECTION, c.NAME,
                    c.ID, d.TITLE, d.ID, INTERACTION.NOTE).from(INTERACTION).join(c).on(c.ID.eq(INTERACTION.CONTACT_ID)).leftJoin(d)
                    .on(d.ID.eq(INTERACTION.DEAL_ID)).where(INTERACTION.DELETED_AT.isNull()).orderBy(INTERACTION.OCCURRED_AT,
                            INTERACTION.ID);
            // The follow-ups of the deals on the board (a deal in the trash takes its own with it), open and done.
            case FOLLOWUPS -> ctx.select(FOLLOW_UP.ID, FOLLOW_UP.DUE_AT, FOLLOW_UP.KIND,
                    DSL.when(FOLLOW_UP.DONE_AT.isNull(), DSL.inline("open")).else_(DSL.inline("done")), FOLLOW_UP.DONE_AT,
                    FOLLOW_UP.SNOOZED_UNTIL, d.TITLE, d.ID, c.NAME, c.ID, FOLLOW_UP.NOTE, FOLLOW_UP.CREATED_AT).from(FOLLOW_UP)
                    .join(d).on(d.ID.eq(FOLLOW_UP.DEAL_ID)).leftJoin(c).on(c.ID.eq(d.CONTACT_ID))
                    .where(FOLLOW_UP.DELETED_AT.isNull().and(d.DELETED_AT.isNull())).orderBy(FOLLOW_UP.DUE_AT, FOLLOW_UP.ID);
        };
        long n = 0;
        try (Cursor<? extends Record> rows = q.fetchLazy()) {
            for (Record r : rows) {
                Object[] cells = r.intoArray();
                if (kind == Kind.DEALS) {
                    String currency = (String) cells[5];
                    cells[4] = amount((Long) cells[4], currency);
                    cells[6] = amount((Long) cells[6], currency);
                }
                for (int i = 0; i < cells.length; i++) {
                    // Instants stay instants: the export writes them in the user's time zone.
                    if (cells[i] != null && !(cells[i] instanceof Number) && !(cells[i] instanceof Instant)) {
                        cells[i] = cells[i].toString();
                    }
                }
                sink.accept(Arrays.asList(cells));
                n++;
            }
        }
        return n;
    }

    /**
     * A contact's other e-mail addresses or phone numbers (besides the first, which has its own
     * column), in their order, separated by " ::: " as Google Contacts writes several values in
     * one cell; the import splits them again.
     */
    private static org.jooq.Field<String> others(com.funnelboard.store.jooq.tables.Contact c, boolean emails) {
        if (emails) {
            var e = EMAIL_ADDRESS.as("oe");
            // In the contact's order, its ties (two teammates' addresses added at one place) by id, as every list shows them: two
            // copies holding the same rows wrote them in different orders.
            return DSL.field(DSL.select(joined(e.EMAIL, DSL.field("{0}, {1}", Object.class, e.POSITION, e.ID))).from(e)
                    .where(e.CONTACT_ID.eq(c.ID).and(e.DELETED_AT.isNull()).and(e.EMAIL.ne(c.EMAIL))));
        }
        var p = PHONE_NUMBER.as("op");
        return DSL.field(DSL.select(joined(p.PHONE, DSL.field("{0}, {1}", Object.class, p.POSITION, p.ID))).from(p)
                .where(p.CONTACT_ID.eq(c.ID).and(p.DELETED_AT.isNull()).and(p.PHONE.ne(c.PHONE))));
    }

    /**
     * The values in their order, " ::: " between them. Written out: jOOQ renders its group
     * concatenation with an order (and its list aggregate) for SQLite without the separator, so the
     * cell said "a@x.example,b@x.example" while this file and the README promised " ::: ".
     */
    private static org.jooq.Field<String> joined(org.jooq.Field<String> value, org.jooq.Field<?> order) {
        return DSL.field("group_concat({0}, {1} order by {2})", String.class, value, DSL.inline(" ::: "), order);
    }

    private static BigDecimal amount(Long minor, String currency) {
        if (minor == null) {
            return null;
        }
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minor, digits);
    }

    /** {@code field} while the deal is in {@code stage}, else null. */
    private static <T> Field<T> onlyIn(com.funnelboard.store.jooq.tables.Deal d, String stage, Field<T> field) {
        return DSL.when(d.STAGE.eq(stage), field).else_(DSL.inline(null, field.getDataType())).as(field.getName());
    }
}
