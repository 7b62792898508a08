package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.PHONE_NUMBER;

import com.funnelboard.domain.SearchHit;
import com.funnelboard.domain.SearchMarks;
import com.funnelboard.domain.SearchResults;
import com.funnelboard.domain.SearchText;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The full-text search index (schema V12): an FTS5 table of one document per live deal, contact,
 * organization and interaction ({@code search_doc} says which row each is), which triggers keep
 * exact inside every write transaction. Reads only: nothing in Java writes the index.
 */
public final class SearchIndex {


    /** The digits of a phone number (the separators people type taken out). */
    private static final String DIGITS = "replace(replace(replace(replace(replace(replace(replace(p.phone, ' ', ''), '-', ''), '(', ''), ')', ''),"
            + " '+', ''), '.', ''), '/', '')";

    /** The documents the rows of a database must have, exactly as the triggers of V12 (and V24, a deal's notes) write them. */
    static final String EXPECTED_DOCS = """
            SELECT 'deal', id, title, concat_ws(' ', source, lost_note, notes) FROM deal WHERE deleted_at IS NULL
            UNION ALL SELECT 'organization', id, name, concat_ws(' ', website, industry, address) FROM organization WHERE deleted_at IS NULL
            UNION ALL SELECT 'interaction', id, kind, coalesce(note, '') FROM interaction WHERE deleted_at IS NULL
            UNION ALL SELECT 'contact', c.id, c.name, concat_ws(' ', c.title, c.tags, c.notes,
                (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
                (SELECT group_concat(p.phone || ' ' || %s, ' ') FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
              FROM contact c WHERE c.deleted_at IS NULL""".formatted(DIGITS);

    /** The schema version whose deal documents hold the deal's notes. */
    static final int NOTES_VERSION = 24;

    /** The local setting that, while it exists, holds back the documents of new contacts, organizations and deals (schema V17). */
    static final String DEFERRED = "search.deferred";

    private final DSLContext ctx;

    SearchIndex(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The rows whose words start like the words of {@code text} (every word must match; accents and
     * case do not matter), at most {@code limitPerGroup} of each kind, best first.
     */
    public SearchResults query(String text, int limitPerGroup) {
        Optional<String> match = SearchText.toMatch(text);
        if (match.isEmpty() || limitPerGroup <= 0) {
            return SearchResults.empty(text);
        }
        // One pass over the matches (at most RANKED of them), ranked by their words (titles weigh
        // more), the best of each kind kept; then each hit shown is marked up, and only those.
        Map<SearchHit.Kind, List<double[]>> best = new EnumMap<>(SearchHit.Kind.class);
        int ranked = 0;
        for (Record r : ctx.fetch("SELECT d.kind, search.rowid, bm25(search, 4.0, 1.0) FROM search JOIN search_doc d ON d.docid = search.rowid"
                + " WHERE search MATCH ? LIMIT " + RANKED, match.get())) {
            SearchHit.Kind kind = SearchHit.Kind.valueOf(r.get(0, String.class).toUpperCase(java.util.Locale.ROOT));
            best.computeIfAbsent(kind, k -> new ArrayList<>()).add(new double[] {r.get(2, Double.class), r.get(1, Long.class)});
            ranked++;
        }
        ranked += inside(text, best);
        Map<SearchHit.Kind, Integer> found = new EnumMap<>(SearchHit.Kind.class);
        best.forEach((kind, scored) -> found.put(kind, scored.size()));
        Map<SearchHit.Kind, List<SearchHit>> groups = new EnumMap<>(SearchHit.Kind.class);
        newestFirst(best.get(SearchHit.Kind.INTERACTION));
        best.forEach((kind, scored) -> {
            scored.sort(java.util.Comparator.<double[]>comparingDouble(x -> x[0]).thenComparingDouble(x -> x[1]));
            groups.put(kind, hits(kind, SearchText.prefixes(text), scored.stream().limit(limitPerGroup).map(x -> (long) x[1]).toList()));
        });
        contactsByNumber(text, limitPerGroup, groups, found);
        peopleOfThoseNamed(text, limitPerGroup, groups, found);
        dealsOfThoseNamed(text, limitPerGroup, groups, found, best.getOrDefault(SearchHit.Kind.DEAL, List.of()));
        return new SearchResults(text, groups, found, ranked >= RANKED);
    }

    /**
     * Orders the interactions found newest first: a conversation is looked for by when it happened, and a rep's two notes of
     * the day on "pricing" came last of 30, out of sight under the group's first 8, as the words of older, shorter notes
     * ranked higher. Their rank becomes their place by time (the sort that follows keeps it).
     */
    private void newestFirst(List<double[]> interactions) {
        if (interactions == null || interactions.size() < 2) {
            return;
        }
        Map<Long, Long> at = new java.util.HashMap<>();
        for (int from = 0; from < interactions.size(); from += 500) {
            List<double[]> part = interactions.subList(from, Math.min(interactions.size(), from + 500));
            String ids = part.stream().map(x -> Long.toString((long) x[1])).collect(java.util.stream.Collectors.joining(","));
            for (Record r : ctx.fetch("SELECT d.docid, x.occurred_at FROM search_doc d JOIN interaction x ON x.id = d.ref WHERE d.docid IN ("
                    + ids + ")")) {
                at.put(r.get(0, Long.class), r.get(1, Long.class));
            }
        }
        interactions.sort(java.util.Comparator.<double[]>comparingLong(x -> -at.getOrDefault((long) x[1], Long.MIN_VALUE + 1))
                .thenComparingDouble(x -> x[0]));
        for (int i = 0; i < interactions.size(); i++) {
            interactions.get(i)[0] = i;
        }
    }

    /**
     * Deals, contacts and organizations whose title or name holds the typed words anywhere, when they are written in a
     * script without spaces between words ({@link SearchText#unspacedWords}): after the index's matches, which find
     * such a run by its beginning only. A scan of the three tables' names, for those queries alone.
     *
     * @return how many documents it added to {@code best}
     */
    private int inside(String text, Map<SearchHit.Kind, List<double[]>> best) {
        List<String> words = SearchText.unspacedWords(text);
        if (words.isEmpty()) {
            return 0;
        }
        java.util.Set<Long> already = new java.util.HashSet<>();
        best.values().forEach(l -> l.forEach(x -> already.add((long) x[1])));
        String sql = "SELECT d.kind, d.docid FROM (" + NamesHolding.rows(words.size())
                + ") x CROSS JOIN search_doc d ON d.kind = x.k AND d.ref = x.id LIMIT " + RANKED;
        int added = 0;
        for (Record r : ctx.fetch(sql, NamesHolding.binds(words))) {
            long docid = r.get(1, Long.class);
            if (already.add(docid)) {
                SearchHit.Kind kind = SearchHit.Kind.valueOf(r.get(0, String.class).toUpperCase(java.util.Locale.ROOT));
                best.computeIfAbsent(kind, k -> new ArrayList<>()).add(new double[] {1.0, docid}); // after the index's matches (bm25 < 0)
                added++;
            }
        }
        return added;
    }

    /**
     * The contacts whose number is the typed one however either was written ("030 1234567" for
     * "+49 30 1234567", see {@link com.funnelboard.domain.PhoneQuery}), first among the contacts: the
     * index holds a number's words as written and its digits, and a number said the national way
     * found nobody stored with its country code. As the Contacts page finds them.
     */
    private void contactsByNumber(String text, int limit, Map<SearchHit.Kind, List<SearchHit>> groups, Map<SearchHit.Kind, Integer> found) {
        Optional<org.jooq.Condition> number = ContactSearchCondition.number(text);
        if (number.isEmpty()) {
            return;
        }
        List<Long> docids = ctx.selectDistinct(DSL.field("d.docid", Long.class))
                .from(PHONE_NUMBER).join(DSL.table("search_doc d")).on(DSL.condition("d.kind = 'contact' AND d.ref = {0}", PHONE_NUMBER.CONTACT_ID))
                .where(PHONE_NUMBER.DELETED_AT.isNull()).and(number.get()).limit(RANKED).fetch(0, Long.class);
        List<SearchHit> already = groups.getOrDefault(SearchHit.Kind.CONTACT, List.of());
        java.util.Set<UUID> shown = new java.util.HashSet<>();
        already.forEach(h -> shown.add(h.id()));
        List<SearchHit> byNumber = hits(SearchHit.Kind.CONTACT, SearchText.prefixes(text), docids.stream().limit(limit).toList());
        int added = (int) byNumber.stream().filter(h -> !shown.contains(h.id())).count();
        if (added == 0) {
            return;
        }
        List<SearchHit> contacts = new ArrayList<>(byNumber);
        byNumber.forEach(h -> shown.remove(h.id()));
        already.stream().filter(h -> shown.contains(h.id())).forEach(contacts::add);
        groups.put(SearchHit.Kind.CONTACT, contacts.subList(0, Math.min(limit, contacts.size())));
        found.merge(SearchHit.Kind.CONTACT, added, Integer::sum);
    }

    /** The organizations found by their name (not by their website, industry or address). */
    private static List<UUID> namedOrganizations(Map<SearchHit.Kind, List<SearchHit>> groups) {
        return groups.getOrDefault(SearchHit.Kind.ORGANIZATION, List.of()).stream().filter(h -> !h.titleMatches().isEmpty()).map(SearchHit::id)
                .toList();
    }

    /**
     * The people of the organizations found by their name, after the contacts found by their own words: a contact's
     * document holds her name, title, addresses and numbers, and "bright analytics" found the organization and its
     * deals but none of the people to call there. By name, to the group's limit; counted. Not when the contacts found
     * by their own words fill the group already.
     */
    private void peopleOfThoseNamed(String text, int limit, Map<SearchHit.Kind, List<SearchHit>> groups, Map<SearchHit.Kind, Integer> found) {
        List<UUID> named = namedOrganizations(groups);
        List<SearchHit> already = groups.getOrDefault(SearchHit.Kind.CONTACT, List.of());
        if (named.isEmpty() || already.size() >= limit) {
            return;
        }
        java.util.Set<UUID> shown = new java.util.HashSet<>();
        already.forEach(h -> shown.add(h.id()));
        String orgs = String.join(", ", named.stream().map(id -> "'" + id + "'").toList());
        List<Long> more = new ArrayList<>();
        int extra = 0;
        // The contacts' organization index, then each one's document (CROSS JOIN keeps that order).
        for (Record r : ctx.fetch("SELECT d.docid, c.id FROM contact c CROSS JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id"
                + " WHERE c.organization_id IN (" + orgs + ") AND c.deleted_at IS NULL ORDER BY c.name, c.id LIMIT " + RANKED)) {
            if (shown.add(UUID.fromString(r.get(1, String.class)))) {
                extra++;
                if (already.size() + more.size() < limit) {
                    more.add(r.get(0, Long.class));
                }
            }
        }
        if (extra > 0) {
            List<SearchHit> contacts = new ArrayList<>(already);
            contacts.addAll(hits(SearchHit.Kind.CONTACT, SearchText.prefixes(text), more));
            groups.put(SearchHit.Kind.CONTACT, contacts);
            found.merge(SearchHit.Kind.CONTACT, extra, Integer::sum);
        }
    }

    /**
     * The deals of the organizations found by their name (their own, or their contact's) and of the
     * people found by their name or number, after the deals found by their own words: a deal's
     * document holds its title, source and lost note, and "gamma" found Gamma GmbH but none of its
     * deals, "müller" Zoë Müller but not hers. Newest first, to the group's limit; counted. Not when the deals found by
     * their own words fill the group already.
     */
    private void dealsOfThoseNamed(String text, int limit, Map<SearchHit.Kind, List<SearchHit>> groups, Map<SearchHit.Kind, Integer> found,
            List<double[]> dealDocs) {
        List<UUID> named = namedOrganizations(groups);
        // The people found by their name or their number: "müller" found Zoë Müller but not the deal she is calling about.
        boolean byNumber = com.funnelboard.domain.PhoneQuery.of(text).isPresent();
        List<UUID> people = groups.getOrDefault(SearchHit.Kind.CONTACT, List.of()).stream().filter(h -> byNumber || !h.titleMatches().isEmpty())
                .map(SearchHit::id).toList();
        // Only where the deals found by their own words leave room: a first letter or two fills the group with those (and the
        // look-up of eight organizations' deals on each such keystroke cost the search box's slowest keystrokes 9 ms more).
        if (named.isEmpty() && people.isEmpty() || groups.getOrDefault(SearchHit.Kind.DEAL, List.of()).size() >= limit) {
            return;
        }
        String orgs = String.join(", ", named.stream().map(id -> "'" + id + "'").toList());
        String persons = String.join(", ", people.stream().map(id -> "'" + id + "'").toList());
        // Index ranges (the deals naming the organization, the deals of its contacts that name none, the deals of the people
        // found), not a scan of every deal.
        String theirs = "SELECT x.id, x.stage_entered_at FROM deal x WHERE x.deleted_at IS NULL AND x.organization_id IN (" + orgs + ")"
                + " UNION SELECT x.id, x.stage_entered_at FROM contact c JOIN deal x ON x.contact_id = c.id WHERE c.organization_id IN (" + orgs + ")"
                + " AND x.deleted_at IS NULL AND x.organization_id IS NULL"
                + " UNION SELECT x.id, x.stage_entered_at FROM deal x WHERE x.deleted_at IS NULL AND x.contact_id IN (" + persons + ")";
        // CROSS JOIN keeps that order: joined the other way the planner read every deal's document and probed the few deals (29 ms).
        String ofThem = " FROM (" + theirs + ") x CROSS JOIN search_doc d ON d.kind = 'deal' AND d.ref = x.id";
        java.util.Set<Long> already = new java.util.HashSet<>();
        dealDocs.forEach(x -> already.add((long) x[1]));
        List<Long> more = new ArrayList<>();
        int extra = 0;
        for (Record r : ctx.fetch("SELECT d.docid" + ofThem + " ORDER BY x.stage_entered_at DESC, x.id LIMIT " + RANKED)) {
            long docid = r.get(0, Long.class);
            if (already.add(docid)) {
                extra++;
                if (groups.getOrDefault(SearchHit.Kind.DEAL, List.of()).size() + more.size() < limit) {
                    more.add(docid);
                }
            }
        }
        if (extra > 0) {
            List<SearchHit> deals = new ArrayList<>(groups.getOrDefault(SearchHit.Kind.DEAL, List.of()));
            deals.addAll(hits(SearchHit.Kind.DEAL, SearchText.prefixes(text), more));
            groups.put(SearchHit.Kind.DEAL, deals);
            found.merge(SearchHit.Kind.DEAL, extra, Integer::sum);
        }
    }

    /** The ids of every live row of {@code kind} that {@code text} finds (for checks and tests). */
    public List<UUID> ids(SearchHit.Kind kind, String text) {
        Optional<String> match = SearchText.toMatch(text);
        if (match.isEmpty()) {
            return List.of();
        }
        return ctx.fetch("SELECT d.ref FROM search CROSS JOIN search_doc d ON d.docid = search.rowid WHERE search MATCH ? AND d.kind = ?",
                match.get(), kind.key()).map(r -> UUID.fromString(r.get(0, String.class)));
    }

    /**
     * At most this many matching documents are ranked: a word's first letter or two can match most
     * of the database, and ranking all of it would cost a keystroke hundreds of milliseconds. From
     * the second or third letter on, matches are rarely this many and the ranking is exact.
     */
    static final int RANKED = 2_000;

    private List<SearchHit> hits(SearchHit.Kind kind, List<String> prefixes, List<Long> best) {
        String detail = switch (kind) {
            // The contact and the organization ("Zoë Müller · Brauerei Zürich AG"): a deal found by its organization's name says why.
            case DEAL -> "(SELECT coalesce(c.name || coalesce(' \u00B7 ' || o.name, ''), o.name) FROM deal x LEFT JOIN contact c ON c.id = x.contact_id"
                    + " LEFT JOIN organization o ON o.id = coalesce(x.organization_id, c.organization_id) AND o.deleted_at IS NULL WHERE x.id = d.ref)";
            case CONTACT -> "(SELECT o.name FROM contact x JOIN organization o ON o.id = x.organization_id WHERE x.id = d.ref)";
            case ORGANIZATION -> "NULL";
            case INTERACTION -> "(SELECT c.name || coalesce(' · ' || y.title, '') FROM interaction x JOIN contact c ON c.id = x.contact_id"
                    + " LEFT JOIN deal y ON y.id = x.deal_id WHERE x.id = d.ref)";
        };
        String opens = kind == SearchHit.Kind.INTERACTION
                ? "(SELECT coalesce('deal:' || x.deal_id, 'contact:' || x.contact_id) FROM interaction x WHERE x.id = d.ref)"
                : "NULL";
        // The text of each hit read by its rowid (no second search), its matches marked here as the
        // index finds them: words beginning like the query's, case and accents aside.
        // A contact's title, tags, notes, addresses and numbers, which its passage shows apart ("Buyer · ida@… · +49 30 …": run together with
        // spaces, two numbers read as one).
        String items = kind == SearchHit.Kind.CONTACT
                ? "(SELECT concat_ws(char(31), x.title, x.tags, x.notes, (SELECT group_concat(e.email, char(31)) FROM email_address e WHERE e.contact_id = x.id"
                        + " AND e.deleted_at IS NULL), (SELECT group_concat(p.phone, char(31)) FROM phone_number p WHERE p.contact_id = x.id"
                        + " AND p.deleted_at IS NULL)) FROM contact x WHERE x.id = d.ref)"
                : "NULL";
        String sql = "SELECT d.ref, search.title, " + detail + ", search.body, " + opens + ", " + items
                + " FROM search JOIN search_doc d ON d.docid = search.rowid WHERE search.rowid = ?";
        List<SearchHit> hits = new ArrayList<>();
        for (Long docid : best) {
            Record r = ctx.fetchOne(sql, docid);
            if (r == null) {
                continue;
            }
            UUID id = UUID.fromString(r.get(0, String.class));
            String titleText = r.get(1, String.class);
            SearchHit.Marked title = new SearchHit.Marked(titleText, SearchMarks.matches(titleText, prefixes));
            SearchHit.Marked snippet = SearchMarks.passage(r.get(3, String.class), prefixes, 90);
            String listed = r.get(5, String.class);
            if (listed != null) {
                snippet = SearchMarks.apart(snippet, List.of(listed.split("\u001f")));
            }
            SearchHit.Kind openKind = kind;
            UUID openId = id;
            String opensAt = r.get(4, String.class);
            if (opensAt != null) {
                openKind = opensAt.startsWith("deal:") ? SearchHit.Kind.DEAL : SearchHit.Kind.CONTACT;
                openId = UUID.fromString(opensAt.substring(opensAt.indexOf(':') + 1));
            }
            hits.add(new SearchHit(kind, id, title.text(), title.ranges(), r.get(2, String.class), snippet.text(), snippet.ranges(), openKind,
                    openId));
        }
        return hits;
    }

    /**
     * What is wrong with a file's search index, one sentence each (empty when it is exact): its
     * documents compared with its rows (SQLite's integrity check compares the index with the
     * documents' text). A file from elsewhere gets both checks before it is opened, so a crafted
     * index cannot show what the rows do not hold nor hide what they do.
     */
    static List<String> problems(Connection c) throws SQLException {
        return problems(c, Migrations.LATEST_VERSION);
    }

    /** As {@link #problems(Connection)}, of a file at schema {@code version}. */
    static List<String> problems(Connection c, int version) throws SQLException {
        List<String> out = new ArrayList<>();
        // A file from before deals had notes (schema V24) has documents without them.
        String expected = version >= NOTES_VERSION ? EXPECTED_DOCS
                : EXPECTED_DOCS.replace("concat_ws(' ', source, lost_note, notes)", "concat_ws(' ', source, lost_note)");
        try (Statement s = c.createStatement()) {
            String docs = "SELECT d.kind, d.ref, s.title, s.body FROM search s JOIN search_doc d ON d.docid = s.rowid";
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM (" + docs + " EXCEPT SELECT * FROM (" + expected
                    + "))), (SELECT count(*) FROM (SELECT * FROM (" + expected + ") EXCEPT " + docs + ")),"
                    + " (SELECT count(*) FROM search) - (SELECT count(*) FROM search_doc)")) {
                rs.next();
                if (rs.getLong(1) > 0 || rs.getLong(2) > 0 || rs.getLong(3) != 0) {
                    out.add("a search index that does not match its rows (" + rs.getLong(1) + " documents no row has, " + rs.getLong(2)
                            + " rows without their document)");
                }
            }
            // Only an import's own transaction holds the documents of new rows back (schema V17): a file
            // holding them back would leave the rows written into it unfound.
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM local_setting WHERE key = '" + DEFERRED + "'")) {
                if (rs.next() && rs.getLong(1) > 0) {
                    out.add("a search index that leaves new rows out (the setting " + DEFERRED + ")");
                }
            }
        }
        return out;
    }
}
