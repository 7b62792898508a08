package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;

import com.funnelboard.store.jooq.tables.records.ContactRecord;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A contact's primary address and number (the ones cards, lists and exports show) are the first of
 * its live addresses and numbers, in the order every list shows them. A merge can break that: a
 * teammate removed the address another made the primary meanwhile, or both added one at the same
 * place. After the merge each such contact takes the first address and number it has left, through
 * the write path; every installation that merged the same changes picks the same ones.
 */
final class ContactPrimaries {

    private static final String FIRST_EMAIL = "(SELECT e.email FROM email_address e WHERE e.contact_id = contact.id AND e.deleted_at IS NULL "
            + "ORDER BY e.position, e.email IS NOT (SELECT x.email FROM contact x WHERE x.id = e.contact_id), e.id LIMIT 1)";
    private static final String FIRST_PHONE = "(SELECT p.phone FROM phone_number p WHERE p.contact_id = contact.id AND p.deleted_at IS NULL "
            + "ORDER BY p.position, p.phone IS NOT (SELECT x.phone FROM contact x WHERE x.id = p.contact_id), p.id LIMIT 1)";

    /** The tables whose changes can leave a contact's primary address or number out of step. */
    static final java.util.Set<String> TABLES = java.util.Set.of("contact", "email_address", "phone_number");
    /** Past this many changed rows, every contact is looked at (one statement) rather than those rows named in it. */
    static final int MAX_NAMED = 2_000;

    private final DSLContext ctx;
    private final ChangeRecorder changes;

    ContactPrimaries(DSLContext ctx, ChangeRecorder changes) {
        this.ctx = ctx;
        this.changes = changes;
    }

    /**
     * Puts right the contacts among {@code rows} (keys of contacts, addresses or numbers a merge
     * changed; null: every contact) whose primary address or number is not their first live one;
     * returns how many changed.
     */
    int follow(Collection<String> rows) {
        if (rows != null && rows.isEmpty()) {
            return 0;
        }
        Field<String> firstEmail = DSL.field(FIRST_EMAIL, String.class);
        Field<String> firstPhone = DSL.field(FIRST_PHONE, String.class);
        Condition touched = DSL.trueCondition();
        if (rows != null) {
            var keys = DSL.list(rows.stream().map(DSL::inline).toList());
            touched = CONTACT.ID.in(rows.stream().map(ContactPrimaries::uuid).filter(Objects::nonNull).toList())
                    .or(DSL.condition("EXISTS (SELECT 1 FROM email_address e WHERE e.contact_id = contact.id AND e.id IN ({0}))", keys))
                    .or(DSL.condition("EXISTS (SELECT 1 FROM phone_number p WHERE p.contact_id = contact.id AND p.id IN ({0}))", keys));
        }
        int changed = 0;
        var wrong = ctx.select(CONTACT.ID, firstEmail, firstPhone).from(CONTACT)
                .where(CONTACT.DELETED_AT.isNull().and(touched)
                        .and(DSL.condition("contact.email IS NOT " + FIRST_EMAIL + " OR contact.phone IS NOT " + FIRST_PHONE)))
                .fetch();
        for (var r : wrong) {
            ContactRecord contact = ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(r.value1())).fetchOne();
            contact.setEmail(r.value2());
            contact.setPhone(r.value3());
            changed += changes.update(contact) ? 1 : 0;
        }
        return changed;
    }

    private static UUID uuid(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
