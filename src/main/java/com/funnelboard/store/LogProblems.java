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
            counts(c, out, sets, List.of(
                    "made_at < " + ShareValueRules.EARLIEST + " OR made_at > " + ShareValueRules.LATEST,
                    "a change set made at a time outside the years 1900 to 9999",
                    "hlc <= 0", "a change set without a clock stamp",
                    "length(replica_id) <> 36", "a change set whose installation id is not one",
                    "seen IS NOT NULL AND (json_valid(seen) = 0 OR json_type(seen) <> 'object')",
                    "a record of what was received that is not readable"));
            authors(c, out, sets);
        }
        for (String entries : List.of("change", "received_change")) {
            // One scan of a log that may hold a million entries (a 100,000-deal file's): each rule a filtered count.
            List<String> rules = new ArrayList<>(List.of(
                    "new_value IS NOT NULL AND json_valid(new_value) = 0", "a value that is not readable (new_value)",
                    "table_name NOT IN (" + shared + ")", "a change to a table Funnelboard does not share",
                    // A record made whole is an object of its fields.
                    "field = '*' AND new_value IS NOT NULL AND json_valid(new_value) AND json_type(new_value) <> 'object'",
                    "a new record that is not a row"));
            if (entries.equals("change")) {
                rules.addAll(List.of("old_value IS NOT NULL AND json_valid(old_value) = 0", "a value that is not readable (old_value)"));
            }
            counts(c, out, entries, rules);
            unknownFields(c, out, entries);
        }
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

    /** Entries naming a field their table does not have: one scan of the distinct pairs, not a look-up per entry. */
    private static void unknownFields(Connection c, List<String> out, String entries) throws SQLException {
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, field, count(*) FROM " + entries
                + " WHERE field <> '*' GROUP BY table_name, field")) {
            while (rs.next()) {
                org.jooq.Table<?> table = ShareFileReader.SHARED.contains(rs.getString(1))
                        ? com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(rs.getString(1)) : null;
                if (table != null && table.field(rs.getString(2)) == null) {
                    n += rs.getLong(3);
                }
            }
        }
        if (n > 0) {
            out.add(entries + ": " + n + (n == 1 ? " row holds " : " rows hold ") + "a change to a field the table does not have");
        }
    }

    /** {@code rules}: condition, then what a row meeting it holds, in pairs; counted in one scan of {@code table}. */
    private static void counts(Connection c, List<String> out, String table, List<String> rules) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < rules.size(); i += 2) {
            sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(rules.get(i)).append(")");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.append(" FROM ").append(table).toString())) {
            rs.next();
            for (int i = 0; i < rules.size(); i += 2) {
                long n = rs.getLong(i / 2 + 1);
                if (n > 0) {
                    out.add(table + ": " + n + (n == 1 ? " row holds " : " rows hold ") + rules.get(i + 1));
                }
            }
        }
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
