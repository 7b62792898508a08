package com.funnelboard.service;

import com.funnelboard.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Rules every export's output file obeys. */
final class OutputFiles {

    private OutputFiles() {}

    /**
     * Refuses an output file that is the open database, its journal files or its lock — whatever
     * path names it (a link, "..", another spelling) — so an export can never overwrite the data.
     *
     * @throws InvalidInputException naming the file
     */
    static void refuseDatabase(Store store, Path target) {
        refuseDatabase(store, target, false);
    }

    /**
     * Refuses to write over the open database, and over any other database: an export replaces its
     * file whole, and {@code share export bo.db} turned Bo's database into a share file without a word.
     *
     * @param shareFile whether {@code target} may be a share file written before (a share export writes its file again)
     */
    static void refuseDatabase(Store store, Path target, boolean shareFile) {
        if (store.isOwnFile(target)) {
            throw new InvalidInputException("file", target + " is the open database (or one of its own files); choose another file name");
        }
        com.funnelboard.store.DatabaseFile.Kind kind = com.funnelboard.store.DatabaseFile.kindOf(target);
        if (kind == com.funnelboard.store.DatabaseFile.Kind.FUNNELBOARD_DATABASE || kind == com.funnelboard.store.DatabaseFile.Kind.OTHER_SQLITE
                || kind == com.funnelboard.store.DatabaseFile.Kind.SHARE_FILE && !shareFile) {
            throw new InvalidInputException("file", target + " is " + switch (kind) {
                case FUNNELBOARD_DATABASE -> "a Funnelboard database";
                case SHARE_FILE -> "a share file";
                default -> "a database";
            } + ", which the export would replace; choose another file name. Nothing was written");
        }
    }

    /** A mistyped folder is said, not made: as a --db in a folder that does not exist is. */
    static void refuseMissingFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InvalidInputException("file", (Files.exists(folder) ? folder + " is a file, not a folder"
                    : "The folder " + folder + " does not exist") + "; create it first, or name a file in a folder that does. Nothing was written");
        }
    }

    /**
     * Checks, before the work whose output it is, that {@code file} could be written: not the open
     * database nor another one, not a folder, in a folder that exists and takes a new file (one
     * is made and removed beside it). An import's problem report named in such a place was only
     * found unwritable after the import had been saved, and the command said it had failed.
     *
     * @throws InvalidInputException saying why, in a sentence
     */
    static void checkWritable(Store store, Path file, String suffix) {
        refuseDatabase(store, file);
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new InvalidInputException("file", target + " is a folder, not a file: name the file to write in it, such as "
                    + target.resolve("problems" + suffix));
        }
        refuseMissingFolder(target);
        try {
            Files.delete(com.funnelboard.store.FilesBeside.temporary(target, ".funnelboard-", suffix + ".tmp"));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "Cannot write " + target + " (" + e.getMessage() + "); choose a file in a folder you can write to");
        }
    }

    /** What writes an export's text. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes {@code file} whole or not at all: UTF-8 into a temporary file beside it, then moved
     * over it (atomically where the file system can).
     *
     * @throws UncheckedIOException saying which file could not be written and why
     */
    static void replaceWhole(Path file, String suffix, Content content) {
        replace(file, suffix, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
        });
    }

    /** What writes an export's bytes (an image). */
    @FunctionalInterface
    interface Bytes {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** As {@link #replaceWhole}, for bytes. */
    static void replaceWholeBytes(Path file, String suffix, Bytes content) {
        replace(file, suffix, tmp -> {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
        });
    }

    private interface TempWriter {
        void write(Path tmp) throws IOException;
    }

    private static void replace(Path file, String suffix, TempWriter writer) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new InvalidInputException("file", target + " is a folder, not a file: name the file to write in it, such as "
                    + target.resolve("export" + suffix));
        }
        refuseMissingFolder(target);
        // What a killed export left beside it (a part of a contacts list, in a synced folder too) goes once it is an hour old.
        com.funnelboard.store.FilesBeside.removeStale(target.getParent(), ".funnelboard-*.tmp");
        Path tmp = null;
        try {
            tmp = com.funnelboard.store.FilesBeside.temporary(target, ".funnelboard-", suffix + ".tmp");
            writer.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(OutputFiles.class).warn("The temporary file {} could not be removed", tmp, e);
                }
            }
        }
    }
}
