package com.funnelboard.store;

import com.funnelboard.domain.SearchHit;
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

/**
 * The full-text search index (schema V12): an FTS5 table of one document per live deal, contact,
 * organization and interaction ({@code search_doc} says which row each is), which triggers keep
 * exact inside every write transaction. Reads only: nothing in Java writes the index.
 */
public final class SearchIndex {

    private static final char OPEN = '\u0002';
    private static final char CLOSE = '\u0003';

    /** The digits of a phone number (the separators people type taken out). */
    private static final String DIGITS = "replace(replace(replace(replace(replace(replace(replace(p.phone, ' ', ''), '-', ''), '(', ''), ')', ''),"
            + " '+', ''), '.', ''), '/', '')";

    /** The documents the rows of a database must have, exactly as the triggers of V12 write them. */
    static final String EXPECTED_DOCS = """
            SELECT 'deal', id, title, concat_ws(' ', source, lost_note) FROM deal WHERE deleted_at IS NULL
            UNION ALL SELECT 'organization', id, name, concat_ws(' ', website, industry, address) FROM organization WHERE deleted_at IS NULL
            UNION ALL SELECT 'interaction', id, kind, coalesce(note, '') FROM interaction WHERE deleted_at IS NULL
            UNION ALL SELECT 'contact', c.id, c.name, concat_ws(' ', c.title, c.tags, c.notes,
                (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
                (SELECT group_concat(p.phone || ' ' || %s, ' ') FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
              FROM contact c WHERE c.deleted_at IS NULL""".formatted(DIGITS);

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
        Map<SearchHit.Kind, List<SearchHit>> groups = new EnumMap<>(SearchHit.Kind.class);
        for (SearchHit.Kind kind : SearchHit.Kind.values()) {
            groups.put(kind, query(kind, match.get(), limitPerGroup));
        }
        return new SearchResults(text, groups);
    }

    /** The ids of every live row of {@code kind} that {@code text} finds (for checks and tests). */
    public List<UUID> ids(SearchHit.Kind kind, String text) {
        Optional<String> match = SearchText.toMatch(text);
        if (match.isEmpty()) {
            return List.of();
        }
        return ctx.fetch("SELECT d.ref FROM search JOIN search_doc d ON d.docid = search.rowid WHERE search MATCH ? AND d.kind = ?",
                match.get(), kind.key()).map(r -> UUID.fromString(r.get(0, String.class)));
    }

    /**
     * At most this many matching documents of a kind are ranked: a word's first letter or two can
     * match most of the database, and ranking all of it would cost a keystroke hundreds of
     * milliseconds. From the third letter on, matches are rarely this many and the ranking is exact.
     */
    static final int RANKED = 1_000;

    private List<SearchHit> query(SearchHit.Kind kind, String match, int limit) {
        // The best documents by their words (titles weigh more), then each one's highlights: the
        // index marks up only the few shown, not every match.
        List<Long> best = ctx.fetch("SELECT docid FROM (SELECT search.rowid AS docid, bm25(search, 4.0, 1.0) AS score FROM search"
                + " JOIN search_doc d ON d.docid = search.rowid WHERE search MATCH ? AND d.kind = ? LIMIT " + RANKED + ")"
                + " ORDER BY score, docid LIMIT ?", match, kind.key(), limit).map(r -> r.get(0, Long.class));
        String detail = switch (kind) {
            case DEAL -> "(SELECT coalesce(c.name, o.name) FROM deal x LEFT JOIN contact c ON c.id = x.contact_id"
                    + " LEFT JOIN organization o ON o.id = x.organization_id WHERE x.id = d.ref)";
            case CONTACT -> "(SELECT o.name FROM contact x JOIN organization o ON o.id = x.organization_id WHERE x.id = d.ref)";
            case ORGANIZATION -> "NULL";
            case INTERACTION -> "(SELECT c.name || coalesce(' · ' || y.title, '') FROM interaction x JOIN contact c ON c.id = x.contact_id"
                    + " LEFT JOIN deal y ON y.id = x.deal_id WHERE x.id = d.ref)";
        };
        String opens = kind == SearchHit.Kind.INTERACTION
                ? "(SELECT coalesce('deal:' || x.deal_id, 'contact:' || x.contact_id) FROM interaction x WHERE x.id = d.ref)"
                : "NULL";
        String sql = "SELECT d.ref, highlight(search, 0, char(2), char(3)), " + detail + ", snippet(search, 1, char(2), char(3), '…', 12), "
                + opens + " FROM search JOIN search_doc d ON d.docid = search.rowid WHERE search MATCH ? AND search.rowid = ?";
        List<SearchHit> hits = new ArrayList<>();
        for (Long docid : best) {
            Record r = ctx.fetchOne(sql, match, docid);
            if (r == null) {
                continue;
            }
            UUID id = UUID.fromString(r.get(0, String.class));
            SearchHit.Marked title = SearchHit.unmark(r.get(1, String.class), OPEN, CLOSE);
            SearchHit.Marked snippet = SearchHit.unmark(r.get(3, String.class), OPEN, CLOSE);
            if (snippet.ranges().isEmpty()) {
                snippet = new SearchHit.Marked("", List.of());
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
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            String docs = "SELECT d.kind, d.ref, s.title, s.body FROM search s JOIN search_doc d ON d.docid = s.rowid";
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM (" + docs + " EXCEPT SELECT * FROM (" + EXPECTED_DOCS
                    + "))), (SELECT count(*) FROM (SELECT * FROM (" + EXPECTED_DOCS + ") EXCEPT " + docs + ")),"
                    + " (SELECT count(*) FROM search) - (SELECT count(*) FROM search_doc)")) {
                rs.next();
                if (rs.getLong(1) > 0 || rs.getLong(2) > 0 || rs.getLong(3) != 0) {
                    out.add("a search index that does not match its rows (" + rs.getLong(1) + " documents no row has, " + rs.getLong(2)
                            + " rows without their document)");
                }
            }
        }
        return out;
    }
}
