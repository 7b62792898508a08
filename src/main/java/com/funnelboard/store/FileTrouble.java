package com.funnelboard.store;

import java.nio.file.Path;
import org.sqlite.SQLiteException;

/** Why a file or folder could not be used, in the few words a user acts on. */
public final class FileTrouble {

    private FileTrouble() {}

    /**
     * Why a file could not be written into (or read from) {@code folder}, in a few words a user can act on: "the disk is full", "the folder
     * is read-only", "the folder is not there" (a USB stick pulled out), "permission denied"; else the system's words. The
     * reason came last, after the file's whole path, and a status bar cut it off.
     */
    public static String why(Exception e, Path folder) {
        String said = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        Throwable t = e;
        while (t != null && !(t instanceof SQLiteException)) {
            t = t.getCause();
        }
        String code = t instanceof SQLiteException sqlite && sqlite.getResultCode() != null ? sqlite.getResultCode().name() : "";
        if (said.contains("No space left") || code.startsWith("SQLITE_FULL") || (folder != null && StoreErrors.diskFull(folder.resolve("x")))) {
            return "the disk is full";
        }
        if (said.contains("Read-only file system") || code.startsWith("SQLITE_READONLY")) {
            return "the folder is read-only";
        }
        if (e instanceof java.nio.file.NoSuchFileException || (folder != null && !java.nio.file.Files.isDirectory(folder))) {
            return "the folder is not there (a drive or USB stick taken out?)";
        }
        if (e instanceof java.nio.file.AccessDeniedException || said.contains("Permission denied")) {
            return "permission denied";
        }
        return com.funnelboard.domain.Printable.escape(said);
    }
}
