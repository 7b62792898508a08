package com.funnelboard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The reads that fill {@link DealFacets}: which rows the change sets since the last use touched,
 * and the organizations, contacts and deals (with their next follow-up and stored score) read from
 * SQLite into the facets' slots. Used with the facets' lock held.
 */
final class FacetReads {

    private static final Set<String> POINTERS = Set.of("deal_id", "contact_id", "organization_id");
    private static final String DUE = "max(f.due_at, coalesce(f.snoozed_until, f.due_at))";
    // The value a card shows: a won deal's final value where one was recorded (see BoardQueries.SHOWN_VALUE).
    private static final String DEALS = "SELECT d.id, d.deleted_at, d.stage, d.owner, d.source,"
            + " CASE WHEN d.stage = 'won' THEN coalesce(d.final_value_minor, d.value_minor) ELSE d.value_minor END, d.currency, d.stage_entered_at,"
            + " d.expected_close_on, d.contact_id, d.organization_id FROM deal d NOT INDEXED";
    private static final String DUES = "SELECT f.deal_id, min(" + DUE + ") FROM follow_up f WHERE f.done_at IS NULL AND f.deleted_at IS NULL";
    private static final String SCORES = "SELECT deal_id, points, active_at FROM deal_score";
    private static final String AMONG = " IN (SELECT value FROM json_each(?))";
    private static final String ORGANIZATIONS = "SELECT id, industry, company_size FROM organization";
    private static final String CONTACTS = "SELECT id, organization_id, industry, company_size, persona, preferred_channel, tags FROM contact";

    private final DealFacets f;

    FacetReads(DealFacets facets) {
        this.f = facets;
    }

    /**
     * Reads again what the change sets after {@code from} up to {@code to} touched; false when that
     * is too much, or the settings changed (the caller then reads everything).
     */
    boolean readChanges(DSLContext ctx, long from, long to) {
        Map<String, Set<String>> rows = new HashMap<>();
        // Every changed row, and what a changed pointer (a deal's contact, an interaction's deal…) pointed to before.
        Set<String> keys = new HashSet<>();
        int[] n = {0};
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT c.table_name, c.row_key, c.field, c.old_value FROM change_set s"
                    + " JOIN change c ON c.change_set_id = s.id WHERE s.rowid > ? AND s.rowid <= ?")) {
                p.setLong(1, from);
                p.setLong(2, to);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next() && n[0]++ <= DealFacets.FULL_READ) {
                        rows.computeIfAbsent(r.getString(1), t -> new HashSet<>()).add(r.getString(2));
                        keys.add(r.getString(2));
                        String before = r.getString(4);
                        if (POINTERS.contains(r.getString(3)) && before != null && before.length() > 2 && before.startsWith("\"")) {
                            keys.add(before.substring(1, before.length() - 1));
                        }
                    }
                }
            }
        });
        if (n[0] > DealFacets.FULL_READ || rows.containsKey("settings")) {
            return false;
        }
        // The deals the score cache would score again for these rows (the deals, those of the contacts,
        // organizations and interactions), and those of the follow-ups (their next one).
        Set<String> deals = new HashSet<>(ScoreCache.affectedDealKeys(ctx, keys));
        Set<String> followUps = rows.getOrDefault("follow_up", Set.of());
        if (!followUps.isEmpty()) {
            deals.addAll(ctx.resultQuery("SELECT deal_id FROM follow_up WHERE id" + AMONG.replace("?", "{0}"), org.jooq.impl.DSL.val(ScoreCache.json(followUps)))
                    .fetch(0, String.class));
        }
        if (deals.size() > DealFacets.FULL_READ) {
            return false;
        }
        ctx.connection(c -> read(c, rows.getOrDefault("organization", Set.of()), rows.getOrDefault("contact", Set.of()), deals));
        return true;
    }

    /**
     * Reads organizations, contacts and deals (with their next follow-up and stored score) into
     * their slots, in that order (a deal's contact and organization have theirs first): every one
     * when the keys are null (live deals only), else those named (a deal deleted or gone leaves).
     */
    void read(java.sql.Connection c, Collection<String> orgs, Collection<String> contacts, Collection<String> deals) throws SQLException {
        if (orgs == null || !orgs.isEmpty()) {
            try (PreparedStatement p = among(c, ORGANIZATIONS, " WHERE id", orgs, "")) {
                readOrganizations(p);
            }
        }
        if (contacts == null || !contacts.isEmpty()) {
            try (PreparedStatement p = among(c, CONTACTS, " WHERE id", contacts, "")) {
                readContacts(p);
            }
        }
        if (deals != null && deals.isEmpty()) {
            return;
        }
        try (PreparedStatement p = among(c, DEALS, " WHERE d.id", deals, deals == null ? " WHERE d.deleted_at IS NULL" : "")) {
            Set<String> seen = readDeals(p);
            if (deals != null) {
                deals.stream().filter(k -> !seen.contains(k)).toList().forEach(f::remove);
            }
        }
        try (PreparedStatement p = among(c, DUES, " AND f.deal_id", deals, " GROUP BY f.deal_id")) {
            readDues(p);
        }
        try (PreparedStatement p = among(c, SCORES, " WHERE deal_id", deals, "")) {
            readScores(p);
        }
    }

    /** {@code select}, then for {@code keys} (none: every row) {@code column} among them, then {@code rest}. */
    private static PreparedStatement among(java.sql.Connection c, String select, String column, Collection<String> keys, String rest)
            throws SQLException {
        if (keys == null) {
            return c.prepareStatement(select + rest);
        }
        PreparedStatement p = c.prepareStatement(select + column + AMONG + rest);
        p.setString(1, ScoreCache.json(keys));
        return p;
    }

    private void readOrganizations(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                int s = f.orgSlot(r.getString(1));
                f.orgIndustry[s] = f.words.code(r.getString(2));
                f.orgSize[s] = f.words.code(r.getString(3));
            }
        }
    }

    private void readContacts(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                int s = f.contactSlot(r.getString(1));
                f.contactOrg[s] = f.orgSlot(r.getString(2));
                f.contactIndustry[s] = f.words.code(r.getString(3));
                f.contactSize[s] = f.words.code(r.getString(4));
                f.persona[s] = f.words.code(r.getString(5));
                f.channel[s] = f.words.code(r.getString(6));
                f.tags[s] = f.words.code(r.getString(7));
            }
        }
    }

    /** Reads deal rows into their slots (a deleted one leaves); returns the ids read. */
    private Set<String> readDeals(PreparedStatement p) throws SQLException {
        Set<String> seen = new HashSet<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String key = r.getString(1);
                seen.add(key);
                r.getLong(2);
                if (!r.wasNull()) {
                    f.remove(key);
                    continue;
                }
                int s = f.dealSlot(key);
                f.stage[s] = (byte) com.funnelboard.domain.Stage.fromKey(r.getString(3)).ordinal();
                f.owner[s] = f.words.code(r.getString(4));
                f.source[s] = f.words.code(r.getString(5));
                f.value[s] = longOr(r, 6);
                f.currency[s] = f.words.code(r.getString(7));
                f.entered[s] = r.getLong(8);
                f.close[s] = r.getString(9);
                f.contact[s] = f.contactSlot(r.getString(10));
                f.dealOrg[s] = f.orgSlot(r.getString(11));
                f.due[s] = Long.MAX_VALUE; // until read by readDues
                f.points[s] = DealFacets.NONE; // until read by readScores
                f.activeAt[s] = DealFacets.NONE;
            }
        }
        return seen;
    }

    /** The soonest open follow-up of each deal read (after {@link #readDeals}, which set none). */
    private void readDues(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Integer s = f.dealSlot.get(r.getString(1));
                long d = longOr(r, 2);
                if (s != null && d != DealFacets.NONE) {
                    f.due[s] = d;
                }
            }
        }
    }

    /** The stored scores of the deals read (after {@link #readDeals}, which set none). */
    private void readScores(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Integer s = f.dealSlot.get(r.getString(1));
                if (s != null) {
                    f.points[s] = r.getLong(2);
                    f.activeAt[s] = r.getLong(3);
                }
            }
        }
    }

    private static long longOr(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? DealFacets.NONE : v;
    }
}
