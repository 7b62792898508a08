package com.funnelboard.store;

import com.funnelboard.domain.Printable;
import com.funnelboard.store.jooq.DefaultSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;
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
        if (code.startsWith("SQLITE_IOERR")) {
            return refuse(name, "it could not be read to its end (cut short, or on a disk or share that failed while reading)");
        }
        // The driver's words ("[SQLITE_ERROR] SQL error or missing database (no such table: x)") go to the log, not into the
        // sentence: they meant nothing to the person refused.
        org.slf4j.LoggerFactory.getLogger(ShareFileChecks.class).warn("Refused the share file {}: SQLite could not read it", name, e);
        return refuse(name, "it is damaged: SQLite could not read it (what SQLite said is in the log)");
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
        if (ChangeRecorder.WHOLE_ROW.equals(field)) {
            return checkRow(name, table, row, value);
        }
        JsonNode node;
        try {
            node = value == null ? null : Json.mapper().readTree(value);
        } catch (JacksonException e) {
            throw refuse(name, "it holds a value that is not readable (" + tableName + "." + Printable.escape(field) + ")");
        }
        checkValue(name, table, field, node);
        if (tableName.equals("settings") && field.equals("value") && node != null && node.isString()) {
            meaning(name, tableName, field, ShareValueRules.setting(row, node.asString()));
        }
        return node == null ? "null" : node.toString();
    }

    /**
     * A new row's JSON (a flat object of column values) checked against {@code table} and written
     * again compactly, in one streaming pass: the text a tree would give ({@code readTree(value).toString()}),
     * without building the tree, which took most of the time of reading a big share file. A
     * column given twice, anything after the object, a nested value where a column's value
     * belongs: the file is refused.
     */
    static String checkRow(String name, Table<?> table, String row, String value) {
        String tableName = table.getName();
        if (value == null) {
            throw refuse(name, "it holds a new " + tableName + " row that is not a row");
        }
        Map<String, Column> columns = columns(table);
        String key = table.getPrimaryKey().getFields().getFirst().getName();
        java.io.StringWriter out = new java.io.StringWriter(value.length());
        boolean keyMatches = false;
        String column = null;
        // Straight from the mapper's factory: a parser from the mapper itself brings a deserialization context per value.
        TokenStreamFactory json = Json.mapper().tokenStreamFactory();
        try (JsonParser p = json.createParser(ObjectReadContext.empty(), value); JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw refuse(name, "it holds a new " + tableName + " row that is not a row");
            }
            g.writeStartObject();
            java.util.BitSet given = new java.util.BitSet(columns.size());
            boolean settings = tableName.equals("settings");
            String settingValue = null;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                column = p.currentName();
                Column c = columns.get(column);
                if (c == null) {
                    throw refuse(name, "it holds a field \"" + Printable.escape(column) + "\" that " + tableName + " does not have");
                }
                if (given.get(c.index())) {
                    throw refuse(name, "it holds a value that is not readable (" + tableName + "." + Printable.escape(column) + " given twice)");
                }
                given.set(c.index());
                boolean numeric = c.numeric();
                JsonToken v = p.nextToken();
                g.writeName(column);
                if (v == JsonToken.VALUE_NULL) {
                    g.writeNull();
                } else if (numeric && v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    long n = p.getLongValue();
                    meaning(name, tableName, column, ShareValueRules.number(c.rule(), n));
                    g.writeNumber(n);
                } else if (!numeric && v == JsonToken.VALUE_STRING) {
                    String text = p.getString();
                    meaning(name, tableName, column, ShareValueRules.text(c.rule(), tableName, column, text));
                    g.writeString(text);
                    keyMatches |= column.equals(key) && row.equals(text);
                    if (settings && column.equals("value")) {
                        settingValue = text;
                    }
                } else {
                    throw refuse(name, "it holds " + wrongKind(numeric, v) + " belongs ("
                            + tableName + "." + column + ")");
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw refuse(name, "it holds a value that is not readable (" + tableName + ")");
            }
            if (settingValue != null) {
                meaning(name, tableName, "value", ShareValueRules.setting(row, settingValue));
            }
            g.writeEndObject();
        } catch (JacksonException e) {
            throw refuse(name, "it holds a value that is not readable (" + tableName + (column == null ? "" : "." + Printable.escape(column)) + ")");
        }
        if (!keyMatches) {
            throw refuse(name, "it holds a new " + tableName + " row whose key does not match its change");
        }
        return out.toString();
    }

    /** A column of a shared table: its place, whether it is stored as a number, and what its values must mean. */
    private record Column(int index, boolean numeric, ShareValueRules.Rule rule) {}

    /** Refuses the file when {@code bad} (what {@link ShareValueRules} found wrong) is not null. */
    private static void meaning(String name, String tableName, String column, String bad) {
        if (bad != null) {
            throw refuse(name, "it holds " + bad + " (" + tableName + "." + Printable.escape(column) + ")");
        }
    }

    private static Map<String, Column> columns(Table<?> table) {
        return COLUMNS.computeIfAbsent(table.getName(), t -> {
            Map<String, Column> columns = new HashMap<>();
            Field<?>[] fields = table.fields();
            for (int i = 0; i < fields.length; i++) {
                columns.put(fields[i].getName(), new Column(i, ChangeRecorder.databaseType(fields[i]) == Long.class,
                        ShareValueRules.Rule.of(t, fields[i].getName())));
            }
            return Map.copyOf(columns);
        });
    }

    /** Each shared table's columns (looked up once, not per value). */
    private static final Map<String, Map<String, Column>> COLUMNS = new java.util.concurrent.ConcurrentHashMap<>();

    static void checkValue(String name, Table<?> table, String column, JsonNode v) {
        Column c = columns(table).get(column);
        if (c == null) {
            throw refuse(name, "it holds a field \"" + Printable.escape(column) + "\" that " + table.getName() + " does not have");
        }
        if (table.getPrimaryKey() != null && table.getPrimaryKey().getFields().stream().anyMatch(f -> f.getName().equals(column))) {
            // A row's key names it: no edit changes it (merged, an edit of a deal's id was half applied, and its other edits lost).
            throw refuse(name, "it holds an edit of the key of a " + table.getName() + " row (" + Printable.escape(column)
                    + "), which nothing Funnelboard does writes");
        }
        if (v == null || v.isNull()) {
            return;
        }
        boolean number = c.numeric();
        if (number ? !v.isIntegralNumber() || !v.canConvertToLong() : !v.isString()) {
            throw refuse(name, "it holds " + wrongKind(number, v) + " belongs ("
                    + table.getName() + "." + column + ")");
        }
        meaning(name, table.getName(), column, number ? ShareValueRules.number(c.rule(), v.longValue())
                : ShareValueRules.text(c.rule(), table.getName(), column, v.asString()));
    }

    /**
     * What a value of the wrong kind is, and what belongs there: "text where a whole number belongs",
     * "a fraction where a whole number belongs" (1600000.5 in cents), "a number too large where a
     * whole number belongs", "a number where text belongs", "an object where text belongs"; 1600000.5 and 1e3 alike
     * are "a number written with a decimal point or an exponent" (JSON tells neither from the other).
     */
    private static String wrongKind(boolean numericColumn, JsonToken v) {
        String what = switch (v) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> numericColumn ? "a number too large" : "a number";
            case VALUE_NUMBER_FLOAT -> numericColumn ? "a number written with a decimal point or an exponent" : "a number";
            default -> "a value";
        };
        return what + " where " + (numericColumn ? "a whole number" : "text");
    }

    private static String wrongKind(boolean numericColumn, JsonNode v) {
        return wrongKind(numericColumn, v.asToken());
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
        if (s.indexOf('\uFFFD') >= 0 && !utf8(rs.getBytes(column))) {
            // The driver decodes bad bytes to U+FFFD: what would be stored is not what was sent (said before the length,
            // which the replacement characters change).
            throw refuse(name, "it holds text that is not valid UTF-8 (" + what + ")");
        }
        if (s.length() > max && com.funnelboard.domain.PlainText.length(s) > max) {
            throw refuse(name, "it holds a value longer than Funnelboard accepts (" + what + ")");
        }
        return s;
    }

    /** Whether {@code bytes} are well-formed UTF-8 (checked only for text holding U+FFFD, which is what the driver makes of bad bytes). */
    static boolean utf8(byte[] bytes) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static long number(ResultSet rs, int column, String name, String what) throws SQLException {
        Object o = rs.getObject(column);
        if (!(o instanceof Integer || o instanceof Long)) {
            throw refuse(name, "it holds " + (o == null ? "nothing" : "text") + " where a number belongs (" + what + ")");
        }
        return ((Number) o).longValue();
    }

    static UUID uuid(String s, String name, String what) {
        if (s == null) {
            throw refuse(name, "it lacks " + what);
        }
        // Only as Funnelboard writes ids (lower case): a row key in capitals made a twin of the row it named.
        if (!ShareValueRules.CANONICAL_ID.matcher(s).matches()) {
            throw refuse(name, "it holds " + what + " that is not an id");
        }
        return UUID.fromString(s);
    }

    /** The one sentence refusing the share file {@code name} because of {@code why}. */
    /**
     * Refuses a change set that records one row as created twice: Funnelboard writes a row whole
     * once, when it makes it, and such a set was merged without a word, its second copy dropped.
     */
    static void refuseRowsCreatedTwice(String name, List<SharedChanges.Entry> entries) {
        java.util.Set<String> created = new java.util.HashSet<>();
        for (SharedChanges.Entry e : entries) {
            if (ChangeRecorder.WHOLE_ROW.equals(e.field()) && !created.add(e.table() + '/' + e.row())) {
                throw refuse(name, "it records the " + e.table() + " " + Printable.escape(e.row())
                        + " as created twice in one change set, which Funnelboard never writes");
            }
        }
    }

    static StoreException refuse(String name, String why) {
        return new StoreException(StoreException.Kind.NOT_A_DATABASE, "The share file " + name + " cannot be merged: " + why + "; nothing was changed.",
                why, null);
    }
}
