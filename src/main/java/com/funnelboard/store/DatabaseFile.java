package com.funnelboard.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Where the database lives, and creating it privately (folder 0700, file 0600). */
public final class DatabaseFile {

    static final String FILE_NAME = "pipeline.db";
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

    /** Creates the folder (0700) and an empty file (0600) where they do not exist yet. */
    static void ensureExists(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            if (!Files.exists(file)) {
                if (posix) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a non-empty file that is not SQLite before the driver touches it. */
    static void checkHeader(Path file) {
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
