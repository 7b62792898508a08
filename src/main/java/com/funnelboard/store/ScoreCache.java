package com.funnelboard.store;

import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.scoring.Activity;
import com.funnelboard.domain.scoring.DealFacts;
import com.funnelboard.domain.scoring.Scorer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Keeps the deal_score table (this installation's derived data) exact. Inside every write
 * transaction that changed shared data, the deals whose score the change can move are found from
 * the changed rows (a deal, its contact, the contact's or deal's organization, an interaction of
 * the deal or of its contact without a deal, and the rows these pointed to before the change) and
 * scored again; a change of the scoring rules or the profile scores every deal again. The stored
 * points leave out decay, which depends only on the time since {@code active_at} and is applied
 * when scores are read.
 */
final class ScoreCache {

    /** Local setting: what the stored scores were computed with (scorer version, rules, profile, replica). */
    static final String BASIS = "scoring.basis";

    private static final Set<String> POINTERS = Set.of("deal_id", "contact_id", "organization_id");

    private final DSLContext ctx;
    private final Repositories repositories;

    ScoreCache(DSLContext ctx, Repositories repositories) {
        this.ctx = ctx;
        this.repositories = repositories;
    }

    Scorer scorer() {
        SettingsRepository settings = repositories.settings();
        return new Scorer(ScoringSettings.rules(settings), ScoringSettings.profile(settings));
    }

    /** What the stored scores must have been computed with to be used as they are. */
    /**
     * What the scores are computed with: the scorer's version, the replica, and a digest of the
     * stored rules and profile as they are written (no setting: the defaults). Read without parsing
     * the settings, so opening a file whose scores are current costs two small reads.
     */
    String basis() {
        SettingsRepository settings = repositories.settings();
        String replica = repositories.local().get(LocalState.REPLICA_ID).orElse("");
        return Scorer.VERSION + "|" + replica + "|" + digest(settings.get(ScoringSettings.RULES).orElse("")) + "|"
                + digest(settings.get(ScoringSettings.PROFILE).orElse(""));
    }

    private static String digest(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Scores every deal again when the stored scores were computed otherwise (another version, other rules, another file). */
    boolean ensureCurrent() {
        if (isCurrent()) {
            return false;
        }
        refreshAll(scorer());
        return true;
    }

    /** Whether the stored scores were computed as they would be now. */
    boolean isCurrent() {
        return repositories.local().get(BASIS).filter(basis()::equals).isPresent();
    }

    /** After the work of a write transaction, before its commit. */
    void afterWrite(ChangeRecorder changes) {
        Set<String> tables = changes.tables();
        boolean settings = tables.contains("settings")
                && (!changes.rowsComplete() || changes.rows().contains(ScoringSettings.RULES) || changes.rows().contains(ScoringSettings.PROFILE));
        if (settings && ensureCurrent()) {
            return; // every deal scored again
        }
        // Rules as they were (another setting changed, or a change too large to list its rows names no rule): the deals this
        // change touched are scored as any change's. A teammate's file with a setting in it (a name in the team's directory)
        // and too many changes to list left every deal it brought without a score on the receiving installation.
        if (!(tables.contains("deal") || tables.contains("contact") || tables.contains("organization") || tables.contains("interaction"))) {
            return;
        }
        if (!changes.rowsComplete()) {
            refreshAll(scorer());
            return;
        }
        Set<String> keys = new LinkedHashSet<>(changes.rows());
        keys.addAll(formerPointers(changes.id()));
        refresh(affectedDeals(keys));
    }

    /** The deals, contacts and organizations that changed rows pointed to before this change set. */
    private List<String> formerPointers(UUID changeSet) {
        List<String> out = new ArrayList<>();
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT field, old_value FROM change WHERE change_set_id = ? AND old_value IS NOT NULL "
                    + "AND table_name IN ('deal', 'contact', 'interaction') AND field IN ('deal_id', 'contact_id', 'organization_id')")) {
                p.setString(1, changeSet.toString());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String v = rs.getString(2);
                        if (POINTERS.contains(rs.getString(1)) && v.length() > 2 && v.startsWith("\"")) {
                            out.add(v.substring(1, v.length() - 1));
                        }
                    }
                }
            }
        });
        return out;
    }

    /** The deals whose score a change of these rows (deals, contacts, organizations, interactions) can move. */
    List<UUID> affectedDeals(Collection<String> keys) {
        return affectedDealKeys(ctx, keys).stream().map(UUID::fromString).toList();
    }

    /** {@link #affectedDeals}, as the deals' ids are stored (the window's board facets read those deals again). */
    static List<String> affectedDealKeys(DSLContext ctx, Collection<String> keys) {
        String json = json(keys);
        List<String> out = new ArrayList<>();
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    WITH k(id) AS (SELECT value FROM json_each(?1))
                    SELECT id FROM deal WHERE id IN (SELECT id FROM k)
                    UNION SELECT id FROM deal WHERE contact_id IN (SELECT id FROM k)
                    UNION SELECT id FROM deal WHERE organization_id IN (SELECT id FROM k)
                    UNION SELECT d.id FROM contact c JOIN deal d ON d.contact_id = c.id WHERE c.organization_id IN (SELECT id FROM k)
                    UNION SELECT id FROM deal WHERE id IN (SELECT deal_id FROM interaction WHERE id IN (SELECT id FROM k))
                    UNION SELECT id FROM deal WHERE contact_id IN (SELECT contact_id FROM interaction WHERE id IN (SELECT id FROM k))""")) {
                p.setString(1, json);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        });
        return out;
    }

    /** Scores these deals again (a deal in the trash loses its score). */
    void refresh(Collection<UUID> dealIds) {
        if (dealIds.isEmpty()) {
            return;
        }
        Scorer scorer = scorer();
        Map<UUID, DealFacts> facts = facts(dealIds);
        List<UUID> gone = dealIds.stream().filter(id -> !facts.containsKey(id)).toList();
        repositories.local().deleteScores(gone);
        repositories.local().putScores(rows(scorer, facts));
    }

    /** Scores every deal again, and notes what with. */
    void refreshAll(Scorer scorer) {
        Map<UUID, DealFacts> facts = facts(null);
        LocalState local = repositories.local();
        local.deleteScores(null);
        local.putScores(rows(scorer, facts));
        local.put(BASIS, basis());
    }

    /** The rows to store, in key order (the table's b-tree is then filled from one end). */
    private static List<Object[]> rows(Scorer scorer, Map<UUID, DealFacts> facts) {
        List<Object[]> rows = new ArrayList<>(facts.size());
        facts.forEach((id, f) -> {
            Scorer.Base b = scorer.base(f);
            rows.add(new Object[] {id.toString(), b.points(), b.activeAt().toEpochMilli()});
        });
        rows.sort(java.util.Comparator.comparing(r -> (String) r[0]));
        return rows;
    }

    /**
     * What the live deals among {@code dealIds} (all of them when null) are scored from: two queries,
     * the deals with their contact and organization, and the interactions of those deals and contacts.
     */
    Map<UUID, DealFacts> facts(Collection<UUID> dealIds) {
        String only = dealIds == null ? null : json(dealIds.stream().map(UUID::toString).toList());
        // Deals, contacts and kinds travel as integers (rowids, ordinals): reading a column is a call
        // into SQLite, and a full computation reads a few hundred thousand interactions.
        record Row(long deal, UUID id, Instant created, long contact, String industry, String size, String persona, String title) {}
        List<Row> deals = new ArrayList<>();
        Map<Long, List<Activity>> byDeal = new HashMap<>();
        Map<Long, List<Activity>> byContact = new HashMap<>();
        InteractionKind[] kinds = InteractionKind.values();
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT d.rowid, d.id, d.created_at, coalesce(ct.rowid, -1),
                           coalesce(nullif(trim(ct.industry), ''), o.industry), coalesce(nullif(trim(ct.company_size), ''), o.company_size),
                           ct.persona, ct.title
                    FROM deal d
                    LEFT JOIN contact ct ON ct.id = d.contact_id
                    LEFT JOIN organization o ON o.id = coalesce(ct.organization_id, d.organization_id)
                    WHERE d.deleted_at IS NULL""" + (only == null ? "" : " AND d.id IN (SELECT value FROM json_each(?1))"))) {
                if (only != null) {
                    p.setString(1, only);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        deals.add(new Row(rs.getLong(1), UUID.fromString(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)), rs.getLong(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            // (In the subset, "+deal_id IS NULL" keeps SQLite on the contact's index for what was logged on no deal.)
            // One integer says whose interaction it is, its kind and its direction: the deal's rowid (even) or, for one logged
            // on no deal, the contact's (odd), times 32, plus the kind's ordinal times 2, plus 1 for inbound.
            String interactions = "SELECT (CASE WHEN i.deal_id IS NULL THEN 2 * (SELECT rowid FROM contact WHERE id = i.contact_id) + 1 "
                    + "ELSE 2 * (SELECT rowid FROM deal WHERE id = i.deal_id) END) * 32 + " + KIND_CODE + " * 2 + (i.direction = 'in'), "
                    + "i.occurred_at FROM interaction i WHERE i.deleted_at IS NULL AND i.kind IN (" + KNOWN_KINDS + ")"
                    + (only == null ? "" : """
                     AND (i.deal_id IN (SELECT value FROM json_each(?1))
                          OR (+i.deal_id IS NULL AND i.contact_id IN (SELECT contact_id FROM deal WHERE id IN (SELECT value FROM json_each(?1)))))""");
            try (PreparedStatement p = c.prepareStatement(interactions)) {
                if (only != null) {
                    p.setString(1, only);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long code = rs.getLong(1);
                        if (rs.wasNull()) {
                            continue; // its deal or contact is not there
                        }
                        int low = (int) (code & 31);
                        long owner = code >> 5;
                        Activity a = new Activity(kinds[low >> 1], (low & 1) == 1 ? Direction.IN : Direction.OUT, Instant.ofEpochMilli(rs.getLong(2)));
                        ((owner & 1) == 0 ? byDeal : byContact).computeIfAbsent(owner >> 1, k -> new ArrayList<>(4)).add(a);
                    }
                }
            }
        });
        Map<UUID, DealFacts> out = new LinkedHashMap<>();
        for (Row d : deals) {
            List<Activity> own = byDeal.getOrDefault(d.deal(), List.of());
            List<Activity> contact = d.contact() < 0 ? List.of() : byContact.getOrDefault(d.contact(), List.of());
            List<Activity> all = contact.isEmpty() ? own : own.isEmpty() ? contact : concat(own, contact);
            out.put(d.id(), new DealFacts(d.created(), all, d.industry(), d.size(), d.persona(), d.title()));
        }
        return out;
    }

    /** An interaction's kind as its ordinal, -1 for a kind this version does not know. */
    private static final String KIND_CODE;

    static {
        StringBuilder b = new StringBuilder("CASE i.kind");
        for (InteractionKind k : InteractionKind.values()) {
            b.append(" WHEN '").append(k.key()).append("' THEN ").append(k.ordinal());
        }
        KIND_CODE = b.append(" ELSE -1 END").toString();
    }

    /** The kinds this version knows, as an SQL list. */
    private static final String KNOWN_KINDS = String.join(", ",
            java.util.Arrays.stream(InteractionKind.values()).map(k -> "'" + k.key() + "'").toList());

    private static List<Activity> concat(List<Activity> a, List<Activity> b) {
        List<Activity> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    static String json(Collection<String> keys) {
        StringBuilder s = new StringBuilder("[");
        for (String k : keys) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append('"').append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append(']').toString();
    }

    /** Stored points and decay start of these deals (those with a score). */
    Map<UUID, long[]> stored(Collection<UUID> dealIds) {
        Map<UUID, long[]> out = new HashMap<>();
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT deal_id, points, active_at FROM deal_score WHERE deal_id IN (SELECT value FROM json_each(?))")) {
                p.setString(1, json(dealIds.stream().map(UUID::toString).toList()));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.put(UUID.fromString(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
        });
        return out;
    }
}
