package com.funnelboard.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Writing a share file: a small SQLite file of its own exact schema (below), in rollback-journal
 * mode so it is one closed file, marked with its own application id and format version, holding
 * every change set this installation knows — its own and those it received and applied — except
 * its merges (whose values travel in the sets they came from). Written to a temporary name beside
 * the target, synced to disk and renamed over it, so a reader never sees half a file.
 */
final class ShareFile {

    /** PRAGMA application_id of a share file: "FNLS". */
    static final int APPLICATION_ID = 0x464E4C53;
    /** PRAGMA user_version: the share-file format this version writes and the newest it reads. */
    static final int FORMAT = 1;

    /**
     * The schema version a share file says its values are for: the last version that changed a
     * shared table (its columns, or what they may hold), not the database's own. A version that
     * changes only what an installation derives for itself (indexes, triggers, summary tables, as
     * V19 did) leaves it, so teammates one such update apart still merge each other's files; an
     * installation refuses a file whose shared tables are newer than its own. {@code
     * ShareFileSchemaVersionTest} holds it to the scripts.
     */
    static final int SHARED_TABLES_VERSION = 24;

    /** The schema of the first Funnelboard that wrote share files: a file saying it is older was not written by one. */
    static final int FIRST_SHARED_VERSION = 11;

    /** The share file's whole schema; a file holding anything else is refused. */
    static final String SCHEMA = """
            CREATE TABLE share_info (
                key   TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT;
            CREATE TABLE change_set (
                id         TEXT    NOT NULL PRIMARY KEY,
                origin     TEXT    NOT NULL,
                author     TEXT    NOT NULL,
                replica_id TEXT    NOT NULL,
                hlc        INTEGER NOT NULL,
                made_at    INTEGER NOT NULL,
                summary    TEXT,
                seen       TEXT
            ) STRICT;
            CREATE TABLE change (
                change_set_id TEXT    NOT NULL,
                seq           INTEGER NOT NULL,
                table_name    TEXT    NOT NULL,
                row_key       TEXT    NOT NULL,
                field         TEXT    NOT NULL,
                new_value     TEXT,
                PRIMARY KEY (change_set_id, seq)
            ) STRICT;
            """;

    private static volatile Map<String, SchemaModel.SchemaObject> expected;

    private ShareFile() {}

    /** What an export wrote. */
    record Written(long changeSets, long changes) {}

    /**
     * Writes the share file of {@code store} to {@code target}, replacing it whole.
     *
     * @throws StoreException (IO) saying why the file could not be written; nothing is left half-written
     */
    static Written export(Store store, Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Kind.IO, file + " is a folder: give the share file's own name in it, such as "
                    + file.resolve("my-changes.funnel") + "; nothing was written.");
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new StoreException(StoreException.Kind.IO, "The folder " + file.getParent() + " does not exist; create it first, or name a file "
                    + "in a folder that does. Nothing was written.");
        }
        Path tmp = null;
        try {
            tmp = FilesBeside.temporary(file, "." + file.getFileName() + "-", ".tmp");
            Written written;
            try (Connection out = DriverManager.getConnection("jdbc:sqlite:" + tmp)) {
                try (Statement s = out.createStatement()) {
                    s.execute("PRAGMA journal_mode = DELETE");
                    s.execute("PRAGMA synchronous = FULL");
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + FORMAT);
                    for (String ddl : SCHEMA.split(";")) {
                        if (!ddl.isBlank()) {
                            s.execute(ddl);
                        }
                    }
                }
                try (PreparedStatement info = out.prepareStatement("INSERT INTO share_info (key, value) VALUES (?, ?)")) {
                    String replica = store.jdbc(in -> new LocalState(store.dsl(in), java.time.Clock.systemUTC()).replicaId().toString());
                    for (Map.Entry<String, String> e : Map.of("replica", replica, "schema", Integer.toString(SHARED_TABLES_VERSION)).entrySet()) {
                        info.setString(1, e.getKey());
                        info.setString(2, e.getValue());
                        info.executeUpdate();
                    }
                }
            }
            Path created = tmp;
            try {
                written = store.jdbc(in -> copyLog(in, created));
            } catch (StoreException e) {
                // The share file's disk, not the database's: "the last change was not saved" was said of an export.
                throw e.kind() == StoreException.Kind.IO ? notWritten(file, e) : e;
            }
            try (Connection out = DriverManager.getConnection("jdbc:sqlite:" + tmp)) {
                writeDigests(out, ShareSetDigests.of(out));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            syncFolder(file.getParent());
            // What an export of this file killed before it finished left beside it (in a team folder, a sync tool sent it on).
            FilesBeside.removeStale(file.getParent(), "." + globEscaped(file.getFileName().toString()) + "-*.tmp*");
            return written;
        } catch (IOException | SQLException e) {
            throw notWritten(file, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(ShareFile.class).warn("The temporary file {} could not be removed", tmp, e);
                }
            }
        }
    }

    /**
     * Copies the log into the new file, attached to a connection of the database for the two
     * statements (SQLite copies row by row without the rows passing through Java). The file is the
     * one just created, never a file from elsewhere; it is detached again before the connection
     * goes back to the pool. Sets committed between the two statements are left for the next export.
     */
    private static Written copyLog(Connection in, Path file) throws SQLException {
        try (PreparedStatement attach = in.prepareStatement("ATTACH DATABASE ? AS share")) {
            attach.setString(1, file.toString());
            attach.execute();
        }
        try (Statement s = in.createStatement()) {
            long sets = s.executeUpdate("INSERT INTO share.change_set (id, origin, author, replica_id, hlc, made_at, summary, seen) "
                    + "SELECT id, origin, author, replica_id, hlc, made_at, summary, seen FROM main.change_set WHERE origin <> 'merge' "
                    + "UNION ALL SELECT id, origin, author, replica_id, hlc, made_at, summary, seen FROM main.received_change_set "
                    + "WHERE state = 'applied'");
            long changes = s.executeUpdate("INSERT INTO share.change (change_set_id, seq, table_name, row_key, field, new_value) "
                    + "SELECT c.change_set_id, c.seq, c.table_name, c.row_key, c.field, c.new_value FROM main.change c "
                    + "JOIN share.change_set x ON x.id = c.change_set_id")
                    + s.executeUpdate("INSERT INTO share.change (change_set_id, seq, table_name, row_key, field, new_value) "
                    + "SELECT c.change_set_id, c.seq, c.table_name, c.row_key, c.field, c.new_value FROM main.received_change c "
                    + "JOIN share.change_set x ON x.id = c.change_set_id");
            return new Written(sets, changes);
        } finally {
            try (Statement s = in.createStatement()) {
                s.execute("DETACH DATABASE share");
            }
        }
    }

    /** Writes each change set's check value (see {@link ShareSetDigests}) into the new file's share_info, in one transaction. */
    static void writeDigests(Connection file, Map<String, String> digests) throws SQLException {
        boolean auto = file.getAutoCommit();
        file.setAutoCommit(false);
        try (PreparedStatement put = file.prepareStatement("INSERT INTO share_info (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> d : digests.entrySet()) {
                put.setString(1, ShareSetDigests.KEY + d.getKey());
                put.setString(2, d.getValue());
                put.executeUpdate();
            }
            file.commit();
        } finally {
            file.setAutoCommit(auto);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a folder (Windows); the file itself is synced.
        }
    }

    /** The objects a share file holds, from its schema run on an in-memory database. */
    static Map<String, SchemaModel.SchemaObject> expectedSchema() {
        if (expected == null) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
                for (String ddl : ShareFile.SCHEMA.split(";")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
                expected = SchemaModel.read(c);
            } catch (SQLException e) {
                throw new IllegalStateException("The share file schema does not run", e);
            }
        }
        return expected;
    }


    /** {@code name} with the characters a glob reads as patterns escaped. */
    static String globEscaped(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** The reason first, the folder after it: a status bar cut "…: No space left on device" off after the whole path. */
    static StoreException notWritten(Path file, Exception e) {
        Path folder = file.toAbsolutePath().getParent();
        String why = StoreErrors.whyNotWritten(e, folder);
        return new StoreException(StoreException.Kind.IO, Character.toUpperCase(why.charAt(0)) + why.substring(1) + ", so the share file "
                + file.getFileName() + " was not written (in " + folder + ").", e);
    }
}
