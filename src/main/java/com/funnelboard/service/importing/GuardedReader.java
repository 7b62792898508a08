package com.funnelboard.service.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

/**
 * Refuses NUL characters and bytes the encoding cannot read, where they occur, and a line holding
 * more separators than any file of columns has ({@link #MAX_SEPARATORS}): one line of 25 million
 * commas was read into as many values before its width was refused, 1.5 GB of memory.
 */
final class GuardedReader extends FilterReader {
    private final String name;
    private final Charset charset;

    GuardedReader(Reader in, String name, Charset charset) {
        super(in);
        this.name = name;
        this.charset = charset;
    }

    private long lines;
    /** The separator counted on each line (0: none), and how many the line read so far holds. */
    private char separator;
    private int separators;

    /** The most separators one line may hold: ten for each column an import reads at most, the rest room for the cells' own. */
    static final int MAX_SEPARATORS = 10 * CsvInput.MAX_COLUMNS;

    /** Counts {@code delimiter} on each line from here on, refusing a line of more than {@link #MAX_SEPARATORS}. */
    GuardedReader separatedBy(char delimiter) {
        this.separator = delimiter;
        return this;
    }

    /** The reader this one guards. */
    Reader source() {
        return in;
    }

    static final class Refused extends IOException {
        final long line;

        Refused(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(cbuf, off, len);
        } catch (CharacterCodingException e) {
            throw new Refused(lines + 1, "bytes that are not " + charset.displayName()
                    + " text (a wrong encoding); save the file as UTF-8");
        }
        for (int i = off; i < off + n; i++) {
            char c = cbuf[i];
            if (c == 0) {
                throw new Refused(lines + 1, "a NUL character: " + name + " is not a text file");
            }
            if (c == '\uFFFD') {
                throw new Refused(lines + 1, "bytes that are not " + charset.displayName()
                        + " text (a wrong encoding); save the file as UTF-8");
            }
            if (c == '\n') {
                lines++;
                separators = 0;
            } else if (c == separator && separator != 0 && ++separators > MAX_SEPARATORS) {
                throw new Refused(lines + 1, String.format(java.util.Locale.ROOT, "more than %,d separators on one line (an import reads at "
                        + "most %,d columns)", MAX_SEPARATORS, CsvInput.MAX_COLUMNS));
            }
        }
        return n;
    }
}
