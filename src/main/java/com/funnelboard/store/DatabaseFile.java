package com.funnelboard.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where the database lives, and creating it privately (folder 0700, file 0600). */
public final class DatabaseFile {

    static final String FILE_NAME = "pipeline.db";
    /** The local record of database files this installation closed, beside the default database. */
    public static final String KNOWN_FILES = "known-databases.properties";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFile() {}

    /**
     * The platform's app-data location: {@code $XDG_DATA_HOME/funnelboard} (default
     * {@code ~/.local/share/funnelboard}) on Linux, {@code %APPDATA%\Funnelboard} on Windows,
     * {@code ~/Library/Application Support/Funnelboard} on macOS.
     */
    public static Path defaultLocation(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path folder;
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            folder = (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("Funnelboard");
        } else if (os.contains("mac")) {
            folder = home.resolve("Library").resolve("Application Support").resolve("Funnelboard");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            folder = (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                    .resolve("funnelboard");
        }
        return folder.resolve(FILE_NAME);
    }

    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /**
     * Creates the folder (0700) and an empty file (0600) where they do not exist yet, and returns
     * the file's real path: a symbolic link is followed, so the lock and the journal files belong to
     * the file itself. A file with several hard links is refused: SQLite keeps its journal by name,
     * so two names of one file could be written as two databases and corrupt it.
     */
    static Path ensureExists(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(folder)) {
                if (posix()) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            if (!Files.exists(file)) {
                if (posix()) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
            Path real = file.toRealPath();
            if (!Files.isRegularFile(real)) {
                throw new StoreException(StoreException.Kind.NOT_A_DATABASE, file + " is not a file; nothing was changed.");
            }
            if (links(real) > 1) {
                throw new StoreException(StoreException.Kind.IN_USE, file + " has " + links(real)
                        + " hard links (other names for the same file); SQLite cannot keep such a file consistent. Open a copy instead.");
            }
            return real;
        } catch (java.nio.file.AccessDeniedException e) {
            throw new StoreException(StoreException.Kind.IO, "Permission denied: cannot create or open the database " + file + ".", e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static int links(Path file) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("unix")) {
            return 1;
        }
        return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
    }

    /** The database and the files SQLite and the app keep beside it. */
    static List<Path> companions(Path database) {
        String name = database.getFileName().toString();
        return List.of(database, database.resolveSibling(name + "-wal"), database.resolveSibling(name + "-shm"),
                database.resolveSibling(name + "-journal"), database.resolveSibling(name + ".lock"));
    }

    /** Whether there is no database at {@code file} yet: no file, or an empty one. */
    /** What tells this file from another at its path later (its inode and device where the system has them), or null. */
    static Object identity(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether {@code file} is still the file that had {@code identity} when it was opened: there, and not another file put
     * in its place (a sync tool's copy renamed over it). Where the system gives files no identity, being there is all.
     */
    static boolean stillThere(Path file, Object identity) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        return identity == null || identity.equals(identity(file));
    }

    /** The refusal of a write (or read) once the file open here was taken away (see {@link Store#requireFileInPlace}). */
    static StoreException gone(Path file) {
        return new StoreException(StoreException.Kind.GONE, file + " is no longer the file opened here: another program moved, deleted "
                + "or replaced it. Nothing more is saved to it; what you typed stays in the window. Put the file back, or close the "
                + "window and open the database where it is now.", null);
    }

    public static boolean notStarted(Path file) {
        try {
            if (!Files.exists(file)) {
                return true;
            }
            if (!Files.isRegularFile(file) || logHolds(file)) {
                return false; // a database whose first commits are still in its write-ahead log has them there
            }
            return Files.size(file) == 0 || holdsNoTable(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the file's write-ahead log beside it holds anything. */
    private static boolean logHolds(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.isRegularFile(wal) && Files.size(wal) > 0;
    }

    /**
     * Whether the file is an SQLite database with nothing in it, not one table: its schema table (rooted on its first page)
     * a leaf of no rows. Such a file holds nothing anyone wrote (SQLite made it, a program that opened a path where the
     * database had been, or a table made and dropped): it is no database yet, as an empty file is not; a command took it
     * for a new, empty pipeline where the backups of the database that had been there were the thing to offer.
     */
    private static boolean holdsNoTable(Path file) throws IOException {
        byte[] head = new byte[108];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length) {
                return false;
            }
        }
        if (!new String(head, 0, 16, StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
            return false;
        }
        int pageType = head[100] & 0xff;
        int cells = ((head[103] & 0xff) << 8) | (head[104] & 0xff);
        return pageType == 0x0d && cells == 0;
    }

    /**
     * Takes back a database a command started and then wrote nothing to (it was refused, or only a
     * dry run): the file goes again with what SQLite and the app made beside it, or gets back the
     * bytes it had ({@code before}, null when there was no file: an empty file, or an SQLite file of no table). Nothing is done while this program still has it open. A
     * failure is logged; the file then stays, as a valid empty database.
     */
    public static void takeBackUnused(Path database, byte[] before) {
        if (isOpenHere(database)) {
            return;
        }
        try {
            for (Path p : companions(database)) {
                if (before != null && p.equals(database)) {
                    Files.write(database, before);
                } else {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(DatabaseFile.class).warn("Could not take back the unused new database {}", database, e);
        }
    }

    /**
     * Whether the owner made the file read-only (its permissions; where there are none, whether it can be written). Such a file
     * is opened for reading only (see {@link StoreAccess}); anything that would write to it is refused (see
     * {@link #refuseReadOnly}).
     */
    static boolean isReadOnly(Path database) {
        try {
            return posix() ? !Files.getPosixFilePermissions(database).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                    : !Files.isWritable(database);
        } catch (IOException | UnsupportedOperationException e) {
            return false; // nothing to tell by: opening says what goes wrong
        }
    }

    /**
     * Refuses to write to a database file its owner made read-only: making it private gave the file back its owner's write
     * permission (0444 became 0600), so the next command changed a file the user had protected. Reading it is no write: a
     * command that only reads opens it read-only (it refused every command), and the window, which writes, refuses it.
     */
    static void refuseReadOnly(Path database) {
        if (isReadOnly(database)) {
            throw new StoreException(StoreException.Kind.IO, database + " is read-only (its permissions say so), and this would change it: "
                    + "make it writable (chmod u+w " + database.getFileName() + ") or use a copy. Nothing was changed",
                    "it is read-only (its permissions say so): make it writable, or use a copy", null);
        }
    }

    /**
     * Makes the database, its journal files and its lock readable by the owner only (0600), as a
     * copied or downloaded file may be world-readable. SQLite gives new -wal/-shm files the mode of
     * the database, so they follow.
     */
    static void makePrivate(Path database) {
        if (!posix()) {
            return;
        }
        for (Path p : companions(database)) {
            try {
                if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (IOException e) {
                throw new StoreException(StoreException.Kind.IO, "Cannot make " + p + " private (readable by you only): " + e.getMessage(), e);
            }
        }
    }

    /** True when {@code target} names one of {@code files}, however it is spelled or linked. */
    static boolean isOneOf(Path target, List<Path> files) {
        Path abs = target.toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = Files.exists(abs) ? abs.toRealPath() : abs.getParent().toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            resolved = abs;
        }
        for (Path f : files) {
            if (f.equals(resolved)) {
                return true;
            }
            try {
                if (Files.exists(f) && Files.exists(resolved) && Files.isSameFile(f, resolved)) {
                    return true;
                }
            } catch (IOException e) {
                return true; // cannot tell: refuse rather than risk the database
            }
            // Case-insensitive file systems: another spelling of the same name.
            if (f.getParent() != null && f.getParent().equals(resolved.getParent())
                    && f.getFileName().toString().equalsIgnoreCase(resolved.getFileName().toString())
                    && Files.exists(resolved) && Files.exists(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an existing file is, told from its first 100 bytes (SQLite's header: its application id at
     * byte 68): an export must not replace a database, while a share file may be written again.
     */
    public enum Kind { FUNNELBOARD_DATABASE, SHARE_FILE, OTHER_SQLITE, OTHER }

    /** The kind of {@code file}; {@link Kind#OTHER} for one that does not exist or cannot be read. */
    public static Kind kindOf(Path file) {
        byte[] head = new byte[100];
        if (!Files.isRegularFile(file)) {
            return Kind.OTHER; // never opened: a pipe would wait for a writer
        }
        if (isOpenHere(file)) {
            return Kind.FUNNELBOARD_DATABASE; // one of ours, open here: not opened through Java (see openedHere)
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length
                    || !Arrays.equals(Arrays.copyOf(head, SQLITE_HEADER.length), SQLITE_HEADER)) {
                return Kind.OTHER;
            }
        } catch (IOException e) {
            return Kind.OTHER;
        }
        int id = java.nio.ByteBuffer.wrap(head, 68, 4).getInt();
        return id == Migrations.APPLICATION_ID ? Kind.FUNNELBOARD_DATABASE : id == ShareFile.APPLICATION_ID ? Kind.SHARE_FILE : Kind.OTHER_SQLITE;
    }

    /**
     * The database files this process has open through SQLite (by file key, with how many pools
     * hold each). Such a file is never opened through Java here: closing any descriptor of a file
     * drops every POSIX lock the process holds on it, SQLite's included, after which another
     * program closing the database took itself for its last user and deleted its write-ahead log
     * and index from under the window (SQLite's "How To Corrupt", 2.2). A window's Help → Check
     * database read the file's first bytes so, and a command run beside it then broke the window:
     * its next saves failed with "disk I/O error (short read)".
     */
    private static final java.util.Map<Object, Integer> OPEN_HERE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Notes that this process opens {@code database} through SQLite; the returned action (run once) undoes it. */
    static Runnable openedHere(Path database) {
        Object key = fileKey(database);
        if (key == null) {
            return () -> { };
        }
        OPEN_HERE.merge(key, 1, Integer::sum);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                OPEN_HERE.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
            }
        };
    }

    /** Whether this process has {@code file} open through SQLite (see {@link #openedHere}): it must not be read through Java. */
    public static boolean isOpenHere(Path file) {
        Object key = fileKey(file);
        return key != null && OPEN_HERE.containsKey(key);
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the file begins as every SQLite database does (false for a missing or unreadable one). */
    public static boolean beginsAsSqlite(Path file) {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Refuses a non-empty file that is not SQLite before the driver touches it. A file this process
     * has open through SQLite is SQLite, and is not opened again (see {@link #openedHere}).
     */
    static void checkHeader(Path file) {
        if (isOpenHere(file)) {
            return;
        }
        try {
            if (Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                    throw new StoreException(StoreException.Kind.NOT_A_DATABASE,
                            file + " is not a Funnelboard database (it is not an SQLite file); nothing was changed.");
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
