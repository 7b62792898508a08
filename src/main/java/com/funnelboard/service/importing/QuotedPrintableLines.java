package com.funnelboard.service.importing;

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
final class QuotedPrintableLines extends VcardLines {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*CHARSET\\s*=\\s*\"?([^;:\"]+)");

    private final Charset fallback;
    /** The encoder of the quoted-printable value the last line left open with a soft line break ("=" at its end); null when none. */
    private CharsetEncoder continued;

    QuotedPrintableLines(Reader in, Charset fallback) {
        super(in);
        this.fallback = fallback;
    }

    @Override
    String rewrite(String text) {
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
}
