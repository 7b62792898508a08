package com.funnelboard.store;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.UpdatableRecord;

/**
 * A conflict on a contact's e-mail address (or number) resolved by keeping one side's value: the
 * address each other side added as its value goes to the trash with it, as that side's edit does.
 * Two teammates who each replaced the address both added one; keeping theirs used to leave mine in
 * the contact's list, second, so the contact still had both. An address that was already there, or
 * that the kept side wrote, is never touched.
 */
final class LosingAddresses {

    /** The contact's field, and the table and column of the addresses it mirrors (the first of them). */
    private static final Map<String, String[]> MIRRORS = Map.of("email", new String[] {"email_address", "email"},
            "phone", new String[] {"phone_number", "phone"});

    private LosingAddresses() {}

    /**
     * Drops, for the contact {@code contact}, the addresses added with a value of {@code field} other than {@code keptJson};
     * returns the addresses (or numbers) dropped.
     */
    static java.util.List<String> drop(DSLContext ctx, ChangeRecorder changes, String contact, String field, String keptJson) {
        String[] mirror = MIRRORS.get(field);
        if (mirror == null) {
            return java.util.List.of();
        }
        Table<?> table = com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(mirror[0]);
        // Addresses created whole by a change set (made here or received) that also gave the contact another value of the field,
        // and that hold that very value: the losing sides' replacements.
        var losing = ctx.fetch("WITH gave AS (SELECT change_set_id, new_value FROM change WHERE table_name = 'contact' AND row_key = ? AND field = ? "
                + "UNION SELECT change_set_id, new_value FROM received_change WHERE table_name = 'contact' AND row_key = ? AND field = ?), "
                + "added AS (SELECT change_set_id, row_key FROM change WHERE table_name = ? AND field = '*' "
                + "UNION SELECT change_set_id, row_key FROM received_change WHERE table_name = ? AND field = '*') "
                + "SELECT DISTINCT a.id FROM " + mirror[0] + " a JOIN added ON added.row_key = a.id JOIN gave ON gave.change_set_id = added.change_set_id "
                + "WHERE a.contact_id = ? AND a.deleted_at IS NULL AND gave.new_value IS NOT ? AND gave.new_value = json_quote(a." + mirror[1] + ") "
                + "AND json_quote(a." + mirror[1] + ") IS NOT ?",
                contact, field, contact, field, mirror[0], mirror[0], contact, keptJson, keptJson);
        java.util.List<String> dropped = new java.util.ArrayList<>();
        for (var r : losing) {
            UpdatableRecord<?> row = ShareHistory.load(ctx, table, r.get(0, String.class));
            dropped.add(String.valueOf(row.get(mirror[1])));
            changes.deleteAny(row);
        }
        return dropped;
    }

    /**
     * The values kept by a resolution of the conflict on a contact's address (or number), {@code keptJson} first, the others
     * after it: each is made one of the contact's list, the first of them first, the list's others staying after it (each
     * losing side's replacement was dropped before). A value typed was written to the field alone: lists and exports showed
     * it, the contact's own list and its mail and phone buttons did not, and a teammate's merge put the field back to the
     * list's first. And two teammates who each kept their own number took each other's away, so the contact had none, and
     * keeping one (or both) again did not bring it back.
     */
    static void keptInTheList(Repositories r, String contact, String field, java.util.List<String> keptJson) {
        if (!MIRRORS.containsKey(field)) {
            return;
        }
        java.util.UUID id = java.util.UUID.fromString(contact);
        com.funnelboard.domain.ContactProfile p = r.contactProfiles().find(id).orElse(null);
        if (p == null) {
            return;
        }
        boolean email = field.equals("email");
        java.util.List<String> list = new java.util.ArrayList<>(email ? p.emails() : p.phones());
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String json : keptJson) {
            tools.jackson.databind.JsonNode v = Json.mapper().readTree(json);
            String value = v == null || v.isNull() ? "" : v.asString().strip();
            if (!value.isEmpty() && kept.stream().noneMatch(k -> same(email, k, value))) {
                kept.add(value);
            }
        }
        if (kept.isEmpty()) {
            return;
        }
        list.removeIf(v -> same(email, v, kept.getFirst()));
        list.addFirst(kept.getFirst());
        for (String other : kept.subList(1, kept.size())) {
            if (list.stream().noneMatch(v -> same(email, v, other))) {
                list.add(other);
            }
        }
        r.contactProfiles().update(email ? p.withEmails(list) : p.withPhones(list));
        // Each kept value's row is kept knowingly: its being there is an edit of this resolution, so a teammate's resolution made
        // at the same time that took it away meets it, and the later of the two stands on every copy. Without it, two teammates
        // who each kept their own number took each other's away, and the contact had none until the conflict that followed was
        // resolved.
        String[] mirror = MIRRORS.get(field);
        Table<?> table = com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(mirror[0]);
        for (String value : kept) {
            for (var row : r.ctx().fetch("SELECT id FROM " + mirror[0] + " WHERE contact_id = ? AND deleted_at IS NULL AND " + (email
                    ? "lower(" + mirror[1] + ") = lower(?)" : mirror[1] + " = ?"), contact, value)) {
                UpdatableRecord<?> kept1 = ShareHistory.load(r.ctx(), table, row.get(0, String.class));
                r.changes().confirmAny(kept1, table.field("deleted_at"));
            }
        }
    }

    /** Whether two addresses (ignoring case) or two numbers are one. */
    private static boolean same(boolean email, String a, String b) {
        return email ? a.equalsIgnoreCase(b) : a.equals(b);
    }
}
