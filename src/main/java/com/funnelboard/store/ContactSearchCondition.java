package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;
import static com.funnelboard.store.jooq.Tables.PHONE_NUMBER;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What the Contacts page's search matches: a name, title or organization containing the text
 * (ignoring case, and apostrophes, so that "OBrien", "O'Brien" and "O’Brien" find each other), an
 * e-mail address containing it, or — for text that is a phone number or part of one — a number
 * whose digits contain its digits, or end in its national number (a number typed with its country
 * code finds one stored the national way, and the other way round: see {@link #number}).
 */
final class ContactSearchCondition {

    /** The apostrophes people and programs write in names (straight, typographic, modifier letter, grave, acute). */
    private static final String APOSTROPHES = "'\u2019\u2018\u02BC`\u00B4";
    /** What a phone number is written with besides its digits. */
    private static final String PHONE_MARKS = com.funnelboard.domain.PhoneQuery.MARKS;

    private ContactSearchCondition() {}

    static Condition matching(String text) {
        String t = text.strip();
        Condition c = nameContains(CONTACT.NAME, t).or(CONTACT.TITLE.containsIgnoreCase(t)).or(nameContains(ORGANIZATION.NAME, t))
                .or(namedInIndex(CONTACT.ID, "contact", t)).or(namedInIndex(CONTACT.ORGANIZATION_ID, "organization", t));
        Condition named = c.or(DSL.exists(DSL.selectOne().from(EMAIL_ADDRESS)
                .where(EMAIL_ADDRESS.CONTACT_ID.eq(CONTACT.ID)).and(EMAIL_ADDRESS.DELETED_AT.isNull())
                .and(EMAIL_ADDRESS.EMAIL.containsIgnoreCase(t))));
        return number(t).map(n -> named.or(DSL.exists(DSL.selectOne().from(PHONE_NUMBER)
                .where(PHONE_NUMBER.CONTACT_ID.eq(CONTACT.ID)).and(PHONE_NUMBER.DELETED_AT.isNull()).and(n)))).orElse(named);
    }

    /**
     * For text that is a phone number or part of one, the live contacts holding a number it finds (see {@link #number}):
     * the board's filter looks for the deals of these contacts, in SQL and in the window's facets alike.
     */
    static java.util.Optional<org.jooq.Select<org.jooq.Record1<java.util.UUID>>> contactsHolding(String text) {
        return number(text).map(n -> DSL.select(PHONE_NUMBER.CONTACT_ID).from(PHONE_NUMBER).where(PHONE_NUMBER.DELETED_AT.isNull().and(n)));
    }

    /**
     * For text that is a phone number or part of one, the stored numbers it finds: those whose digits
     * contain its digits, or end in its national number (see {@link com.funnelboard.domain.PhoneQuery}),
     * or hold it before an extension ("555.123.4567 ext 12"). Empty for other text.
     */
    static java.util.Optional<Condition> number(String text) {
        return com.funnelboard.domain.PhoneQuery.of(text).map(q -> {
            Field<String> stored = DSL.lower(digitsOf(PHONE_NUMBER.PHONE));
            Condition number = stored.contains(q.digits());
            if (q.nationalNumber() != null) {
                number = number.or(stored.endsWith(q.nationalNumber()))
                        .or(stored.contains(q.nationalNumber() + "e")).or(stored.contains(q.nationalNumber() + "x"));
            }
            return number;
        });
    }

    /**
     * The rows of {@code kind} whose name's words begin like every word of the text, accents and
     * case aside ("Muller" and "Mueller" find "Müller", "Strasse" finds "Straße"), as the search box
     * finds them: the search index's title column, which holds the name. SQLite's own case folding
     * knows no letter outside ASCII, and "Jurgen" found nobody on the Contacts page.
     */
    static Condition namedInIndex(Field<java.util.UUID> id, String kind, String text) {
        return com.funnelboard.domain.SearchText.toMatch(text).map(match -> DSL.condition("{0} IN (SELECT d.ref FROM search CROSS JOIN search_doc d"
                + " ON d.docid = search.rowid WHERE search MATCH {1} AND d.kind = {2})", id, DSL.val("title : (" + match + ")"), DSL.inline(kind)))
                .orElse(DSL.falseCondition());
    }

    /**
     * A name containing the text, ignoring case and apostrophes ("OBrien" finds "O’Brien", and
     * "Joe's" finds "Joe’s"); the board's filter and the Organizations page match names so too.
     */
    static Condition nameContains(Field<String> name, String text) {
        String plain = withoutApostrophes(text);
        return plain.isEmpty() ? name.containsIgnoreCase(text) : withoutApostrophes(name).containsIgnoreCase(plain);
    }

    static String withoutApostrophes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.chars().filter(ch -> APOSTROPHES.indexOf(ch) < 0).forEach(ch -> out.append((char) ch));
        return out.toString();
    }

    private static Field<String> withoutApostrophes(Field<String> f) {
        return removed(f, APOSTROPHES);
    }

    private static Field<String> digitsOf(Field<String> f) {
        return removed(f, PHONE_MARKS);
    }

    private static Field<String> removed(Field<String> f, String marks) {
        Field<String> out = f;
        for (char m : marks.toCharArray()) {
            out = DSL.replace(out, DSL.inline(String.valueOf(m)), DSL.inline(""));
        }
        return out;
    }
}
