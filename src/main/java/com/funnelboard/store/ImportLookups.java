package com.funnelboard.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/** The look-ups an import makes to know a row's person or deal by an id or an office's address, for {@link ImportRepository}. */
final class ImportLookups {

    private ImportLookups() {}

    /**
     * What each of these contact ids names here: the live contact (itself, or the live one it was
     * merged into), or null when its contact is in the trash; an id no contact has is absent.
     */
    static Map<UUID, UUID> contactsById(DSLContext ctx, Collection<UUID> ids) {
        Map<UUID, UUID> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        ctx.fetch("SELECT c.id, CASE WHEN c.deleted_at IS NULL AND c.merged_into IS NULL THEN c.id ELSE m.id END FROM contact c "
                + "LEFT JOIN contact m ON m.id = c.merged_into AND m.deleted_at IS NULL AND m.merged_into IS NULL "
                + "WHERE c.id IN (SELECT value FROM json_each(?))", jsonArray(ids.stream().map(UUID::toString).toList()))
                .forEach(r -> out.put(UUID.fromString(r.get(0, String.class)),
                        r.get(1, String.class) == null ? null : UUID.fromString(r.get(1, String.class))));
        return out;
    }

    /**
     * The live, unmerged contacts that have one of these addresses, by the address in lower case, a
     * NUL and the name in lower case (for an office's address that several people share).
     */
    static Map<String, UUID> contactsByEmailAndName(DSLContext ctx, Collection<String> emails) {
        Map<String, UUID> out = new HashMap<>();
        if (emails.isEmpty()) {
            return out;
        }
        ctx.fetch("SELECT e.email, c.name, c.id, c.organization_id FROM email_address e JOIN contact c ON c.id = e.contact_id "
                + "WHERE e.email COLLATE NOCASE IN (SELECT value FROM json_each(?)) AND e.deleted_at IS NULL AND c.deleted_at IS NULL "
                + "AND c.merged_into IS NULL ORDER BY c.created_at DESC", jsonArray(emails))
                .forEach(r -> {
                    UUID id = UUID.fromString(r.get(2, String.class));
                    out.put(officeKey(r.get(0, String.class), r.get(1, String.class), null), id);
                    // Also by organization: an address that is all a contact has for a name is one contact per organization.
                    String org = r.get(3, String.class);
                    if (org != null) {
                        out.put(officeKey(r.get(0, String.class), r.get(1, String.class), UUID.fromString(org)), id);
                    }
                });
        return out;
    }

    /** The key of an office's address with a person's name, at an organization or (null) at any. */
    static String officeKey(String email, String name, UUID org) {
        String key = email.strip().toLowerCase(Locale.ROOT) + "\u0000"
                + java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return org == null ? key : key + "\u0000" + org;
    }

    /**
     * The titles of the deals someone deleted, by the external key (or own id) a file names them by, of
     * these keys. A deal an undo took away (an undone import) is not among them: importing again is
     * how a wrong import is done over.
     */
    static Map<String, String> trashedDealsByKey(DSLContext ctx, Collection<String> keys) {
        Map<String, String> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        ctx.fetch("SELECT coalesce(d.external_key, d.id), d.title FROM deal d WHERE d.deleted_at IS NOT NULL AND (d.external_key IN "
                + "(SELECT value FROM json_each(?1)) OR d.id IN (SELECT value FROM json_each(?1))) AND NOT EXISTS (SELECT 1 FROM change c "
                + "JOIN change_set s ON s.id = c.change_set_id WHERE c.row_key = d.id AND c.table_name = 'deal' AND c.field = 'deleted_at' "
                + "AND c.new_value = CAST(d.deleted_at AS TEXT) AND s.origin = 'undo')", jsonArray(keys))
                .forEach(r -> out.putIfAbsent(r.get(0, String.class), r.get(1, String.class)));
        return out;
    }

    /**
     * Of these contacts, those someone deleted (in the trash, not by an undo): a file naming them by their id is not imported
     * again. A contact an undo took away (an undone import) is not among them, as for deals: importing again is how a
     * wrong import is done over.
     */
    static java.util.Set<UUID> contactsDeletedByHand(DSLContext ctx, Collection<UUID> ids) {
        java.util.Set<UUID> out = new java.util.HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        ctx.fetch("SELECT c.id FROM contact c WHERE c.deleted_at IS NOT NULL AND c.id IN (SELECT value FROM json_each(?1)) AND NOT EXISTS "
                + "(SELECT 1 FROM change x JOIN change_set s ON s.id = x.change_set_id WHERE x.row_key = c.id AND x.table_name = 'contact' "
                + "AND x.field = 'deleted_at' AND x.new_value = CAST(c.deleted_at AS TEXT) AND s.origin = 'undo')",
                jsonArray(ids.stream().map(UUID::toString).toList()))
                .forEach(r -> out.add(UUID.fromString(r.get(0, String.class))));
        return out;
    }

    private static String jsonArray(Collection<String> values) {
        return Json.mapper().writeValueAsString(values);
    }

    /**
     * Every live, unmerged contact holding each of the addresses, newest first, by the address in lower case: two records can
     * hold one address (a person's kept on a colleague's record too), and the first of them took an import's row meant for the
     * other ("Name Ann Lee → Bo Berg").
     */
    static Map<String, java.util.List<ImportRepository.Holder>> contactsHoldingEmails(DSLContext ctx, Collection<String> emails) {
        Map<String, java.util.List<ImportRepository.Holder>> out = new HashMap<>();
        if (emails.isEmpty()) {
            return out;
        }
        ctx.resultQuery("SELECT e.email, c.id, c.name FROM email_address e JOIN contact c ON c.id = e.contact_id "
                + "WHERE e.email COLLATE NOCASE IN (SELECT value FROM json_each(?)) AND e.deleted_at IS NULL AND c.deleted_at IS NULL "
                + "AND c.merged_into IS NULL ORDER BY c.created_at DESC", jsonArray(emails))
                .coerce(com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS.EMAIL, com.funnelboard.store.jooq.Tables.CONTACT.ID, com.funnelboard.store.jooq.Tables.CONTACT.NAME)
                .forEach(r -> {
                    java.util.List<ImportRepository.Holder> holders = out.computeIfAbsent(r.value1().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>());
                    if (holders.stream().noneMatch(h -> h.id().equals(r.value2()))) {
                        holders.add(new ImportRepository.Holder(r.value2(), r.value3()));
                    }
                });
        return out;
    }
}
