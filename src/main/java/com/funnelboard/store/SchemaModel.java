package com.funnelboard.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema a database of a given version must hold, object by object (tables, columns through
 * their CREATE statements, indexes, triggers, views), as the migrations themselves produce it: the
 * migration scripts are run on an in-memory database, so the expectation can never drift from the
 * migrations. A file is compared with it before anything is written to it.
 *
 * <p>Running the scripts took 20–50 ms of every start, so the build runs them once for the latest
 * version and stores the result beside them ({@link #STORED}, written by {@link SchemaModelFile}).
 * The stored model names a checksum of the scripts it came from and is used only while they match;
 * otherwise (a script changed since the build) the scripts are run as before.
 */
final class SchemaModel {

    /** The migration scripts, in version order; {@link Migrations#LATEST_VERSION} is the last one's
     * version. Versions need not be consecutive (numbers are handed out ahead of time), only increasing. */
    static final List<String> SCRIPTS = List.of(
            "V1__schema.sql",
            "V2__default_checklists.sql",
            "V3__board_totals_index.sql",
            "V4__contact_details.sql",
            "V5__follow_up_notifications.sql",
            "V6__change_log.sql",
            "V7__won_details.sql",
            "V8__report_indexes.sql",
            "V9__deals_without_contact_and_imports.sql",
            "V10__deal_owners.sql",
            "V11__share_merge.sql",
            "V12__search.sql",
            "V13__deal_scores.sql",
            "V14__report_moves.sql",
            "V16__bulk_contacts_search.sql",
            "V17__deferred_import_search.sql",
            "V18__short_owner_names.sql",
            "V19__deferred_moves_and_interactions.sql",
            "V20__won_totals_of_final_values.sql",
            "V21__closed_deals_index.sql",
            "V22__received_set_digests.sql",
            "V23__change_set_programs.sql",
            "V24__deal_notes.sql");

    /** The version a script brings a database to: the number after its "V". */
    static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    /** The scripts that bring an empty database to {@code version}, in order. */
    static List<String> scriptsUpTo(int version) {
        return SCRIPTS.stream().filter(s -> versionOf(s) <= version).toList();
    }

    /** The migration tool's own bookkeeping table, exactly as it creates it in an SQLite file. */
    static final String HISTORY_TABLE = """
            CREATE TABLE "flyway_schema_history" (
                "installed_rank" INT NOT NULL PRIMARY KEY,
                "version" VARCHAR(50),
                "description" VARCHAR(200) NOT NULL,
                "type" VARCHAR(20) NOT NULL,
                "script" VARCHAR(1000) NOT NULL,
                "checksum" INT,
                "installed_by" VARCHAR(100) NOT NULL,
                "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
                "execution_time" INT NOT NULL,
                "success" BOOLEAN NOT NULL
            )""";
    static final String HISTORY_INDEX = "CREATE INDEX \"flyway_schema_history_s_idx\" ON \"flyway_schema_history\" (\"success\")";

    /** SQLite's own statistics tables (ANALYZE, PRAGMA optimize): allowed, in their standard form only. */
    private static final Map<String, String> SQLITE_STATS = Map.of(
            "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
            "sqlite_stat4", "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"); // as normalise leaves them

    /** One object of sqlite_schema: type, name, the table it belongs to, and its normalised SQL. */
    record SchemaObject(String type, String name, String table, String sql) {
        String describe() {
            return switch (type) {
                case "index" -> "an index \"" + name + "\" on " + table;
                case "trigger" -> "a trigger \"" + name + "\" on " + table;
                case "view" -> "a view \"" + name + "\"";
                default -> "a table \"" + name + "\"";
            };
        }
    }

    private static final Map<Integer, Map<String, SchemaObject>> CACHE = new ConcurrentHashMap<>();

    private SchemaModel() {}

    /** The objects a database at {@code version} holds, keyed by name (version 0: an empty file). */
    static Map<String, SchemaObject> expected(int version) {
        return CACHE.computeIfAbsent(version, v -> stored(v).orElseGet(() -> build(v)));
    }

    /** The resource holding the latest version's model, as the build wrote it. */
    static final String STORED = "/db/schema-model.txt";

    /**
     * The model the build stored, when it is of {@code version} and made from the scripts as they
     * are now. Its first line is {@code version checksum}, then one object per line: type, name,
     * table and SQL separated by tabs (normalised SQL holds no tab), {@code \N} for no SQL.
     */
    static java.util.Optional<Map<String, SchemaObject>> stored(int version) {
        if (version != Migrations.LATEST_VERSION) {
            return java.util.Optional.empty();
        }
        try (InputStream in = SchemaModel.class.getResourceAsStream(STORED)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty() || !lines.getFirst().equals(version + " " + checksum(version))) {
                return java.util.Optional.empty();
            }
            Map<String, SchemaObject> objects = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                objects.put(f[1], new SchemaObject(f[0], f[1], f[2], f[3].equals(NO_SQL) ? null : f[3]));
            }
            return java.util.Optional.of(objects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String NO_SQL = "\\N";

    /** The text {@link #stored} reads: the model the scripts build for {@code version}. */
    static String storedForm(int version) {
        StringBuilder text = new StringBuilder().append(version).append(' ').append(checksum(version)).append('\n');
        for (SchemaObject o : build(version).values()) {
            text.append(o.type()).append('\t').append(o.name()).append('\t').append(o.table()).append('\t')
                    .append(o.sql() == null ? NO_SQL : o.sql()).append('\n');
        }
        return text.toString();
    }

    /** A checksum of the scripts that bring an empty database to {@code version}, and the history table. */
    static String checksum(int version) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        for (String name : scriptsUpTo(version)) {
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            crc.update(script(name).getBytes(StandardCharsets.UTF_8));
        }
        crc.update((HISTORY_TABLE + HISTORY_INDEX).getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static Map<String, SchemaObject> build(int version) {
        if (version == 0) {
            return Map.of();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            for (String script : scriptsUpTo(version)) {
                s.executeUpdate(script(script));
            }
            s.executeUpdate(HISTORY_TABLE);
            s.executeUpdate(HISTORY_INDEX);
            return read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The migration scripts do not run on an empty database", e);
        }
    }

    static String script(String name) {
        try (InputStream in = SchemaModel.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects of a database as they stand, SQLite's statistics tables left out. */
    static Map<String, SchemaObject> read(Connection c) throws SQLException {
        Map<String, SchemaObject> objects = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name")) {
            while (rs.next()) {
                SchemaObject o = new SchemaObject(rs.getString(1), rs.getString(2), rs.getString(3), normalise(rs.getString(4)));
                String stat = SQLITE_STATS.get(o.name());
                if (stat != null && "table".equals(o.type()) && stat.equals(o.sql())) {
                    continue;
                }
                objects.put(o.name(), o);
            }
        }
        return objects;
    }

    /**
     * What differs between a database's objects and the expected ones, one sentence each, naming
     * the object ("a trigger "x" on deal that this version of Funnelboard does not create").
     */
    static List<String> differences(Map<String, SchemaObject> actual, Map<String, SchemaObject> expected) {
        List<String> problems = new ArrayList<>();
        for (SchemaObject a : actual.values()) {
            SchemaObject e = expected.get(a.name());
            if (e == null) {
                problems.add(a.describe() + " that Funnelboard does not create");
            } else if (!e.equals(a)) {
                problems.add(a.describe() + " that differs from the one Funnelboard creates");
            }
        }
        for (SchemaObject e : expected.values()) {
            if (!actual.containsKey(e.name())) {
                // Read after "… holds": "it holds no index "deal_contact" on deal" (never "holds an index … is missing").
                problems.add("no " + e.describe().replaceFirst("^an? ", ""));
            }
        }
        return problems;
    }

    /**
     * Whitespace collapsed, so a reformatted but identical statement still matches: the text
     * stripped, each run of spaces, tabs and line ends one space, none after "(" or before ")". One
     * pass (it runs for every object of the schema each time a file is opened).
     */
    static String normalise(String sql) {
        if (sql == null) {
            return null;
        }
        String t = sql.strip();
        StringBuilder out = new StringBuilder(t.length());
        boolean pending = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\u000B') {
                pending = true;
                continue;
            }
            if (pending && ch != ')' && out.length() > 0 && out.charAt(out.length() - 1) != '(') {
                out.append(' ');
            }
            pending = false;
            out.append(ch);
        }
        return out.toString();
    }
}
