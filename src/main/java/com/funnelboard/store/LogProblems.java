package com.funnelboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The full check's look at what a database keeps beside its records: its change log, the change
 * sets received from teammates, the conflicts waiting and the team's settings, held to the rules a
 * share file's are ({@link ShareValueRules}). A file from elsewhere with a change entry that is no
 * JSON, an author holding a terminal escape or a setting of a currency that is none was called
 * intact, then failed `history`, `conflicts list` or the next `deals add`, and every share file it
 * wrote was refused by teammates.
 */
final class LogProblems {

    private LogProblems() {}

    /** One line per table and rule ("change: 1 row holds a value that is not readable (new_value)"). */
    static List<String> of(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        String shared = ShareFileReader.SHARED.stream().sorted().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        for (String sets : List.of("change_set", "received_change_set")) {
            count(c, out, sets, "made_at < " + ShareValueRules.EARLIEST + " OR made_at > " + ShareValueRules.LATEST,
                    "a change set made at a time outside the years 1900 to 9999");
            count(c, out, sets, "hlc <= 0", "a change set without a clock stamp");
            count(c, out, sets, "length(replica_id) <> 36", "a change set whose installation id is not one");
            authors(c, out, sets);
        }
        for (String sets : List.of("change_set", "received_change_set")) {
            count(c, out, sets, "seen IS NOT NULL AND (json_valid(seen) = 0 OR json_type(seen) <> 'object')",
                    "a record of what was received that is not readable");
        }
        for (String entries : List.of("change", "received_change")) {
            count(c, out, entries, "new_value IS NOT NULL AND json_valid(new_value) = 0", "a value that is not readable (new_value)");
            count(c, out, entries, "table_name NOT IN (" + shared + ")", "a change to a table Funnelboard does not share");
            // A record made whole is an object of its fields; a field of a table that has none is no change Funnelboard makes.
            count(c, out, entries, "field = '*' AND new_value IS NOT NULL AND json_valid(new_value) AND json_type(new_value) <> 'object'",
                    "a new record that is not a row");
            count(c, out, entries, "table_name IN (" + shared + ") AND field <> '*' AND field NOT IN (SELECT p.name FROM pragma_table_info("
                    + entries + ".table_name) p)", "a change to a field the table does not have");
        }
        count(c, out, "change", "old_value IS NOT NULL AND json_valid(old_value) = 0", "a value that is not readable (old_value)");
        count(c, out, "merge_conflict", "length(id) <> 36 OR table_name NOT IN (" + shared + ") OR found_at < " + ShareValueRules.EARLIEST
                + " OR found_at > " + ShareValueRules.LATEST, "a conflict Funnelboard could not have recorded");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM settings ORDER BY key")) {
            while (rs.next()) {
                String bad = ShareValueRules.setting(rs.getString(1), rs.getString(2));
                if (bad != null) {
                    out.add("settings: \"" + com.funnelboard.domain.Printable.escape(rs.getString(1)) + "\" holds " + bad);
                }
            }
        }
        return out;
    }

    private static void count(Connection c, List<String> out, String table, String condition, String what) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table + " WHERE " + condition)) {
            long n = rs.next() ? rs.getLong(1) : 0;
            if (n > 0) {
                out.add(table + ": " + n + (n == 1 ? " row holds " : " rows hold ") + what);
            }
        }
    }

    /** Authors are one line each (a name and an address): one with an escape or a line break showed in History as it came. */
    private static void authors(Connection c, List<String> out, String table) throws SQLException {
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT author FROM " + table)) {
            while (rs.next()) {
                if (ShareValueRules.text(ShareValueRules.Rule.LINE, rs.getString(1)) != null) {
                    n++;
                }
            }
        }
        if (n > 0) {
            out.add(table + ": " + n + (n == 1 ? " author is" : " authors are") + " not one line of text (a line break or a control character)");
        }
    }
}
