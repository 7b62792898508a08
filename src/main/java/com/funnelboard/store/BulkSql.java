package com.funnelboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The SQL of the change recorder's bulk path: one INSERT of new rows, and the INSERT … SELECT that
 * records the rows a batch added (those after the table's last rowid before it, in rowid order)
 * each as one whole-row change entry, its JSON written by SQLite's json_object — the same object,
 * in the same column order, as a single insert records.
 */
final class BulkSql {

    private BulkSql() {}

    static String insert(String table, List<String> columns) {
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(table).append("\" (");
        StringBuilder marks = new StringBuilder();
        for (String c : columns) {
            sql.append(marks.isEmpty() ? "" : ", ").append('"').append(c).append('"');
            marks.append(marks.isEmpty() ? "?" : ", ?");
        }
        return sql.append(") VALUES (").append(marks).append(')').toString();
    }

    /**
     * Parameters: change set id, first seq less the first new rowid, field ({@code *}), the last
     * rowid before the batch. A batch's rows have consecutive rowids (SQLite gives each new row the
     * greatest rowid plus one, and nothing is ever deleted), so each entry's seq is its row's rowid
     * shifted: no window or sort over the batch. Should they not be ({@code consecutive} false), the
     * first parameter is the first seq less one and the rows are numbered in rowid order.
     */
    static String logSince(Table<?> table, boolean consecutive) {
        String key = table.getPrimaryKey().getFields().getFirst().getName();
        StringBuilder json = new StringBuilder("json_object(");
        Field<?>[] fields = table.fields();
        for (int i = 0; i < fields.length; i++) {
            json.append(i == 0 ? "" : ", ").append('\'').append(fields[i].getName()).append("', \"").append(fields[i].getName()).append('"');
        }
        json.append(')');
        return "INSERT INTO \"change\" (\"change_set_id\", \"seq\", \"table_name\", \"row_key\", \"field\", \"old_value\", \"new_value\") "
                + "SELECT ?, ? + " + (consecutive ? "rowid" : "row_number() OVER (ORDER BY rowid)") + ", '" + table.getName() + "', \"" + key + "\", ?, NULL, " + json
                + " FROM \"" + table.getName() + "\" WHERE rowid > ? ORDER BY rowid";
    }

    /**
     * The statements that make the empty temporary table a batch of new rows is staged in ({@code c1}
     * … {@code cN}, no types, no keys: the values are checked when they move into their table). A
     * batch goes in as one statement rather than one per row: the search index (FTS5), which the
     * insert triggers of deals, contacts, organizations and interactions write, flushes its pending
     * terms to a new segment at every statement that writes it, so a row per statement left a
     * segment per row to merge (most of an import's time).
     */
    static List<String> stage(int columns) {
        StringBuilder sql = new StringBuilder("CREATE TEMP TABLE IF NOT EXISTS bulk_rows_").append(columns).append(" (");
        for (int i = 1; i <= columns; i++) {
            sql.append(i == 1 ? "" : ", ").append('c').append(i);
        }
        return List.of(sql.append(')').toString(), "DELETE FROM temp.bulk_rows_" + columns);
    }

    /** The insert of one row into the staging table of {@link #stage}. */
    static String insertStaged(int columns) {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return "INSERT INTO temp.bulk_rows_" + columns + " VALUES (" + marks + ")";
    }

    /** The statements that move the staged rows into {@code table}, in the order they were staged, then empty the staging table. */
    static List<String> unstage(String table, List<String> columns) {
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(table).append("\" (");
        StringBuilder from = new StringBuilder();
        for (int i = 1; i <= columns.size(); i++) {
            sql.append(i == 1 ? "" : ", ").append('"').append(columns.get(i - 1)).append('"');
            from.append(i == 1 ? "" : ", ").append('c').append(i);
        }
        return List.of(sql.append(") SELECT ").append(from).append(" FROM temp.bulk_rows_").append(columns.size()).append(" ORDER BY rowid")
                .toString(), "DELETE FROM temp.bulk_rows_" + columns.size());
    }

    /** The table's greatest rowid (0 when empty): new rows get greater ones. */
    static long lastRowid(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(rowid), 0) FROM \"" + table + "\"")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
