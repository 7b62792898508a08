package com.funnelboard.cli;

import com.funnelboard.service.BackupService;
import com.funnelboard.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the commands say of a database's backups when the database cannot serve: damaged, no longer
 * an SQLite file, emptied or gone. A path this installation keeps backups of held one of its
 * databases, so what is there now (or missing) is that database in trouble, and its newest good
 * backup is named with the command that puts it back.
 */
final class BackupHints {

    private static final Logger LOG = LoggerFactory.getLogger(BackupHints.class);

    private BackupHints() {}

    /** Whether this installation keeps backups of the database's file (it was one of ours). */
    static boolean any(BackupService.Shelf shelf) {
        try {
            return !shelf.list().isEmpty();
        } catch (RuntimeException e) {
            LOG.warn("The backups in {} could not be listed", shelf.folder(), e);
            return false;
        }
    }

    /** Why a database this installation backed up cannot be used, gone or emptied: no empty one is made in its place. */
    static String gone(Path file, BackupService.Shelf shelf, String newestGood) {
        return (Files.isRegularFile(file) ? file + " is empty: it holds no database" : "There is no database at " + file + " any more")
                + ", and nothing was created." + newestGood + " To start a new, empty database there instead, move its backups ("
                + shelf.folder() + ") aside.";
    }

    /**
     * Why a file that is not a Funnelboard database cannot be opened, where one of ours was: damaged
     * at its beginning when it is not SQLite at all ("not a Funnelboard database" could have a user
     * delete their own file), else as the store said it.
     */
    static String notSqlite(Path file, String said) {
        return Workspace.beginsAsSqlite(file) ? said
                : file + " is damaged: it is no longer an SQLite file (its beginning was overwritten or cut); nothing was changed.";
    }

    /** " The newest good backup is … (funnelboard backup restore ID).", or "" when there is none. */
    static String newestGood(BackupService.Shelf shelf, Session s, Path db, Path database) {
        try {
            return shelf.newestGood().map(g -> " The newest good backup is " + g.backup().id() + ", taken " + s.time(g.backup().at()) + " ("
                    + g.preview().deals() + (g.preview().deals() == 1 ? " deal, " : " deals, ") + g.preview().contacts()
                    + (g.preview().contacts() == 1 ? " contact" : " contacts") + "): funnelboard backup restore " + g.backup().id()
                    + (db == null ? "" : " --db " + db) + " puts it in place"
                    + (Files.isRegularFile(database) ? " and keeps the damaged file beside it." : ".")).orElse("");
        } catch (RuntimeException e) {
            LOG.warn("The backups of {} could not be looked at", database, e);
            return "";
        }
    }
}
