package com.funnelboard.cli;

import com.funnelboard.service.Workspace;
import java.nio.file.Path;

/** A {@code --db} path that names no database yet: which commands may start one there, and what the others say. */
public final class MissingDatabase {

    private MissingDatabase() {}

    /** The commands that may start a new database at a {@code --db} path where there is none yet. */
    static final java.util.Set<String> CREATING = java.util.Set.of("demo", "deals add", "contacts add", "orgs add", "import csv",
            "import vcard", "share merge", "share sync", "share folder", "whoami", "settings set", "checklists add", "checklists edit",
            "checklists remove", "checklists move");

    /**
     * Why a {@code --db} path cannot be used by {@code command}, or null: a mistyped path must not
     * quietly become a new, empty database. Its folder must exist, and a file that is not there yet
     * (or empty) is started only by the commands that add data.
     */
    static String why(Path file, String command) {
        String noFolder = noFolder(file);
        if (noFolder != null) {
            return noFolder;
        }
        if (Workspace.notStarted(file) && !CREATING.contains(command)) {
            // An empty file is there, as `check` says it: not "no database at" a path the user can see a file at.
            String what = java.nio.file.Files.isRegularFile(file) ? file + " is empty: it holds no database (nothing was changed)"
                    : "There is no database at " + file + " (nothing was created)";
            return what + ". Check the path; 'funnelboard --db " + file
                    + " demo' fills a new one with a sample, and 'deals add', 'contacts add', 'import csv' or 'share merge' start one.";
        }
        return null;
    }

    /**
     * Why a database cannot be started at {@code file}, or null: its folder does not exist (a mistyped path, for a command and for
     * the window alike; only the default database's folder is made).
     */
    public static String noFolder(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            return "There is no folder " + folder + " for the database " + file.getFileName() + "; nothing was created.";
        }
        return null;
    }
}
