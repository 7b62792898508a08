package com.funnelboard.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * Brings a database to the current schema. Flyway runs only when the file is behind: a current
 * database costs one query on the way to the first frame.
 */
final class Migrations {

    /** The highest migration version in src/main/resources/db/migration (a test keeps it honest). */
    static final int LATEST_VERSION = 5;

    /** PRAGMA application_id of a Funnelboard database: "FNLB". */
    static final int APPLICATION_ID = 0x464E4C42;

    private Migrations() {}

    /**
     * Reads, without changing anything, which schema version the file holds (0 for a new file).
     *
     * @throws StoreException when the file is another program's database or from a newer version
     */
    static int check(String url, String fileLabel) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection(url, config.toProperties())) {
            int appId = intPragma(c, "application_id");
            boolean hasTables = hasUserTables(c);
            if (hasTables && appId != APPLICATION_ID) {
                throw new StoreException(StoreException.Kind.NOT_A_DATABASE,
                        fileLabel + " is an SQLite file, but not a Funnelboard database; nothing was changed.");
            }
            int version = hasTables ? installedVersion(c) : 0;
            if (version > LATEST_VERSION) {
                throw new StoreException(StoreException.Kind.NEWER_SCHEMA,
                        fileLabel + " was written by a newer Funnelboard (schema " + version + "); update the app to open it.");
            }
            return version;
        }
    }

    /** Runs the migrations the file lacks; a new file is first marked as a Funnelboard database. */
    static void migrate(Connection c, String url, int version) throws SQLException {
        if (version == 0) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
        }
        Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static boolean hasUserTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static int installedVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!t.next()) {
                    return 0;
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static int intPragma(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
