package com.funnelboard.domain;

/**
 * Text from a database or a file made printable on a terminal or in a one-line message: control
 * characters (C0, DEL, C1) and the invisible bidirectional overrides are shown escaped, as JSON
 * would write them, so stored text can neither move the cursor, rewrite the screen, set the
 * clipboard (OSC 52), fake a table row with a line break, nor reorder what is shown.
 */
public final class Printable {

    private Printable() {}

    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !needsEscape(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!needsEscape(ch)) {
                b.append(ch);
                continue;
            }
            switch (ch) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\u001b' -> b.append("\\e");
                default -> b.append(String.format("\\u%04x", (int) ch));
            }
        }
        return b.toString();
    }

    /** C0 controls, DEL, C1 controls, and the bidirectional embedding, override and isolate marks. */
    static boolean needsEscape(char ch) {
        return ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || (ch >= '\u202a' && ch <= '\u202e') || (ch >= '\u2066' && ch <= '\u2069');
    }

    /** Removes what {@link #escape} would escape (for formats that cannot carry it, such as iCalendar). */
    public static String strip(String s, boolean keepLineBreaks) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!needsEscape(ch) || (keepLineBreaks && ch == '\n')) {
                b.append(ch);
            } else if (ch == '\t') {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** {@code word} after "a" or "an" as it is said: "a call", "an email", "a meeting". */
    public static String article(String word) {
        return (!word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
