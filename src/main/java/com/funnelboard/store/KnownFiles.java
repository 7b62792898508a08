package com.funnelboard.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which database files this installation closed last, and as what (file identity, size, time of
 * change). A file that is not the one left here — new to this installation, copied in, or changed
 * by another program — gets SQLite's full integrity check on open; a known one only the schema
 * comparison, its SQLite checks running in the background once it is open.
 * Kept in a small local file (never shared); without one every open runs the full check.
 */
final class KnownFiles {

    private static final Logger LOG = LoggerFactory.getLogger(KnownFiles.class);
    private static final int MAX_ENTRIES = 50;

    private final Path registry;

    KnownFiles(Path registry) {
        this.registry = registry;
    }

    /** The folder of this installation's own files (where the record is kept), or null for a store opened without one. */
    Path folder() {
        return registry == null ? null : registry.toAbsolutePath().getParent();
    }

    /** True when {@code database} is exactly as this installation left it. */
    boolean knows(Path database) {
        if (registry == null) {
            return false;
        }
        String signature = signature(database);
        return signature != null && signature.equals(load().getProperty(database.toString()));
    }

    /** What this installation knows of a file that is not as it left it: why it is read whole. */
    enum Stranger { NEW, CHANGED, FOUND_DAMAGED }

    /** Why {@code database}, not {@link #knows known}, is read whole: never closed here, changed since, or found damaged last time. */
    Stranger stranger(Path database) {
        String recorded = registry == null ? null : load().getProperty(database.toString());
        return recorded == null ? Stranger.NEW : recorded.equals(DAMAGED) ? Stranger.FOUND_DAMAGED : Stranger.CHANGED;
    }

    /** What a file found damaged is recorded as: no signature is ever this, so its next open checks it whole. */
    private static final String DAMAGED = "damaged";

    /** Whether there is a record of known files at all (without one, every open runs the full check). */
    boolean knowsAny() {
        return registry != null;
    }

    /** Records {@code database} as it is now (after it was closed); false when it could not be recorded (said in the log). */
    boolean remember(Path database) {
        String signature = registry == null ? null : signature(database);
        return signature != null && save(database, signature);
    }

    /** Forgets {@code database} as it was: its next open runs the full check, and says it was found damaged. */
    void forget(Path database) {
        if (registry != null) {
            save(database, DAMAGED);
        }
    }

    private synchronized boolean save(Path database, String signature) {
        Properties p = load();
        if (signature == null) {
            if (p.remove(database.toString()) == null) {
                return true;
            }
        } else {
            if (p.size() >= MAX_ENTRIES && !p.containsKey(database.toString())) {
                p.clear(); // an old entry only costs one full check
            }
            p.setProperty(database.toString(), signature);
        }
        try {
            Files.createDirectories(registry.getParent());
            // A temporary file of its own: a command closing beside the window (two processes) wrote the same
            // name, and one of them then moved a file the other had already moved away.
            Path tmp = Files.createTempFile(registry.getParent(), registry.getFileName() + ".", ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    p.store(w, "Database files as Funnelboard last closed them (local to this installation)");
                }
                Files.move(tmp, registry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException e) {
            LOG.warn("Cannot record {} in {}: the next open runs the full integrity check", database, registry, e);
            return false;
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(registry)) {
            try (Reader r = Files.newBufferedReader(registry, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Cannot read {}: every database gets the full integrity check", registry, e);
                p.clear();
            }
        }
        return p;
    }

    private static String signature(Path database) {
        try {
            BasicFileAttributes a = Files.readAttributes(database, BasicFileAttributes.class);
            return a.fileKey() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return null;
        }
    }
}
