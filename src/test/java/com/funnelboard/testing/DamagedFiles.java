package com.funnelboard.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Databases damaged on purpose, as files from a failing disk or a careless copy are. */
public final class DamagedFiles {

    private DamagedFiles() {}

    /**
     * Makes the index change_row of a closed database out of step with its rows, as a few bytes overwritten in it do: one row
     * is added while the schema says the index is on another column, then the schema is put back. The rows stay sound.
     */
    public static void indexOutOfStep(Path db) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA writable_schema = ON");
            s.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX change_row ON change (field)' WHERE name = 'change_row'");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO change SELECT change_set_id, seq + 100000, table_name, row_key, field, old_value, new_value FROM change LIMIT 1");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA writable_schema = ON");
            s.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX change_row ON change (row_key)' WHERE name = 'change_row'");
        }
    }
}
