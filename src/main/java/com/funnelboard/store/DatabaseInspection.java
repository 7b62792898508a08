package com.funnelboard.store;

import com.funnelboard.domain.DatabaseCheck;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** SQLite's checks of a file, its references and its schema, before it is opened or on request. */
final class DatabaseInspection {

    /** The schema version that brought the search index. */
    static final int SEARCH_VERSION = 12;

    private DatabaseInspection() {}

    /**
     * Checks a database file without changing it (read-only, no lock, no migration): what the
     * {@code check} command and Help → Check database report.
     */
    static DatabaseCheck check(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(path)) {
            // A folder or a pipe is there: said as opening it says it, not as if nothing were.
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, java.nio.file.Files.exists(path) ? path + " is not a file; nothing was changed."
                    : "There is no database at " + path + ".");
        }
        try {
            if (java.nio.file.Files.size(path) == 0 || DatabaseFile.notStarted(path)) {
                // SQLite reads an empty file as an empty database, which has no schema to compare: it holds no Funnelboard database.
                // Nor does an SQLite file of no table (one a program made opening a path where a database had been): it was
                // "intact … exactly the one Funnelboard creates", of version 0.
                throw new StoreException(StoreException.Kind.NOT_A_DATABASE, path + (java.nio.file.Files.size(path) == 0 ? " is empty" : " is an "
                        + "SQLite file with no table in it") + ": it holds no database (opening it with Funnelboard makes a new one there).");
            }
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot read " + path + ": " + e.getMessage(), e);
        }
        try {
            DatabaseFile.checkHeader(path);
        } catch (StoreException e) {
            return new DatabaseCheck(path.toString(), false, -1, List.of(), List.of(), List.of(), true);
        }
        Runnable leaveAsItCame = ReadingSidecars.removeSidecarsMadeByReading(path);
        try (Connection c = openForCheck(path)) {
            int version;
            try {
                version = Migrations.identify(c, path.toString());
            } catch (StoreException e) {
                if (e.kind() == StoreException.Kind.NOT_A_DATABASE && e.getMessage().contains("not a Funnelboard database")) {
                    return new DatabaseCheck(path.toString(), false, -1, List.of(), List.of(), List.of(), true);
                }
                if (e.kind() == StoreException.Kind.NOT_A_DATABASE && e.getMessage().contains("is a Funnelboard share file")) {
                    throw e; // said whole, with what to do with it
                }
                return new DatabaseCheck(path.toString(), true, -1, List.of(), List.of(), List.of(e.getMessage()), true);
            }
            return inspect(c, path.toString(), version, true);
        } catch (SQLException e) {
            StoreException se = StoreErrors.translate(e, path);
            if (se.kind() == StoreException.Kind.DAMAGED) {
                // The finding is SQLite's own words, once, without its code: "the database disk image is malformed".
                String said = String.valueOf(e.getMessage()).replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "").replaceFirst("^.*\\((.+)\\)$", "$1");
                if (String.valueOf(e.getMessage()).contains("SQLITE_TOOBIG")) {
                    said = "a value larger than Funnelboard reads in one cell (" + ConnectionPool.MAX_VALUE_BYTES / (1024 * 1024) + " MB)";
                }
                return new DatabaseCheck(path.toString(), true, -1, List.of("SQLite stopped reading it: " + said), List.of(), List.of(), true);
            }
            throw se;
        } finally {
            leaveAsItCame.run(); // a check only reads: nothing it made stays beside the file
        }
    }

    /**
     * Opens a file for {@link #check}. SQLite reads a database in WAL mode through an index it makes
     * beside it (-shm), which a read-only folder (a mounted backup disk, a CD, a share read-only)
     * does not allow: where it cannot be made, the file is read as immutable, which needs no index
     * and is exact as long as no log of changes (-wal) waits beside it; a file whose log does is
     * refused with what to do.
     */
    static Connection openForCheck(Path path) throws SQLException {
        Connection c = null;
        try {
            c = ConnectionPool.readOnly("jdbc:sqlite:" + path);
            try (java.sql.Statement s = c.createStatement()) {
                s.executeQuery("SELECT count(*) FROM sqlite_schema").close(); // the first read opens (or makes) the index
            }
            return c;
        } catch (SQLException e) {
            if (c != null) {
                c.close();
            }
            int code = e.getErrorCode() & 0xff;
            if (code != org.sqlite.SQLiteErrorCode.SQLITE_CANTOPEN.code && code != org.sqlite.SQLiteErrorCode.SQLITE_READONLY.code) {
                throw e;
            }
            Path wal = path.resolveSibling(path.getFileName() + "-wal");
            try {
                if (java.nio.file.Files.isRegularFile(wal) && java.nio.file.Files.size(wal) > 0) {
                    throw new StoreException(StoreException.Kind.IO, path + " cannot be read where it is (a read-only folder?) while changes wait in its log ("
                            + wal.getFileName() + "): copy both files to a folder you can write to, and check the copy.", e);
                }
            } catch (java.io.IOException io) {
                throw e;
            }
            return ConnectionPool.readOnly("jdbc:sqlite:" + path.toUri() + "?immutable=1");
        }
    }

    /** The checks of {@link #check} on an identified file. */
    static DatabaseCheck inspect(Connection c, String label, int version, boolean full) throws SQLException {
        List<String> integrity = Migrations.integrityProblems(c, full);
        if (!integrity.isEmpty()) {
            // A damaged file's schema and references cannot be trusted to be read at all.
            return new DatabaseCheck(label, true, version, integrity, List.of(), List.of(), full);
        }
        List<String> schema = Migrations.schemaDifferences(c, version);
        if (full && schema.isEmpty() && version >= SEARCH_VERSION) {
            // The search index is derived from the rows: a file from elsewhere must hold exactly the one they make.
            schema = SearchIndex.problems(c, version);
        }
        if (full && schema.isEmpty() && version >= ReportMoves.VERSION) {
            // So is the reports' summary of the stage history.
            schema = ReportMoves.problems(c);
        }
        List<String> consistency = new java.util.ArrayList<>(Migrations.foreignKeyProblems(c));
        if (full && schema.isEmpty() && version == Migrations.LATEST_VERSION) {
            // Values the program could not read back (a currency that is no code, a day that is none…), however they got there.
            consistency.addAll(ValueProblems.of(c));
            consistency.addAll(LogProblems.of(c));
        }
        return new DatabaseCheck(label, true, version, integrity, consistency, schema, full);
    }

    /**
     * Only the schema comparison, for a file exactly as this installation closed it: its integrity
     * and references were checked when it was opened here before, and are checked again in the
     * background ({@link Store#checkNow()}).
     */
    static DatabaseCheck inspectSchema(Connection c, String label, int version) throws SQLException {
        return new DatabaseCheck(label, true, version, List.of(), List.of(), Migrations.schemaDifferences(c, version), false);
    }

    static void refuseIfUnsound(DatabaseCheck check) {
        if (!check.integrity().isEmpty()) {
            throw new StoreException(StoreException.Kind.DAMAGED, check.file() + " is damaged (SQLite's integrity check: "
                    + com.funnelboard.domain.Printable.escape(check.integrity().getFirst())
                    + "); it was not opened and nothing was changed. Restore a backup or ask for a fresh copy.");
        }
        if (!check.schema().isEmpty()) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, check.file() + " holds "
                    + com.funnelboard.domain.Printable.escape(check.schema().getFirst())
                    + (check.schema().size() > 1 ? " (and " + (check.schema().size() - 1) + " more differences)" : "")
                    + "; it was not opened and nothing was changed.");
        }
        if (!check.foreignKeys().isEmpty()) {
            throw new StoreException(StoreException.Kind.DAMAGED, check.file() + " is inconsistent ("
                    + com.funnelboard.domain.Printable.escape(check.foreignKeys().getFirst())
                    + "); it was not opened and nothing was changed. Restore a backup or ask for a fresh copy.");
        }
    }
}
