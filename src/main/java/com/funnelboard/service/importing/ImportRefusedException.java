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

    /** The file's row (the header is row 1), 0 for the file as a whole. */
    public long row() {
        return row;
    }

    /** The column's header, or null. */
    public String column() {
        return column;
    }
}
