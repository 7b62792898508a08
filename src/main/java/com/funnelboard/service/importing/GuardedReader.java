package com.funnelboard.service.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

/** Refuses NUL characters and bytes the encoding cannot read, where they occur. */
final class GuardedReader extends FilterReader {
    private final String name;
    private final Charset charset;

    GuardedReader(Reader in, String name, Charset charset) {
        super(in);
        this.name = name;
        this.charset = charset;
    }

    private long lines;

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
            }
        }
        return n;
    }
}
