package com.funnelboard.store;

import com.funnelboard.domain.BackupPreview;
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
import java.time.Instant;
import java.util.List;

/**
 * Backup files of a database. A backup is written with VACUUM INTO, which reads one consistent
 * snapshot of the database through SQLite — what sits in the write-ahead log included — never by
 * copying the main file. It is written under a temporary name, turned into a self-contained file
 * (rollback journal), checked with the full integrity_check, flushed to disk, and only then renamed
 * into place: a backup that is there is whole and sound.
 */
public final class Backups {

    private Backups() {}

    /** Writes a consistent, checked copy of the database on {@code c} to {@code target} (which must not exist). */
    static void write(Connection c, Path target) throws SQLException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(temp);
            // Private from its first byte, as the backup it becomes (VACUUM INTO writes into an empty file that exists).
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            }
            try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temp.toString());
                vacuum.execute();
            } catch (SQLException e) {
                // The copy's disk (the app-data folder's) full or failing is the backup's failure, not the database's: it said
                // "the last change was not saved" when none was pending.
                StoreException said = StoreErrors.translate(e, temp);
                if (said.kind() == StoreException.Kind.IO) {
                    String why = said.getMessage().startsWith("The disk is full") ? "the disk is full" : "the disk reported an error";
                    throw new java.io.UncheckedIOException("The backup could not be written to " + folder + ": " + why,
                            new IOException(e.getMessage(), e));
                }
                throw e;
            }
            try (Connection t = DriverManager.getConnection("jdbc:sqlite:" + temp); Statement s = t.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE"); // one self-contained file, whatever mode the database is in
            }
            BackupPreview check = preview(temp);
            if (!check.healthy()) {
                throw new StoreException(StoreException.Kind.DAMAGED, "The backup failed its integrity check: "
                        + com.funnelboard.domain.Printable.escape(check.problems().getFirst()) + ". It was not kept.");
            }
            DatabaseFile.makePrivate(temp);
            force(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            forceFolder(folder);
            // What a backup killed before it finished left here (a whole copy of the database, readable by others).
            FilesBeside.removeStale(folder, ".*.partial*");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The backup could not be written to " + folder + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover partial file is never taken for a backup (its name starts with a dot)
            }
        }
    }

    /** What a backup holds, read-only, after the full integrity check. */
    public static BackupPreview preview(Path file) {
        String label = file.toString();
        if (!Files.isRegularFile(file)) {
            return BackupPreview.unreadable(label, "There is no backup at " + file);
        }
        try {
            DatabaseFile.checkHeader(file);
        } catch (StoreException e) {
            return BackupPreview.unreadable(label, e.getMessage());
        }
        try (Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + file)) {
            int version = Migrations.identify(c, label);
            List<String> integrity = Migrations.integrityProblems(c, true);
            if (!integrity.isEmpty()) {
                return new BackupPreview(label, version, 0, 0, null, null, null, integrity);
            }
            List<String> schema = Migrations.schemaDifferences(c, version);
            if (schema.isEmpty() && version == Migrations.LATEST_VERSION) {
                // Rows breaking their tables' rules (a CHECK the read-only integrity check skips), values that cannot be read back.
                schema = new java.util.ArrayList<>(ValueProblems.of(c));
                schema.addAll(LogProblems.of(c));
            }
            long deals = count(c, "SELECT count(*) FROM deal WHERE deleted_at IS NULL");
            long contacts = count(c, "SELECT count(*) FROM contact WHERE deleted_at IS NULL AND merged_into IS NULL");
            Instant at = null;
            String summary = null;
            String author = null;
            if (version >= 6) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT made_at, summary, author FROM change_set ORDER BY hlc DESC LIMIT 1")) {
                    if (rs.next()) {
                        at = Instant.ofEpochMilli(rs.getLong(1));
                        summary = rs.getString(2);
                        author = rs.getString(3);
                    }
                }
            }
            return new BackupPreview(label, version, deals, contacts, at, summary, author, schema);
        } catch (StoreException e) {
            return BackupPreview.unreadable(label, e.getMessage());
        } catch (SQLException e) {
            return BackupPreview.unreadable(label, StoreErrors.translate(e, file).getMessage());
        }
    }

    /** SQLite's quick check of a file, read-only: its problems, empty when it passes. */
    public static List<String> quickCheck(Path file) {
        try {
            DatabaseFile.checkHeader(file);
        } catch (StoreException e) {
            return List.of(e.getMessage());
        }
        try (Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + file)) {
            return Migrations.integrityProblems(c, false);
        } catch (SQLException e) {
            return List.of(StoreErrors.translate(e, file).getMessage());
        }
    }

    /** Grows with every change set recorded in the database (by any program): whether anything was written since. */
    static long changeMark(java.sql.Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT coalesce(max(rowid), 0) FROM change_set")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /**
     * Restores a backup into an open database, in place through SQLite's backup API. The backup is
     * first copied to a private temporary folder and opened there as any file from elsewhere is
     * (identified, checked, upgraded when it is of an older schema), so a bad backup changes
     * nothing. The database then gets a new replica id — changes made after a restore must never pass
     * for ones made before it under the old id — and keeps this installation's person and clock.
     */
    static boolean restoreInto(Store store, Path backup, long unchangedSince) {
        Path file = store.file();
        DatabaseLock held = null;
        Path work = null;
        try {
            if (!store.holdsWindowLock()) {
                try {
                    held = DatabaseLock.window(file); // a command never restores under an open window
                } catch (StoreException e) {
                    throw new StoreException(StoreException.Kind.IN_USE, "A Funnelboard window has " + file.getFileName()
                            + " open: restore the backup there (File \u2192 Backups\u2026) or close it first; nothing was changed.", e);
                }
            }
            work = Files.createTempDirectory("funnelboard-restore"); // 0700 on POSIX
            Path copy = work.resolve("restore.db");
            Files.copy(backup, copy);
            Store.open(copy, store.clock()).close(); // refuses a file that is not sound; brings an older one up to date
            boolean done = store.jdbc(c -> {
                if (changeMark(c) != unchangedSince) {
                    return false; // written since the caller's backup of it (a command beside the window): that backup lacks it
                }
                LocalState before = new LocalState(store.dsl(c), store.clock());
                java.util.Optional<com.funnelboard.domain.Person> me = before.identity();
                boolean confirmed = me.isPresent() && !before.identityNeedsConfirming();
                long hlc = before.get(LocalState.HLC_LAST).map(Long::parseLong).orElse(0L);
                java.util.Map<String, String> installation = new java.util.TreeMap<>();
                LocalState.KEPT_BY_RESTORE.forEach(prefix -> installation.putAll(before.startingWith(prefix)));
                // Its share file of now is its own of before: the team folder must not merge it back as a teammate's (what the
                // restore took away came back within a minute, from this installation's own file).
                installation.merge(LocalState.FORMER_REPLICAS, before.replicaId().toString().substring(0, 8), (was, id) -> was + "," + id);
                c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().restore("main", copy.toString(), null);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                }
                c.setAutoCommit(false);
                try {
                    LocalState after = new LocalState(store.dsl(c), store.clock());
                    after.mintReplica(file);
                    long restored = after.get(LocalState.HLC_LAST).map(Long::parseLong).orElse(0L);
                    after.put(LocalState.HLC_LAST, Long.toString(Math.max(hlc, restored)));
                    LocalState.KEPT_BY_RESTORE.forEach(prefix -> after.startingWith(prefix).keySet().forEach(after::delete));
                    installation.forEach(after::put);
                    if (me.isPresent()) {
                        after.put(LocalState.IDENTITY_NAME, me.get().name());
                        after.put(LocalState.IDENTITY_EMAIL, me.get().email());
                        if (confirmed) {
                            after.setIdentity(me.get());
                        }
                    }
                    c.commit();
                } finally {
                    WriteTransaction.restoreAutoCommit(c);
                }
                return true;
            });
            if (done) {
                store.restored();
            }
            return done;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The backup could not be restored: " + e.getMessage(), e);
        } finally {
            if (held != null) {
                held.close();
            }
            deleteQuietly(work);
        }
    }

    /**
     * Readies a backup copied beside the database it is about to replace: opened as the store opens
     * any file (brought up to date, given a replica id of its own — the rename keeps the file, so the
     * next open keeps that id), and, when the backup was taken while someone had said who uses this
     * installation, that person confirmed on the new replica: this installation's own backup is not
     * a file from someone else, so the window does not ask who you are again.
     */
    private static void keepWhoYouAre(Path copy, Instant now) {
        boolean confirmed;
        try (Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + copy);
                Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT count(*) = 2 FROM local_setting WHERE key = '" + LocalState.IDENTITY_NAME
                        + "' OR (key = '" + LocalState.IDENTITY_REPLICA + "' AND value = (SELECT value FROM local_setting WHERE key = '"
                        + LocalState.REPLICA_ID + "'))")) {
            confirmed = rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            confirmed = false; // a backup of an older schema: the window asks, as for any copy
        }
        try (Store store = Store.open(copy, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC))) {
            if (confirmed) {
                store.jdbc(c -> {
                    c.setAutoCommit(false);
                    try {
                        LocalState local = new LocalState(store.dsl(c), store.clock());
                        local.identity().ifPresent(local::setIdentity);
                        c.commit();
                    } finally {
                        WriteTransaction.restoreAutoCommit(c);
                    }
                    return null;
                });
            }
        }
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Whether a backup file still looks whole, read from its first 100 bytes alone: SQLite's header,
     * a page size SQLite writes, and as many bytes as the header says its pages take. A backup cut
     * short or overwritten does not; one damaged inside its pages does (SQLite's check finds those).
     */
    public static boolean looksWhole(Path file) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            java.nio.ByteBuffer h = java.nio.ByteBuffer.allocate(100); // big-endian, as SQLite writes its header
            while (h.hasRemaining() && ch.read(h, h.position()) > 0) {
                // read on
            }
            if (h.hasRemaining() || !java.util.Arrays.equals(h.array(), 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
                return false;
            }
            int pageSize = Short.toUnsignedInt(h.getShort(16));
            pageSize = pageSize == 1 ? 65_536 : pageSize;
            if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
                return false;
            }
            long changes = Integer.toUnsignedLong(h.getInt(24));
            long pages = Integer.toUnsignedLong(h.getInt(28));
            long validFor = Integer.toUnsignedLong(h.getInt(92));
            long size = ch.size();
            return changes == validFor && pages > 0 ? size == pages * pageSize : size > 0 && size % pageSize == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Puts a backup in the place of a database that cannot be opened (damaged) and is not open: the
     * damaged file and its journal files are kept beside it as {@code NAME.damaged-TIME}, the backup
     * is copied under a temporary name, given a replica id of its own and who uses this installation
     * (see {@link #keepWhoYouAre}), flushed and renamed into place.
     *
     * @return where the damaged file was kept
     * @throws StoreException when the backup is not sound, or a window has the database open
     */
    public static Path replace(Path database, Path backup, Instant now) {
        Path db = database.toAbsolutePath().normalize();
        BackupPreview preview = preview(backup);
        if (!preview.healthy()) {
            throw new StoreException(StoreException.Kind.DAMAGED, backup.getFileName() + " is not a sound backup: "
                    + com.funnelboard.domain.Printable.escape(preview.problems().getFirst()) + ". Nothing was changed.");
        }
        try (DatabaseLock held = DatabaseLock.window(db)) {
            String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC).format(now);
            Path kept = db.resolveSibling(db.getFileName() + ".damaged-" + stamp);
            Path temp = db.resolveSibling("." + db.getFileName() + ".restoring");
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            DatabaseFile.makePrivate(temp);
            keepWhoYouAre(temp, now);
            force(temp);
            for (String suffix : List.of("-wal", "-shm", "-journal")) {
                Path side = db.resolveSibling(db.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, kept.resolveSibling(kept.getFileName() + suffix));
                }
            }
            if (Files.exists(db)) {
                Files.move(db, kept);
            }
            Files.move(temp, db, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(db.getParent());
            return kept;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The backup could not be put in place of " + db + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            });
        } catch (IOException e) {
            // nothing to clean
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not every platform can open a folder to flush it (Windows); the rename is already done
        }
    }
}
