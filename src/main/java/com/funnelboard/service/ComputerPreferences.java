package com.funnelboard.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * The settings that belong to this computer rather than to a database — the text size, the theme, who last said who they are —
 * kept in {@value #FILE} in the app-data folder (never shared). Without the folder (a store opened without one: tests) there
 * is nothing to read and nothing is kept.
 */
final class ComputerPreferences {

    static final String FILE = "preferences.properties";

    private final Path folder;

    ComputerPreferences(Path folder) {
        this.folder = folder;
    }

    /** The setting, if this computer has one (a file that does not read is logged and taken as none). */
    Optional<String> get(String key) {
        if (folder == null || !Files.isRegularFile(folder.resolve(FILE))) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read(folder.resolve(FILE)).getProperty(key));
        } catch (IOException | IllegalArgumentException e) {
            LoggerFactory.getLogger(ComputerPreferences.class).warn("{} could not be read; the database's own setting is used", folder.resolve(FILE), e);
            return Optional.empty();
        }
    }

    /** Keeps the settings given, the file replaced whole (written beside it, then moved in place). */
    void set(java.util.Map<String, String> values) {
        if (folder == null) {
            return;
        }
        Path file = folder.resolve(FILE);
        try {
            Properties p;
            try {
                p = Files.isRegularFile(file) ? read(file) : new Properties();
            } catch (IllegalArgumentException e) {
                p = new Properties(); // not a properties file any more: written again with these settings
            }
            values.forEach(p::setProperty);
            java.io.StringWriter text = new java.io.StringWriter();
            p.store(text, "Funnelboard's settings of this computer");
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".preferences-", ".tmp");
            try {
                Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The settings of this computer could not be saved in " + file + ": " + e.getMessage(), e);
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
