package com.funnelboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The full check's look at the shared tables' values: the rules a share file's values must follow
 * ({@link ShareValueRules}), found in a database however the values got there (a file from another
 * program, or one merged before those rules). One scan per table; a value the program could not read
 * back makes the file inconsistent, as a broken reference does.
 */
final class ValueProblems {

    private ValueProblems() {}

    /**
     * A GLOB matching a text that holds a character no line holds, as a share file's check finds them (see {@link
     * ShareValueRules}): the C0 and C1 controls and the line and paragraph separators. Written with char(), so the statement
     * holds none of them itself.
     */
    private static final String LINE_BREAKERS = "('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || char(8232) || char(8233)"
            + " || ']*')";

    /** What breaks the rules, one line per column and rule ("deal.currency: 1 row holds a currency that is not an ISO 4217 code (ZZZ)"). */
    static List<String> of(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String tableName : new TreeSet<>(ShareFileReader.SHARED)) {
            Table<?> table = com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
            List<String> conditions = new ArrayList<>();
            List<String> said = new ArrayList<>();
            for (Field<?> f : table.fields()) {
                String col = f.getName();
                ShareValueRules.Rule rule = ShareValueRules.Rule.of(tableName, col);
                boolean number = ChangeRecorder.databaseType(f) == Long.class;
                if (!number) {
                    add(conditions, said, "instr(CAST(" + col + " AS BLOB), x'00') > 0", tableName, col, "a text holding the character U+0000");
                }
                int max = com.funnelboard.domain.TextLimits.of(tableName, col);
                if (max >= 0) {
                    add(conditions, said, "length(" + col + ") > " + max, tableName, col, String.format(java.util.Locale.ROOT,
                            "a text longer than the %,d characters Funnelboard takes anywhere", max));
                }
                switch (rule) {
                    case LINE -> add(conditions, said, col + " GLOB " + LINE_BREAKERS, tableName, col,
                            "a one-line text holding a line break or a control character");
                    case DAY -> add(conditions, said, "date(" + col + ") IS NOT " + col, tableName, col, "a day that is not a calendar day");
                    case MOMENT -> add(conditions, said, col + " < " + ShareValueRules.EARLIEST + " OR " + col + " > " + ShareValueRules.LATEST,
                            tableName, col, "a time outside the years 1900 to 9999");
                    case DELETED_AT -> add(conditions, said, col + " <= 0 OR " + col + " > " + ShareValueRules.LATEST, tableName, col,
                            "a deletion time before 1970 or after 9999");
                    case MINOR -> add(conditions, said, col + " > " + ShareValueRules.MAX_MINOR, tableName, col,
                            "an amount larger than Funnelboard accepts");
                    case JSON -> {
                        add(conditions, said, "json_valid(" + col + ") = 0", tableName, col, "a checklist that is not readable");
                        add(conditions, said, "json_valid(" + col + ") AND json_type(" + col + ") <> 'array'", tableName, col,
                                "a checklist that is not a list of items");
                    }
                    case CURRENCY -> currencies(c, tableName, col, out);
                    case ID -> add(conditions, said, col + " IS NOT NULL AND (length(" + col + ") <> 36 OR " + col + " GLOB '*[^0-9a-f-]*')",
                            tableName, col, "an id not written as Funnelboard writes ids");
                    case KEY -> add(conditions, said, col + " IS NOT NULL AND upper(replace(replace(trim(" + col + "), '-', '_'), ' ', '_')) NOT IN ("
                            + ShareValueRules.Rule.keys(tableName, col).stream().sorted().map(k -> "'" + k + "'")
                                    .collect(java.util.stream.Collectors.joining(", ")) + ")", tableName, col,
                            "a " + col.replace('_', ' ') + " Funnelboard does not know");
                    default -> { }
                }
            }
            // The table's own CHECK constraints, which SQLite's integrity check skips on a read-only connection (as every
            // check of a file here is): a stage 'bogus' or a value of -500 passed it, then broke the lists that read them.
            for (String rule : checks(c, tableName)) {
                conditions.add("NOT (" + rule + ")");
                said.add(tableName + ": %d %s a value the table does not allow (" + shortened(rule) + ")");
            }
            if (conditions.isEmpty()) {
                continue;
            }
            StringBuilder sql = new StringBuilder("SELECT ");
            for (int i = 0; i < conditions.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(conditions.get(i)).append(")");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.append(" FROM ").append(tableName).toString())) {
                rs.next();
                for (int i = 0; i < conditions.size(); i++) {
                    long n = rs.getLong(i + 1);
                    if (n > 0) {
                        out.add(said.get(i).formatted(n, n == 1 ? "row holds" : "rows hold"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The expressions of the CHECK constraints of {@code table} as its CREATE statement writes them
     * (a file whose schema is exactly the one Funnelboard creates: only then is this asked).
     */
    static List<String> checks(Connection c, String table) throws SQLException {
        String sql;
        try (java.sql.PreparedStatement p = c.prepareStatement("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                sql = rs.next() ? rs.getString(1) : null;
            }
        }
        return sql == null ? List.of() : checkExpressions(sql);
    }

    /** The expressions inside each CHECK (…) of a CREATE TABLE statement, quotes and nested brackets respected. */
    static List<String> checkExpressions(String createTable) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bCHECK\\s*\\(").matcher(createTable);
        int from = 0;
        while (m.find(from)) {
            int start = m.end();
            int depth = 1;
            int i = start;
            char quote = 0;
            for (; i < createTable.length() && depth > 0; i++) {
                char ch = createTable.charAt(i);
                if (quote != 0) {
                    quote = ch == quote ? 0 : quote; // a doubled quote closes and opens again: the same
                } else if (ch == '\'' || ch == '"') {
                    quote = ch;
                } else if (ch == '(') {
                    depth++;
                } else if (ch == ')') {
                    depth--;
                }
            }
            if (depth != 0) {
                break; // not a statement SQLite would have taken
            }
            out.add(createTable.substring(start, i - 1).strip());
            from = i;
        }
        return out;
    }

    private static String shortened(String rule) {
        String one = rule.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "\u2026";
    }

    private static void add(List<String> conditions, List<String> said, String condition, String table, String column, String what) {
        conditions.add(condition);
        said.add(table + "." + column + ": %d %s " + what);
    }

    private static void currencies(Connection c, String table, String column, List<String> out) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + column + ", count(*) FROM " + table + " WHERE " + column + " IS NOT NULL GROUP BY 1")) {
            while (rs.next()) {
                String code = rs.getString(1);
                if (ShareValueRules.text(ShareValueRules.Rule.CURRENCY, code) != null) {
                    long n = rs.getLong(2);
                    out.add(table + "." + column + ": " + n + (n == 1 ? " row holds" : " rows hold") + " a currency that is not an ISO 4217 code ("
                            + com.funnelboard.domain.Printable.escape(code) + ")");
                }
            }
        }
    }
}
