package com.funnelboard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the current schema. Flyway runs only when the file is behind: a current
 * database costs a few queries on the way to the first frame. It runs only on a file that has
 * already been identified and compared object by object with the schema of its version, and on
 * connections with the same pragmas as every other (see {@link ConnectionPool}).
 */
final class Migrations {

    /** The highest migration version in src/main/resources/db/migration (a test keeps it honest). */
    static final int LATEST_VERSION = SchemaModel.versionOf(SchemaModel.SCRIPTS.getLast());

    /** The version before the latest (tests build files one version behind). */
    static final int PREVIOUS_VERSION = SchemaModel.versionOf(SchemaModel.SCRIPTS.get(SchemaModel.SCRIPTS.size() - 2));

    /** PRAGMA application_id of a Funnelboard database: "FNLB". */
    static final int APPLICATION_ID = 0x464E4C42;

    private Migrations() {}

    /**
     * Which schema version the file holds (0 for a new, empty file), read without changing
     * anything. The migration history must be exactly ours: one successful row per version, in
     * order, naming our script.
     *
     * @throws StoreException when the file is another program's database, from a newer version, or
     *     its migration history holds a failed, unknown or out-of-order row
     */
    static int identify(Connection c, String fileLabel) throws SQLException {
        int appId = intPragma(c, "application_id");
        boolean hasObjects = hasObjects(c);
        if (!hasObjects) {
            if (appId != 0 && appId != APPLICATION_ID) {
                throw notOurs(fileLabel, appId);
            }
            return 0;
        }
        if (appId != APPLICATION_ID) {
            throw notOurs(fileLabel, appId);
        }
        if (!hasHistory(c)) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE,
                    fileLabel + " is marked as a Funnelboard database but has no migration history; nothing was changed.");
        }
        List<String> problems = new ArrayList<>();
        int version = 0;
        int applied = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT installed_rank, version, type, script, success FROM flyway_schema_history "
                        + "ORDER BY installed_rank")) {
            while (rs.next()) {
                String v = rs.getString(2);
                String script = applied < SchemaModel.SCRIPTS.size() ? SchemaModel.SCRIPTS.get(applied) : null;
                int expected = script == null ? -1 : SchemaModel.versionOf(script);
                if (v != null && v.matches("\\d{1,9}") && Integer.parseInt(v) > LATEST_VERSION) {
                    throw new StoreException(StoreException.Kind.NEWER_SCHEMA, fileLabel + " was written by a newer Funnelboard (schema "
                            + v + "); update the app to open it; nothing was changed.");
                }
                if (!rs.getBoolean(5)) {
                    problems.add("a failed migration (" + describe(v) + ")");
                } else if (script == null || v == null || !v.equals(Integer.toString(expected)) || rs.getInt(1) != applied + 1
                        || !"SQL".equals(rs.getString(3)) || !script.equals(rs.getString(4))) {
                    problems.add("a migration that Funnelboard does not have (" + describe(v) + ")");
                } else {
                    version = expected;
                    applied++;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE,
                    fileLabel + " records " + problems.getFirst() + " in its schema history; it was not opened and nothing was changed.");
        }
        return version;
    }

    private static String describe(String version) {
        return version == null ? "no version" : "version \"" + com.funnelboard.domain.Printable.escape(version) + "\"";
    }

    private static StoreException notOurs(String fileLabel, int appId) {
        if (appId == ShareFile.APPLICATION_ID) {
            // Picked by mistake for the database: say what it is and what to do with it.
            return new StoreException(StoreException.Kind.NOT_A_DATABASE, fileLabel + " is a Funnelboard share file, not a database: merge it "
                    + "into yours with 'funnelboard share merge " + fileLabel + "' or File \u2192 Merge share file\u2026; nothing was changed.");
        }
        return new StoreException(StoreException.Kind.NOT_A_DATABASE,
                fileLabel + " is an SQLite file, but not a Funnelboard database; nothing was changed.");
    }

    /**
     * Compares the file's objects with the schema its version must have.
     *
     * @return one sentence per difference, empty when the schema is exactly ours
     */
    static List<String> schemaDifferences(Connection c, int version) throws SQLException {
        return SchemaModel.differences(SchemaModel.read(c), SchemaModel.expected(version));
    }

    /**
     * Runs the migrations the file lacks; a new file is first marked as a Funnelboard database.
     *
     * @return whether the file got the pages of the new-file template, whose schema was checked when it was made
     */
    static boolean migrate(Connection c, DataSource dataSource, int version) throws SQLException {
        if (version == 0 && hasNoPages(c)) {
            // A new file gets the pages of one Flyway migrated, once per process, through SQLite's
            // backup API: the same schema, history and default rows, without running every script again.
            if (NewFileTemplate.copyInto(c)) {
                return true;
            }
        }
        migrateWithFlyway(c, dataSource, version);
        return false;
    }

    /** What a new file's template is made with (and what an older file's upgrade runs). */
    static void migrateWithFlyway(Connection c, DataSource dataSource, int version) throws SQLException {
        if (version == 0) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
        }
        Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static boolean hasNoPages(Connection c) throws SQLException {
        return !hasObjects(c) && intPragma(c, "user_version") == 0;
    }

    /**
     * A new database as the migrations make it, written once per process into a private temporary
     * folder (deleted at exit). It holds no row of this installation: replica ids and the rest of
     * the local state are minted when a database is opened, after its schema is in place.
     */
    static final class NewFileTemplate {
        private static Path template;

        private NewFileTemplate() {}

        /**
         * Copies the template's pages into the empty database of {@code c}; false when nothing was
         * copied (the caller then runs the migrations). One copy at a time: SQLite's backup gives up
         * without an error when the template is busy (another copy's connection closing on it), and
         * two stores opened at once in one process had left one of them an empty file.
         */
        static synchronized boolean copyInto(Connection c) throws SQLException {
            Path template = get();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("restore from '" + template.toString().replace("'", "''") + "'");
            }
            return hasObjects(c);
        }

        static synchronized Path get() throws SQLException {
            if (template != null && java.nio.file.Files.isRegularFile(template)) {
                return template;
            }
            try {
                Path dir = java.nio.file.Files.createTempDirectory("funnelboard-schema");
                Path file = dir.resolve("new.db");
                dir.toFile().deleteOnExit();
                file.toFile().deleteOnExit();
                try (ConnectionPool pool = new ConnectionPool("jdbc:sqlite:" + file)) {
                    Connection c = pool.borrow();
                    try {
                        migrateWithFlyway(c, pool.dataSource(), 0);
                        // Checked once here: every new file of this process is a page-for-page copy of it.
                        List<String> wrong = schemaDifferences(c, LATEST_VERSION);
                        if (!wrong.isEmpty()) {
                            throw new SQLException("The migrations do not build the schema this version expects: it holds " + wrong.getFirst());
                        }
                        try (Statement s = c.createStatement()) {
                            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                        }
                    } finally {
                        pool.release(c);
                    }
                }
                for (String side : new String[] {"-wal", "-shm"}) {
                    Path f = dir.resolve("new.db" + side);
                    f.toFile().deleteOnExit();
                }
                template = file;
                return file;
            } catch (java.io.IOException e) {
                throw new SQLException("No temporary folder for a new database's schema: " + e.getMessage(), e);
            }
        }
    }

    private static boolean hasObjects(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet t = s.executeQuery("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            return t.next();
        }
    }

    static int intPragma(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** SQLite's own checks, each problem one line: integrity (full or quick) and foreign keys. */
    static List<String> integrityProblems(Connection c, boolean full) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if ("ok".equals(line) || line == null) {
                    continue;
                }
                out.addAll(problemsIn(line));
            }
        }
        return out;
    }

    /**
     * The problems one line of SQLite's integrity check names: a line can hold several, on lines of
     * their own under a "*** in database main ***" heading; each is said on its own, without the
     * heading (a refusal showed both, with a "\n" between them).
     */
    static List<String> problemsIn(String line) {
        List<String> out = new ArrayList<>();
        for (String part : line.split("\\R")) {
            String problem = part.strip();
            if (!problem.isEmpty() && !problem.matches("\\*\\*\\* in database \\S+ \\*\\*\\*")) {
                out.add(problem);
            }
        }
        return out;
    }

    static List<String> foreignKeyProblems(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next() && out.size() < 100) {
                out.add(rs.getString(1) + " row " + rs.getString(2) + " refers to a missing " + rs.getString(3));
            }
        }
        return out;
    }
}
