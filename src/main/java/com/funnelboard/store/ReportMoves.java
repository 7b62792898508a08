package com.funnelboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage history as the reports read it (report_move, schema V14): one row per live move with
 * what the reports would otherwise work out from the whole history, written only by triggers.
 * Derived and local; a file from elsewhere must hold exactly what its rows make.
 */
final class ReportMoves {

    /** The schema version that brought report_move. */
    static final int VERSION = 14;

    /** The rows the stage history and the deals of a database make, exactly as V14's triggers write them. */
    static final String EXPECTED = """
            SELECT m.to_stage, m.changed_at, coalesce(unhex(replace(m.deal_id, '-', '')), CAST(m.deal_id AS BLOB)),
                       row_number() OVER (PARTITION BY m.deal_id ORDER BY m.changed_at, m.id),
                       m.from_stage, m.lost_reason, m.lost_note,
                       lag(m.changed_at) OVER (PARTITION BY m.deal_id, m.to_stage ORDER BY m.changed_at, m.id),
                       m.entered,
                       lag(m.entered) OVER (PARTITION BY m.deal_id, m.from_stage, m.to_stage ORDER BY m.changed_at, m.id),
                       d.id IS NOT NULL AND d.deleted_at IS NULL, d.currency, d.value_minor, d.final_value_minor, d.source, d.created_at, d.owner
                FROM (SELECT s.id, s.deal_id, s.from_stage, s.to_stage, s.changed_at, s.lost_reason, s.lost_note,
                             (SELECT max(e.changed_at) FROM stage_change e WHERE e.deal_id = s.deal_id AND e.to_stage = s.from_stage
                                 AND e.deleted_at IS NULL AND e.changed_at <= s.changed_at) AS entered
                      FROM stage_change s WHERE s.deleted_at IS NULL) m
                LEFT JOIN deal d ON d.id = m.deal_id""";

    /** Where {@link #EXPECTED} reads every live move: narrowed to some deals' moves by {@link #rewriteForDealsMovedSince}. */
    private static final String ALL_MOVES = "FROM stage_change s WHERE s.deleted_at IS NULL) m";

    static {
        if (!EXPECTED.contains(ALL_MOVES)) {
            throw new ExceptionInInitializerError("report_move's query no longer reads " + ALL_MOVES);
        }
    }

    private ReportMoves() {}

    /**
     * The two statements that write again the report rows of every deal that got a stage move after
     * the rowid {@code mark}, exactly as the move's insert trigger would have: a bulk write holds
     * that trigger back (schema V19) and runs them before its commit (see {@link BulkInserts}).
     */
    static List<String> rewriteForDealsMovedSince(long mark) {
        String moved = "SELECT deal_id FROM stage_change WHERE rowid > " + mark;
        return List.of("DELETE FROM report_move WHERE deal_key IN (SELECT coalesce(unhex(replace(deal_id, '-', '')), CAST(deal_id AS BLOB)) FROM ("
                + moved + "))",
                "INSERT INTO report_move (to_stage, changed_at, deal_key, seq, from_stage, lost_reason, lost_note, prev_entry_at, "
                        + "from_entered_at, prev_pair_entered_at, deal_live, currency, value_minor, final_value_minor, source, deal_created_at, owner) "
                        + EXPECTED.replace(ALL_MOVES, "FROM stage_change s WHERE s.deleted_at IS NULL AND s.deal_id IN (" + moved + ")) m"));
    }

    /** One sentence when report_move is not exactly what the rows make; none when it is. */
    static List<String> problems(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM (SELECT * FROM report_move EXCEPT " + EXPECTED + ")),"
                        + " (SELECT count(*) FROM (" + EXPECTED + " EXCEPT SELECT * FROM report_move))")) {
            rs.next();
            if (rs.getLong(1) > 0 || rs.getLong(2) > 0) {
                out.add("a report summary that does not match its stage history (" + rs.getLong(1) + " rows no move makes, " + rs.getLong(2)
                        + " moves without their row)");
            }
        }
        return out;
    }
}
