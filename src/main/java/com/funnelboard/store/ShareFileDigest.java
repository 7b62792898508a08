package com.funnelboard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SHA-256 of a share file's bytes: a file merged whole before, byte for byte the same, has
 * nothing new and is answered without being copied or opened (see {@link ShareHistory#mergedBefore}).
 */
final class ShareFileDigest {

    private ShareFileDigest() {}

    /** The SHA-256 of a file's bytes, in hex, read where it is (nothing is opened as a database). */
    static String of(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A device, a pipe or a folder: refused before anything is read (/dev/zero would be read for ever).
            throw ShareFileChecks.refuse(file.getFileName() == null ? file.toString() : file.getFileName().toString(),
                    Files.isDirectory(file) ? "it is a folder, not a file" : "it is not a regular file (a device or a pipe)");
        }
        refuseOpenDatabase(file);
        try (var in = Files.newInputStream(file)) {
            java.security.MessageDigest md = sha256();
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, "There is no share file " + file + "; nothing was changed.", e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot read the share file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a database this process has open, before reading a byte of it: reading it through Java
     * would drop SQLite's locks on it (see {@link DatabaseFile#openedHere}).
     */
    static void refuseOpenDatabase(Path file) {
        if (DatabaseFile.isOpenHere(file)) {
            throw ShareFileChecks.refuse(file.getFileName() == null ? file.toString() : file.getFileName().toString(),
                    "it is the database open here, not a share file (File → Export share file… writes one)");
        }
    }

    static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
