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
            return Store.check(file);
        } catch (StoreException e) {
            throw new Workspace.UnavailableException(Workspace.UnavailableException.Reason.valueOf(e.kind().name()), e.getMessage(), e);
        }
    }
}
