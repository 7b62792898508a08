package com.funnelboard.store;

import java.nio.file.Path;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Driver errors as one sentence a user can act on. */
final class StoreErrors {

    private StoreErrors() {}

    /**
     * A file written from inside a read (an export streaming its rows) that failed: its own failure, not
     * the database's — "The database could not be used: java.io.IOException: Cannot write deals.csv: No
     * space left on device at [No location information]" was said of a full disk elsewhere. Empty when
     * the driver failed.
     */
    static java.util.Optional<java.io.UncheckedIOException> writingElsewhere(Throwable e) {
        java.io.IOException io = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException) {
                return java.util.Optional.empty();
            }
            if (t instanceof java.io.IOException found) {
                io = found; // the innermost: its words are the writer's own
            }
        }
        return io == null ? java.util.Optional.empty() : java.util.Optional.of(new java.io.UncheckedIOException(io.getMessage(), io));
    }

    /** Whether the disk holding the file has less than a megabyte free (false when that cannot be told). */
    static boolean diskFull(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && java.nio.file.Files.getFileStore(folder).getUsableSpace() < 1024 * 1024;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** See {@link FileTrouble#why}. */
    static String whyNotWritten(Exception e, Path folder) {
        return FileTrouble.why(e, folder);
    }

    /** Turns driver errors into one sentence a user can act on. */
    static StoreException translate(Exception e, Path file) {
        if (e instanceof StoreException se) {
            return se;
        }
        Throwable t = e;
        while (t != null && !(t instanceof SQLiteException)) {
            t = t.getCause();
        }
        if (t instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_FULL")) {
                return new StoreException(StoreException.Kind.IO,
                        "The disk is full; the last change was not saved (everything saved before is intact). Free some space and try again.", e);
            }
            if (name.startsWith("SQLITE_TOOBIG")) {
                // Only a file written or altered outside Funnelboard holds one: nothing the app takes in comes near the cap. Said
                // as damage (its backups can put it back), where it was "Database error …: [SQLITE_TOOBIG] String or BLOB exceeds
                // size limit", even from `check`.
                return new StoreException(StoreException.Kind.DAMAGED, file + " holds a value larger than Funnelboard reads in one cell ("
                        + ConnectionPool.MAX_VALUE_BYTES / (1024 * 1024) + " MB): it was written or altered outside Funnelboard, and nothing "
                        + "was changed. Restore a backup or ask for a fresh copy.", e);
            }
            if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
                return new StoreException(StoreException.Kind.DAMAGED,
                        file + " is damaged or not a Funnelboard database; it was not changed. Restore a backup or ask for a fresh copy.", e);
            }
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new StoreException(StoreException.Kind.BUSY, file + " is busy in another program; try again in a moment.", e);
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return new StoreException(StoreException.Kind.IO, "Cannot save to " + file
                        + ": the file or its folder is read-only; the last change was not saved. Check the permissions or copy the file somewhere writable.", e);
            }
            if (name.startsWith("SQLITE_PERM") || name.startsWith("SQLITE_AUTH")) {
                return new StoreException(StoreException.Kind.IO, "Permission denied for " + file + "; the last change was not saved.", e);
            }
            if (name.startsWith("SQLITE_CANTOPEN")) {
                return new StoreException(StoreException.Kind.IO, "Cannot open " + file
                        + ": permission denied, or its folder is missing or read-only.", e);
            }
            if (name.startsWith("SQLITE_IOERR") && diskFull(file)) {
                // A full disk reads as an I/O error where SQLite cannot grow its journal or shared-memory file (as the
                // file opens, before any change): said as a failing disk, while freeing space is the cure.
                return new StoreException(StoreException.Kind.IO, "The disk holding " + file + " is full; nothing more was saved "
                        + "(everything saved before is intact). Free some space and try again.", e);
            }
            if (name.startsWith("SQLITE_IOERR")) {
                return new StoreException(StoreException.Kind.IO, "The disk reported an error while using " + file
                        + "; the last change was not saved and what was saved before is intact. Check the disk and try again.", e);
            }
        }
        return new StoreException(StoreException.Kind.IO, "Database error on " + file + ": "
                + com.funnelboard.domain.Printable.escape(String.valueOf(e.getMessage())), e);
    }
}
