package com.funnelboard.store;

import com.funnelboard.domain.Printable;
import com.funnelboard.store.jooq.DefaultSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The checks of what a share file holds, which is untrusted input (see {@link ShareFileReader}):
 * every value's type and size as SQLite returns it, ids, the record of what a change set's author
 * had received, and every entry's table, field, key and value against this version's schema; and
 * the one sentence that refuses a file failing any of them.
 */
final class ShareFileChecks {

    static final Set<String> ORIGINS = Set.of("user", "sample", "import", "undo", "migration");

    private ShareFileChecks() {}

    /** The refusal of a file SQLite failed to read: a value over the size cap, or damage. */
    static StoreException failure(String name, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("too big") || m.contains("TOOBIG")) {
            return refuse(name, "it holds a value larger than Funnelboard accepts");
        }
        String code = e instanceof org.sqlite.SQLiteException sqlite && sqlite.getResultCode() != null ? sqlite.getResultCode().name() : "";
        if (code.startsWith("SQLITE_CORRUPT")) {
            return refuse(name, "it is damaged or cut short (SQLite could not read all of it)");
        }
        if (code.startsWith("SQLITE_NOTADB")) {
            return refuse(name, "it is not an SQLite file at all");
        }
        // "[SQLITE_ERROR] SQL error or missing database (no such table: x)": the driver's words, once, without its code.
        String said = m.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "").replaceFirst("^(.+) \\(\\1\\)$", "$1");
        return refuse(name, "it is damaged (" + Printable.escape(said) + ")");
    }

    /** Checks one entry against this version's schema; returns its value in canonical Json.mapper(). */
    static String checkEntry(String name, String tableName, String row, String field, String value) {
        if (!ShareFileReader.SHARED.contains(tableName)) {
            throw refuse(name, "it holds a change to \"" + Printable.escape(tableName) + "\", which is not a table Funnelboard shares");
        }
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
        if (tableName.equals("settings")) {
            if (row.isBlank()) {
                throw refuse(name, "it holds a setting without a name");
            }
        } else {
            uuid(row, name, "a row id of " + tableName);
        }
        JsonNode node;
        try {
            node = value == null ? null : Json.mapper().readTree(value);
        } catch (JacksonException e) {
            throw refuse(name, "it holds a value that is not readable (" + tableName + "." + Printable.escape(field) + ")");
        }
        if (ChangeRecorder.WHOLE_ROW.equals(field)) {
            if (node == null || !node.isObject()) {
                throw refuse(name, "it holds a new " + tableName + " row that is not a row");
            }
            for (Map.Entry<String, JsonNode> p : node.properties()) {
                checkValue(name, table, p.getKey(), p.getValue());
            }
            Field<?> key = table.getPrimaryKey().getFields().getFirst();
            JsonNode id = node.get(key.getName());
            if (id == null || !row.equals(id.asString())) {
                throw refuse(name, "it holds a new " + tableName + " row whose key does not match its change");
            }
            return node.toString();
        }
        checkValue(name, table, field, node);
        return node == null ? "null" : node.toString();
    }

    /** Each shared table's columns: true for those stored as numbers (looked up once, not per value). */
    static final Map<String, Map<String, Boolean>> COLUMNS = new java.util.concurrent.ConcurrentHashMap<>();

    static void checkValue(String name, Table<?> table, String column, JsonNode v) {
        Boolean numeric = COLUMNS.computeIfAbsent(table.getName(), t -> {
            Map<String, Boolean> columns = new HashMap<>();
            for (Field<?> f : table.fields()) {
                columns.put(f.getName(), ChangeRecorder.databaseType(f) == Long.class);
            }
            return Map.copyOf(columns);
        }).get(column);
        if (numeric == null) {
            throw refuse(name, "it holds a field \"" + Printable.escape(column) + "\" that " + table.getName() + " does not have");
        }
        if (v == null || v.isNull()) {
            return;
        }
        boolean number = numeric;
        if (number ? !v.isIntegralNumber() || !v.canConvertToLong() : !v.isString()) {
            throw refuse(name, "it holds " + (number ? "text" : "a number") + " where " + (number ? "a number" : "text") + " belongs ("
                    + table.getName() + "." + column + ")");
        }
    }

    static Map<UUID, Long> seen(String json, String name) {
        if (json == null) {
            return Map.of();
        }
        try {
            JsonNode node = Json.mapper().readTree(json);
            if (!node.isObject()) {
                throw refuse(name, "it holds a change set whose record of what its author had received is not readable");
            }
            Map<UUID, Long> out = new HashMap<>();
            for (Map.Entry<String, JsonNode> p : node.properties()) {
                if (!p.getValue().isIntegralNumber()) {
                    throw refuse(name, "it holds a change set whose record of what its author had received is not readable");
                }
                out.put(uuid(p.getKey(), name, "an installation id"), p.getValue().longValue());
            }
            return Map.copyOf(out);
        } catch (JacksonException e) {
            throw refuse(name, "it holds a change set whose record of what its author had received is not readable");
        }
    }

    static String text(ResultSet rs, int column, String name, String what, int max) throws SQLException {
        String s = nullableText(rs, column, name, what, max);
        if (s == null) {
            throw refuse(name, "it lacks a value where one belongs (" + what + ")");
        }
        return s;
    }

    static String nullableText(ResultSet rs, int column, String name, String what, int max) throws SQLException {
        Object o = rs.getObject(column);
        if (o == null) {
            return null;
        }
        if (!(o instanceof String s)) {
            throw refuse(name, "it holds a number where text belongs (" + what + ")");
        }
        if (s.length() > max) {
            throw refuse(name, "it holds a value longer than Funnelboard accepts (" + what + ")");
        }
        return s;
    }

    static long number(ResultSet rs, int column, String name, String what) throws SQLException {
        Object o = rs.getObject(column);
        if (!(o instanceof Integer || o instanceof Long)) {
            throw refuse(name, "it holds " + (o == null ? "nothing" : "text") + " where a number belongs (" + what + ")");
        }
        return ((Number) o).longValue();
    }

    static UUID uuid(String s, String name, String what) {
        try {
            if (s == null || s.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw refuse(name, "it holds " + what + " that is not an id");
        }
    }

    /** The one sentence refusing the share file {@code name} because of {@code why}. */
    static StoreException refuse(String name, String why) {
        return new StoreException(StoreException.Kind.NOT_A_DATABASE, "The share file " + name + " cannot be merged: " + why + "; nothing was changed.",
                why, null);
    }
}
