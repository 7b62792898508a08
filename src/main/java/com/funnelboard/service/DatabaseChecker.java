package com.funnelboard.service;

import com.funnelboard.domain.DatabaseCheck;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreException;
import java.nio.file.Path;

/**
 * Checks a database file without changing it: SQLite's full integrity check, every reference, and
 * the schema compared object by object with the one the migrations create. Works on a file that
 * is open in the window (it only reads) and on one the app refuses to open.
 */
public final class DatabaseChecker {

    private DatabaseChecker() {}

    /** @throws Workspace.UnavailableException when the file cannot be read at all */
    public static DatabaseCheck check(Path file) {
        try {
            DatabaseCheck c = Store.check(file);
            if (!c.healthy() && com.funnelboard.store.DatabaseFile.kindOf(file) == com.funnelboard.store.DatabaseFile.Kind.SHARE_FILE) {
                // A damaged share file (cut short on its way): no backup of it to restore, only a fresh copy to ask for.
                throw new StoreException(StoreException.Kind.NOT_A_DATABASE, file + " is a Funnelboard share file, and a damaged one (SQLite's "
                        + "integrity check fails): ask whoever sent it for a fresh copy; nothing was changed.");
            }
            return c;
        } catch (StoreException e) {
            throw new Workspace.UnavailableException(Workspace.UnavailableException.Reason.valueOf(e.kind().name()), e.getMessage(), e);
        }
    }

    /**
     * Whether a check found the file damaged in its indexes only, which can be built again from its rows (see {@link
     * #rebuildIndexes}): read from the check, not by a second full check of the file.
     */
    public static boolean indexesOnly(com.funnelboard.domain.DatabaseCheck check) {
        return !check.healthy() && check.foreignKeys().isEmpty() && check.schema().isEmpty()
                && com.funnelboard.store.IndexRepair.indexesOnly(check.integrity());
    }

    /**
     * Rebuilds the indexes of a file the {@code check} found damaged in them only, the file kept as it was beside it; returns
     * where. Nothing written is lost.
     *
     * @throws RefusedException when its damage is not in its indexes only, its folder is read-only, or it still fails the check
     */
    public static Path rebuildIndexes(Path file, com.funnelboard.domain.DatabaseCheck check, java.time.Instant now) {
        if (!indexesOnly(check)) {
            throw new RefusedException(file + " is not damaged in its indexes only; nothing was changed");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isWritable(folder) || !java.nio.file.Files.isWritable(file)) {
            // Said as such: it was "Cannot create the lock file …: Read-only file system".
            throw new RefusedException("The folder of " + file + " is read-only, so its indexes cannot be rebuilt there: copy it somewhere "
                    + "writable and rebuild them in the copy; nothing was changed");
        }
        try {
            return com.funnelboard.store.IndexRepair.repair(file, now);
        } catch (com.funnelboard.store.StoreException e) {
            throw new RefusedException(e.getMessage().replaceFirst("\\.$", ""));
        }
    }
}
