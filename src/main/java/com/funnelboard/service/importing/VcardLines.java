package com.funnelboard.service.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * A vCard file's text passed on line by line, each line (with its line end) as {@link #rewrite}
 * gives it back: the base of the readers that mend what other programs write before the vCard
 * reader sees it ({@link QuotedPrintableLines}, {@link LiteralBackslashes}).
 */
abstract class VcardLines extends Reader {

    private final Reader in;
    private final StringBuilder line = new StringBuilder();
    private String out = "";
    private int at;
    private boolean ended;

    VcardLines(Reader in) {
        this.in = in instanceof java.io.BufferedReader ? in : new java.io.BufferedReader(in, 1 << 16);
    }

    /** The line (with its line end, if it had one) as the vCard reader is to see it. */
    abstract String rewrite(String text);

    @Override
    public final int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (at == out.length()) {
            if (ended) {
                return -1;
            }
            out = next();
            at = 0;
        }
        int n = Math.min(length, out.length() - at);
        out.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
    }

    /** The next line with its line end, rewritten; empty at the end of the file. */
    private String next() throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) >= 0) {
            line.append((char) c);
            if (c == '\n') {
                break;
            }
        }
        if (c < 0) {
            ended = true;
        }
        return line.isEmpty() ? "" : rewrite(line.toString());
    }

    /** Where a property's name and parameters end (its first colon outside double quotes), or -1 for a line without one. */
    static int nameEnd(String body) {
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
