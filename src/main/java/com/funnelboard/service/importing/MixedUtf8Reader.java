package com.funnelboard.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads UTF-8, and reads a byte that is not part of a UTF-8 character as Windows-1252 instead of
 * refusing the file: files pasted together from two programs (a UTF-8 export with rows added by an
 * older Excel) mix the two, and the byte of "é" that UTF-8 cannot read is "é" in Windows-1252. The
 * lines where that happened are counted and the first few remembered, for the import to say so.
 * A byte that Windows-1252 leaves undefined becomes U+FFFD, which {@link GuardedReader} refuses.
 */
final class MixedUtf8Reader extends Reader {

    /** Windows-1252's characters for the bytes 0x80 to 0x9F (U+FFFD where it defines none). */
    private static final char[] CP1252_HIGH = ("\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD"
            + "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178").toCharArray();

    /** Lines remembered by number; the rest are only counted. */
    static final int LINES_KEPT = 5;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private int pendingLow = -1;

    private long line = 1;
    private long lastFallbackLine;
    private long fallbackLines;
    private final List<Long> firstFallbackLines = new ArrayList<>();

    MixedUtf8Reader(InputStream in) {
        this.in = in;
    }

    /** How many lines held bytes read as Windows-1252 so far. */
    long fallbackLines() {
        return fallbackLines;
    }

    /** The first {@value #LINES_KEPT} of those lines (1 is the file's first line). */
    List<Long> firstFallbackLines() {
        return List.copyOf(firstFallbackLines);
    }

    /** Makes at least {@code n} bytes available unless the stream ends first; returns how many are. */
    private int fill(int n) throws IOException {
        if (end - pos >= n || eof) {
            return end - pos;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        while (end - pos < n && !eof) {
            int r = in.read(buf, end, buf.length - end);
            if (r < 0) {
                eof = true;
            } else {
                end += r;
            }
        }
        return end - pos;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int out = off;
        int limit = off + len;
        if (pendingLow >= 0) {
            cbuf[out++] = (char) pendingLow;
            pendingLow = -1;
        }
        while (out < limit) {
            if (pos >= end && fill(1) == 0) {
                break;
            }
            int b = buf[pos] & 0xFF;
            if (b < 0x80) {
                pos++;
                cbuf[out++] = (char) b;
                if (b == '\n') {
                    line++;
                }
                continue;
            }
            int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            int have = fill(need);
            int cp = decode(b, Math.min(need, have));
            if (cp < 0) {
                pos++;
                cbuf[out++] = b < 0xA0 ? CP1252_HIGH[b - 0x80] : (char) b;
                if (lastFallbackLine != line) {
                    lastFallbackLine = line;
                    fallbackLines++;
                    if (firstFallbackLines.size() < LINES_KEPT) {
                        firstFallbackLines.add(line);
                    }
                }
                continue;
            }
            pos += need;
            if (cp >= 0x10000) {
                cbuf[out++] = Character.highSurrogate(cp);
                if (out < limit) {
                    cbuf[out++] = Character.lowSurrogate(cp);
                } else {
                    pendingLow = Character.lowSurrogate(cp);
                }
            } else {
                cbuf[out++] = (char) cp;
            }
        }
        return out == off ? -1 : out - off;
    }

    /** The code point of the UTF-8 sequence at {@code pos} starting with {@code b}, or -1 when it is not one. */
    private int decode(int b, int have) {
        if (b < 0xC2 || b > 0xF4) {
            return -1;
        }
        int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        if (have < need) {
            return -1;
        }
        int b1 = buf[pos + 1] & 0xFF;
        int lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
        int hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
        if (b1 < lo || b1 > hi) {
            return -1;
        }
        if (need == 2) {
            return (b & 0x1F) << 6 | b1 & 0x3F;
        }
        int b2 = buf[pos + 2] & 0xFF;
        if ((b2 & 0xC0) != 0x80) {
            return -1;
        }
        if (need == 3) {
            return (b & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
        }
        int b3 = buf[pos + 3] & 0xFF;
        if ((b3 & 0xC0) != 0x80) {
            return -1;
        }
        return (b & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
    }

    /**
     * Whether a file's first bytes, which are not all UTF-8, are UTF-8 with some Windows-1252 rather
     * than Windows-1252: they hold UTF-8 characters of two bytes or more, at least a quarter as many
     * as the bytes UTF-8 cannot read. (In Windows-1252 text such pairs are rare letter pairs, "Ã©".)
     */
    static boolean mostlyUtf8(byte[] head) {
        int sequences = 0;
        int strays = 0;
        MixedUtf8Reader probe = new MixedUtf8Reader(InputStream.nullInputStream());
        System.arraycopy(head, 0, probe.buf, 0, Math.min(head.length, probe.buf.length));
        probe.end = Math.min(head.length, probe.buf.length);
        probe.eof = true;
        while (probe.pos < probe.end) {
            int b = probe.buf[probe.pos] & 0xFF;
            if (b < 0x80) {
                probe.pos++;
                continue;
            }
            int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            int have = probe.end - probe.pos;
            if (have < need) {
                break; // cut at the end of the sample
            }
            if (probe.decode(b, need) < 0) {
                strays++;
                probe.pos++;
            } else {
                sequences++;
                probe.pos += need;
            }
        }
        return sequences > 0 && sequences * 4 >= strays;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
