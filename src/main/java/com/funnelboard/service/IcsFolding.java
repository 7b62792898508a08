package com.funnelboard.service;

/**
 * Folds iCalendar content lines as RFC 5545 §3.1 asks: no physical line longer than
 * {@value #MAX_OCTETS} octets of UTF-8 (the line break not counted), a long line continued after
 * CRLF and one space. A fold only ever falls between two code points, so neither a UTF-8 sequence
 * nor a surrogate pair is split, and unfolding (removing every CRLF followed by one space) gives
 * back exactly the lines that went in.
 *
 * <p>ical4j's own {@code FoldingWriter} counts UTF-16 chars instead: lines of non-ASCII text grow
 * past 75 octets, and an emoji at the fold position is cut between its two surrogates, which a
 * UTF-8 writer refuses ("MalformedInputException: Input length = 1").
 */
final class IcsFolding {

    /** The longest physical line in octets, CRLF excluded. */
    static final int MAX_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final String FOLD = "\r\n ";

    private IcsFolding() {}

    /**
     * Folds unfolded iCalendar text: content lines each ended by CRLF (a last line without one is
     * folded and left without it).
     *
     * @throws IllegalArgumentException when the text has a CR or LF that is not part of a CRLF, a
     *     surrogate without its pair, or a line starting with a space or tab (which a reader would take
     *     for the continuation of the line before): none can be written as an iCalendar content line
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 24 + 16);
        int octets = 0;
        int i = 0;
        while (i < unfolded.length()) {
            int cp = unfolded.codePointAt(i);
            if (octets == 0 && (cp == ' ' || cp == '\t')) {
                throw new IllegalArgumentException("A content line starts with whitespace at index " + i);
            }
            if (cp == '\r' && unfolded.startsWith(CRLF, i)) {
                out.append(CRLF);
                octets = 0;
                i += CRLF.length();
                continue;
            }
            if (cp == '\r' || cp == '\n') {
                throw new IllegalArgumentException("A bare " + (cp == '\r' ? "CR" : "LF") + " at index " + i
                        + " inside an iCalendar content line");
            }
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) { // codePointAt found no pair
                throw new IllegalArgumentException("An unpaired surrogate at index " + i + " cannot be written as UTF-8");
            }
            int n = utf8Length(cp);
            if (octets + n > MAX_OCTETS) {
                out.append(FOLD);
                octets = 1; // the continuation's leading space
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** How many octets UTF-8 takes for the code point (1 to 4). */
    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
