package com.funnelboard.service.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vCard file's text with the letters of its quoted-printable values that are not ASCII written as
 * the =XX bytes quoted-printable is made of. Phones and mail programs often mark a value
 * {@code ENCODING=QUOTED-PRINTABLE} and then write it plainly in UTF-8 ({@code FN;CHARSET=UTF-8;
 * ENCODING=QUOTED-PRINTABLE:Zeus Carreño}); quoted-printable has only ASCII, and the vCard reader
 * turned each such letter into "?" without a word. Written as bytes of the charset the value names
 * (or the file's own), they decode to what was written. Everything else passes as it is, line ends
 * included.
 */
final class QuotedPrintableLines extends Reader {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*CHARSET\\s*=\\s*\"?([^;:\"]+)");

    private final Reader in;
    private final Charset fallback;
    private final StringBuilder line = new StringBuilder();
    private String out = "";
    private int at;
    /** The encoder of the quoted-printable value the last line left open with a soft line break ("=" at its end); null when none. */
    private CharsetEncoder continued;
    private boolean ended;

    QuotedPrintableLines(Reader in, Charset fallback) {
        this.in = in instanceof java.io.BufferedReader ? in : new java.io.BufferedReader(in, 1 << 16);
        this.fallback = fallback;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
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

    /** The next line with its line end, as the reader is to see it; empty at the end of the file. */
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

    private String rewrite(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        String body = text.substring(0, end);
        CharsetEncoder encoder = continued;
        int valueStart = 0;
        if (encoder == null) {
            int colon = nameEnd(body);
            if (colon < 0 || !body.substring(0, colon).toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE")) {
                return text;
            }
            encoder = encoder(body.substring(0, colon));
            valueStart = colon + 1;
        }
        continued = body.stripTrailing().endsWith("=") ? encoder : null;
        if (body.chars().allMatch(ch -> ch < 0x80)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(body, 0, valueStart);
        for (int i = valueStart; i < body.length(); ) {
            int cp = body.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp < 0x80) {
                b.append((char) cp);
            } else {
                String letter = body.substring(i, i + width);
                java.nio.ByteBuffer bytes;
                try {
                    bytes = encoder.canEncode(letter) ? encoder.encode(java.nio.CharBuffer.wrap(letter)) : null;
                } catch (java.nio.charset.CharacterCodingException e) {
                    bytes = null;
                }
                if (bytes == null) {
                    b.append(letter); // the value's charset has no such letter: left for the reader, as before
                } else {
                    while (bytes.hasRemaining()) {
                        b.append(String.format(Locale.ROOT, "=%02X", bytes.get() & 0xFF));
                    }
                }
            }
            i += width;
        }
        return b.append(text, end, text.length()).toString();
    }

    /** Where a property's name and parameters end (its first colon outside double quotes), or -1 for a line without one. */
    private static int nameEnd(String body) {
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

    /** The encoder of the charset a property's parameters name, or of the file's when they name none it knows. */
    private CharsetEncoder encoder(String parameters) {
        Matcher m = CHARSET.matcher(parameters);
        Charset charset = fallback;
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1).strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                charset = fallback;
            }
        }
        return charset.newEncoder();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
