package com.funnelboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test helper: reads shared data table by table, and replays one database's change log onto
 * another, as a teammate receiving every change set would.
 */
public final class ChangeLogReplay {

    public static final List<String> SHARED = List.of("organization", "contact", "deal", "interaction", "follow_up", "stage_change",
            "checklist_item", "settings", "email_address", "phone_number");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChangeLogReplay() {}

    private static String key(String table) {
        return table.equals("settings") ? "key" : "id";
    }

    /** Every shared row, all columns but updated_at (bookkeeping the log does not carry), by key. */
    public static Map<String, List<List<String>>> snapshot(Store store) {
        return rows(store, false);
    }

    /** The live rows (not deleted) of the shared tables a user sees, without the append-only stage history. */
    public static Map<String, List<List<String>>> live(Store store) {
        return rows(store, true);
    }

    private static Map<String, List<List<String>>> rows(Store store, boolean live) {
        return store.jdbc(c -> {
            Map<String, List<List<String>>> out = new LinkedHashMap<>();
            for (String table : SHARED) {
                if (live && table.equals("stage_change")) {
                    continue;
                }
                String where = live && !table.equals("settings") ? " WHERE deleted_at IS NULL" : "";
                List<List<String>> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + where + " ORDER BY " + key(table))) {
                    ResultSetMetaData m = rs.getMetaData();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            String col = m.getColumnName(i);
                            if (!col.equals("updated_at") && !(live && col.equals("deleted_at"))) {
                                row.add(col + "=" + rs.getString(i));
                            }
                        }
                        rows.add(row);
                    }
                }
                out.put(table, rows);
            }
            return out;
        });
    }

    /** The keys of every shared row, deleted or not. */
    public static Map<String, Set<String>> ids(Store store) {
        return store.jdbc(c -> {
            Map<String, Set<String>> out = new LinkedHashMap<>();
            for (String table : SHARED) {
                Set<String> ids = new HashSet<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + key(table) + " FROM " + table)) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                out.put(table, ids);
            }
            return out;
        });
    }

    /** Applies every change set of {@code from}, in clock order, onto {@code to}: new rows whole, then each field's new value. */
    public static void replay(Store from, Store to) {
        List<String[]> entries = from.jdbc(c -> {
            List<String[]> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ch.table_name, ch.row_key, ch.field, ch.new_value "
                    + "FROM change ch JOIN change_set cs ON cs.id = ch.change_set_id ORDER BY cs.hlc, cs.replica_id, ch.seq")) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            return out;
        });
        to.jdbc(c -> {
            c.setAutoCommit(false);
            try {
                for (String[] e : entries) {
                    apply(c, e[0], e[1], e[2], e[3]);
                }
                c.commit();
            } finally {
                WriteTransaction.restoreAutoCommit(c);
            }
            return null;
        });
    }

    private static void apply(Connection c, String table, String key, String field, String json) throws SQLException {
        JsonNode value = JSON.readTree(json);
        if (ChangeRecorder.WHOLE_ROW.equals(field)) {
            List<String> cols = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                cols.add(f.getKey());
                values.add(plain(f.getValue()));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES (" + "?, ".repeat(cols.size() - 1) + "?)";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    p.setObject(i + 1, values.get(i));
                }
                p.executeUpdate();
            }
        } else {
            try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET " + field + " = ? WHERE " + key(table) + " = ?")) {
                p.setObject(1, plain(value));
                p.setString(2, key);
                if (p.executeUpdate() != 1) {
                    throw new AssertionError("no row " + key + " in " + table);
                }
            }
        }
    }

    private static Object plain(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? (Object) v.longValue() : v.asString();
    }
}
