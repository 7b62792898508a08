package com.funnelboard.service.importing;

import java.io.IOException;
import java.io.Reader;

/** A reader that shows each character it passes on to {@link #see}, which may stop the reading by throwing. */
abstract class WatchingReader extends java.io.FilterReader {

    WatchingReader(Reader in) {
        super(in);
    }

    /** Called with each character read, in order. */
    abstract void see(char c) throws IOException;

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }
}
