package com.funnelboard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A database whose only damage is in its indexes: the lookup tables SQLite keeps beside the rows, which it can build again
 * from them. Rebuilding them loses nothing written, where restoring the newest backup lost every change made since it (a
 * rep's note typed after the night's backup, for "row 46 missing from index change_row").
 */
public final class IndexRepair {

    /** What SQLite's full check says of an index that does not match its table's rows, and nothing else. */
    private static final Pattern INDEX_PROBLEM = Pattern.compile(
            "(row \\d+ missing from index \\S+|wrong # of entries in index \\S+|non-unique entry in index \\S+)");

    private IndexRepair() {}

    /**
     * Whether SQLite's full integrity check of {@code database} finds problems and every one is an index out of step with its
     * rows (read-only; false when the file cannot be read, or is sound).
     */
    public static boolean indexesOnly(Path database) {
        Path file = database.toAbsolutePath().normalize();
        try {
            DatabaseFile.checkHeader(file);
        } catch (StoreException e) {
            return false;
        }
        try (Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + file)) {
            return indexesOnly(Migrations.integrityProblems(c, true));
        } catch (SQLException | RuntimeException e) {
            // On a read-only disk a database in WAL mode cannot be opened to read (its shared-memory file cannot be made): read
            // as it lies (it was said to be "not damaged in its indexes only", and `check` offered a backup).
            try (Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + file.toUri() + "?immutable=1")) {
                return indexesOnly(Migrations.integrityProblems(c, true));
            } catch (SQLException | RuntimeException again) {
                return false;
            }
        }
    }

    /** Whether these problems of SQLite's full check are all of indexes, and there is at least one. */
    public static boolean indexesOnly(List<String> problems) {
        return !problems.isEmpty() && problems.stream().allMatch(p -> INDEX_PROBLEM.matcher(p).matches());
    }

    /**
     * Rebuilds every index of {@code database} from its rows, after keeping the file as it was beside it
     * ({@code NAME.damaged-TIME}, with its write-ahead log), then checks it whole again. Not open anywhere (the window's lock is
     * taken for it).
     *
     * @return where the damaged file was kept
     * @throws StoreException when the rebuilt file still fails the check (a repeated value in a unique index, damage beyond
     *     the indexes): the file is left as the rebuild made it, the kept copy as it was
     */
    public static Path repair(Path database, Instant now) {
        Path db = database.toAbsolutePath().normalize();
        try (DatabaseLock held = DatabaseLock.window(db)) {
            String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC).format(now);
            Path kept = db.resolveSibling(db.getFileName() + ".damaged-" + stamp);
            Files.copy(db, kept, StandardCopyOption.COPY_ATTRIBUTES);
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, kept.resolveSibling(kept.getFileName() + "-wal"), StandardCopyOption.COPY_ATTRIBUTES);
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.execute("REINDEX");
                List<String> left = Migrations.integrityProblems(c, true);
                if (!left.isEmpty()) {
                    throw new StoreException(StoreException.Kind.DAMAGED, db + " is still damaged after its indexes were rebuilt ("
                            + com.funnelboard.domain.Printable.escape(left.getFirst()) + "); the file as it was is kept as " + kept.getFileName()
                            + ".");
                }
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                throw new StoreException(StoreException.Kind.DAMAGED, "The indexes of " + db + " could not be rebuilt ("
                        + com.funnelboard.domain.Printable.escape(String.valueOf(e.getMessage())) + "); the file as it was is kept as "
                        + kept.getFileName() + ".", e);
            }
            return kept;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The damaged file could not be kept before its indexes were rebuilt ("
                    + FileTrouble.why(e, db.getParent()) + "); nothing was changed.", e);
        }
    }
}
