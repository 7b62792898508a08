package com.funnelboard.service.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;

/**
 * Leaves out, as a vCard file is read, the properties no contact keeps — photos, logos, sounds and keys, with
 * their folded lines — so that neither the limits on a property's length nor the memory of the vCard reader,
 * which holds a property whole, depend on how large a picture is: a phone's card with a 20 MB photo refused the
 * whole file. Each line left out is passed on as an empty line, so that the lines after it keep their numbers.
 *
 * <p>A property's lines go on after a line end with a space or a tab (folding), after a line that ends in
 * {@code =} (a quoted-printable soft break), and, in vCard 2.1's base64, on lines of base64 alone ended by an
 * empty line; those of a left-out property are left out with it.
 */
final class UnkeptVcardProperties extends Reader {

    /** The properties whose values no contact keeps, and which may be any size. */
    static final Set<String> UNKEPT = Set.of("PHOTO", "LOGO", "SOUND", "KEY");
    /** A property's name (with its group) is found within this many characters of its line's start. */
    private static final int HEAD = 80;
    private static final int PARAMETERS = 512;

    private final Reader in;
    private final char[] chunk = new char[1 << 16];
    private int chunkAt;
    private int chunkEnd;
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder out = new StringBuilder();
    private int outAt;
    /** At the start of a line, its first character not yet seen. */
    private boolean lineStart = true;
    /** The line being read is held in {@link #head} until its property's name is known. */
    private boolean inHead;
    /** The line being read is left out. */
    private boolean dropping;
    /** The property being read is left out (its later lines with it). */
    private boolean unkept;
    /** The property before this line was left out: 2.1's base64 lines may follow it. */
    private boolean afterUnkept;
    /** The line before ended in a quoted-printable soft break: this one goes on with it. */
    private boolean softBreak;
    /** The property being read says its value is quoted-printable. */
    private boolean quotedPrintable;
    /** The start of the property being read, up to its value, to tell whether it is quoted-printable. */
    private final StringBuilder parameters = new StringBuilder();
    private boolean valueBegun;
    private char last;
    /** The character before was a carriage return. */
    private boolean returned;
    private boolean ended;

    UnkeptVcardProperties(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (outAt == out.length()) {
            out.setLength(0);
            outAt = 0;
            if (ended) {
                return -1;
            }
            if (chunkAt == chunkEnd) {
                chunkEnd = in.read(chunk, 0, chunk.length);
                chunkAt = 0;
                if (chunkEnd < 0) {
                    chunkEnd = 0;
                    ended = true;
                    if (inHead) {
                        out.append(head); // the file's last line, without a line end
                        inHead = false;
                    }
                    continue;
                }
            }
            while (chunkAt < chunkEnd && out.length() < chunk.length) {
                see(chunk[chunkAt++]);
            }
        }
        int n = Math.min(length, out.length() - outAt);
        out.getChars(outAt, outAt + n, buffer, offset);
        outAt += n;
        return n;
    }

    private void see(char c) {
        if (lineStart) {
            lineStart = false;
            boolean folded = c == ' ' || c == '\t' || softBreak;
            if (folded) {
                dropping = unkept;
            } else {
                afterUnkept = unkept;
                unkept = false;
                dropping = false;
                quotedPrintable = false;
                valueBegun = false;
                inHead = true;
                head.setLength(0);
                parameters.setLength(0);
            }
        }
        if (c == '\n') {
            endLine(c);
            return;
        }
        returned = c == '\r';
        if (c != '\r') {
            last = c;
        }
        if (inHead) {
            head.append(c);
            if (c == ':' || c == ';' || head.length() > HEAD) {
                decide(false);
            }
        } else if (!dropping) {
            out.append(c);
        }
        if (!dropping && !valueBegun && parameters.length() < PARAMETERS) {
            parameters.append(c);
            if (c == ':') {
                valueBegun = true;
                quotedPrintable = parameters.toString().toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
            }
        }
    }

    private void endLine(char c) {
        if (inHead) {
            decide(true);
        }
        if (dropping && returned) {
            out.append('\r'); // the line left out keeps its line end as written
        }
        returned = false;
        out.append(c);
        softBreak = !dropping && quotedPrintable && last == '=';
        last = 0;
        lineStart = true;
    }

    /** Decides, from the start of a line held in {@link #head}, whether the line is passed on or left out. */
    private void decide(boolean wholeLine) {
        inHead = false;
        String start = head.toString();
        char end = start.isEmpty() ? 0 : start.charAt(start.length() - 1);
        if (end == ':' || end == ';') {
            String name = start.substring(0, start.length() - 1).strip();
            name = name.substring(name.lastIndexOf('.') + 1); // "item1.PHOTO" is a photo too
            unkept = UNKEPT.contains(name.toUpperCase(Locale.ROOT));
        } else if (afterUnkept && base64(start)) {
            // vCard 2.1 writes base64 on lines of its own, not folded, up to an empty line: they are the photo's.
            unkept = !(wholeLine && start.isBlank());
            dropping = true;
            return;
        }
        dropping = unkept;
        if (!dropping) {
            out.append(head);
        }
    }

    private static boolean base64(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
                    || c == '\r' || c == ' ' || c == '\t';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
