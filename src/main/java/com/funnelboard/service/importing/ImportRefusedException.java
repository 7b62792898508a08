package com.funnelboard.service.importing;

/**
 * A file an import refuses as a whole (empty, binary, in an unknown encoding, badly quoted, ragged,
 * too large), or an import refused because rows hold values that do not parse. The message is one
 * sentence naming the row and column where there is one; nothing was written.
 */
public final class ImportRefusedException extends RuntimeException {

    private final long row;
    private final String column;

    public ImportRefusedException(long row, String column, String message) {
        super(message);
        this.row = row;
        this.column = column;
    }

    public ImportRefusedException(String message) {
        this(0, null, message);
    }

    /**
     * The refusal of {@code file} when it is not a regular file: a folder, a device or a pipe
     * (which would be read for ever, as /dev/zero), or nothing at all. Null when it is a file.
     */
    static ImportRefusedException notAFile(java.nio.file.Path file) {
        if (java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        if (java.nio.file.Files.isDirectory(file)) {
            return new ImportRefusedException("Cannot import " + file + ": it is a folder, not a file.");
        }
        return new ImportRefusedException(java.nio.file.Files.exists(file) ? "Cannot import " + file + ": it is a device or a pipe, not a file."
                : "There is no file " + file + ".");
    }

    /** The file's row (the header is row 1), 0 for the file as a whole. */
    public long row() {
        return row;
    }

    /** The column's header, or null. */
    public String column() {
        return column;
    }
}
