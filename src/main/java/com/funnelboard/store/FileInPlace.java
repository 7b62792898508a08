package com.funnelboard.store;

import java.nio.file.Path;

/**
 * The database file open here, as it was when opened: another program may move, delete or replace it while the window has
 * it open (a file manager, a sync tool renaming its copy over it, a USB stick pulled). A write then went to the file no
 * longer at its path — an unlinked one, lost at close — while the form said "All changes saved", and a connection opened
 * later made an empty file in its place. Looked at before each use of a connection (a stat) and by the window's watcher.
 */
final class FileInPlace {

    private final Path file;
    /** The file's identity when it was opened (see {@link DatabaseFile#identity}). */
    private final Object identity;

    FileInPlace(Path file) {
        this.file = file;
        this.identity = DatabaseFile.identity(file);
    }

    /** @throws StoreException of kind GONE once the file at the path is not the one opened */
    void require() {
        if (!DatabaseFile.stillThere(file, identity)) {
            throw DatabaseFile.gone(file);
        }
    }
}
