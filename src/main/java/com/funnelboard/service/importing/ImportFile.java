package com.funnelboard.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every file an import is given gets before it is read (CSV or vCard): a regular file (not a
 * folder, a device or a pipe), not empty, at most 1 GB; its first bytes; and the encoding a
 * byte-order mark at its start names.
 */
final class ImportFile {

    private ImportFile() {}

    /** The file's size and first bytes. */
    record Head(long size, byte[] bytes) {}

    /**
     * Checks {@code file} and reads up to {@code sample} bytes of its start.
     *
     * @throws ImportRefusedException with the sentence saying why it is not read
     */
    static Head head(Path file, String name, int sample) {
        // A folder, a device or a pipe (which would be read for ever, as /dev/zero), or nothing at all.
        if (Files.isDirectory(file)) {
            throw new ImportRefusedException("Cannot import " + file + ": it is a folder, not a file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportRefusedException(Files.exists(file) ? "Cannot import " + file + ": it is a device or a pipe, not a file."
                    : "There is no file " + file + ".");
        }
        if (com.funnelboard.store.DatabaseFile.isOpenHere(file)) {
            // Read through Java, the database open here would lose SQLite's locks (see DatabaseFile.openedHere).
            throw new ImportRefusedException("Cannot import " + name + ": it is the database open here, not a file of contacts or deals.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportRefusedException("The file " + name + " is empty.");
            }
            if (size > CsvInput.MAX_BYTES) {
                throw new ImportRefusedException("The file " + name + " is larger than 1 GB (" + (size >> 20) + " MB); split it into smaller files.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new Head(size, in.readNBytes(sample));
            }
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage());
        }
    }

    /** The encoding a byte-order mark at the start of {@code head} names (UTF-8, UTF-16 either way round), or null. */
    static Charset marked(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The length of the byte-order mark of {@code charset}, as {@link #marked} found it. */
    static int markLength(Charset charset) {
        return charset == StandardCharsets.UTF_8 ? 3 : 2;
    }
}
