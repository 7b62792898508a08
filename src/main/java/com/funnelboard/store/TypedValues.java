package com.funnelboard.store;

import org.jooq.Field;
import org.jooq.Table;

/** A value typed to resolve a conflict: stored as the field's values are, or refused in a sentence. */
final class TypedValues {

    private TypedValues() {}

    /**
     * Refuses a typed value the column cannot hold, in a sentence (exit 3), as a share file's value
     * would be: "Won" for a stage was written and failed SQLite's check ("The database could not be
     * used"), and "2027-13-45" for a day failed to be read back.
     */
    static void refuseUnstorable(Table<?> table, Field<?> field, String json, String typed) {
        if (json.equals("null")) {
            return;
        }
        ShareValueRules.Rule rule = ShareValueRules.Rule.of(table.getName(), field.getName());
        String why = ChangeRecorder.databaseType(field) == Long.class ? ShareValueRules.number(rule, Long.parseLong(json))
                : ShareValueRules.text(rule, table.getName(), field.getName(), typed.strip());
        if (why != null) {
            throw new IllegalArgumentException("\u201C" + com.funnelboard.domain.Printable.escape(typed) + "\u201D is " + why
                    + ", which this field cannot hold; nothing was changed");
        }
    }

    /** A value typed for a field as the database stores it (a JSON literal; "null" for none). */
    static String json(Field<?> field, String value) {
        if (value == null || value.isEmpty()) {
            return "null";
        }
        if (ChangeRecorder.databaseType(field) == Long.class) {
            try {
                return Long.toString(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' is not a whole number, which " + field.getName() + " needs");
            }
        }
        return Json.mapper().writeValueAsString(value);
    }
}
