package com.funnelboard.domain;

import java.util.regex.Pattern;

/**
 * Text as Funnelboard keeps it. A name, a title or an organization is one line; notes may have
 * several. Control characters have no place in either: the window's text fields drop them when
 * they are typed or pasted, and these methods do the same for text that arrives from a file.
 */
public final class PlainText {

    /** A run of blanks around at least one line break, tab or other spacing control. */
    private static final Pattern BREAK_RUN = Pattern.compile("[\\p{Zs}\\t]*[\\t\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029][\\s\\p{Zs}\\u0085\\u2028\\u2029]*");
    /** A line break of any convention: CR LF, CR, vertical tab, form feed, NEL, or Unicode's line and paragraph separators. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u000B\\u000C\\u0085\\u2028\\u2029]");
    /** A control character that is neither a tab nor a line feed. */
    private static final Pattern OTHER_CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");
    /**
     * A character that reorders or hides the text around it: the bidirectional embeddings, overrides
     * and isolates (U+202A–U+202E, U+2066–U+2069: "Invoice ", U+202E, "fdp.exe" reads "Invoice exe.pdf"), a
     * zero-width space, a word joiner, the Mongolian vowel separator, the interlinear annotation marks and a byte-order mark (which a name kept from a file's first cell, so "Mid Bom"
     * no longer found it). A line holds none; the marks of left-to-right and right-to-left (U+200E,
     * U+200F) and the joiners stay, as right-to-left names and emoji need them.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\u180E\\uFEFF\\uFFF9-\\uFFFB\\u202A-\\u202E\\u2066-\\u2069]");

    private PlainText() {}

    /**
     * {@code text} on one line: each run of white space that holds a line break or a tab becomes
     * one space, any other control character is dropped, and the ends are trimmed. Text without
     * any (nearly all) is returned as it is; null stays null.
     */
    public static String oneLine(String text) {
        if (text == null || clean(text, false)) {
            return text;
        }
        return INVISIBLE.matcher(OTHER_CONTROL.matcher(BREAK_RUN.matcher(text).replaceAll(" ")).replaceAll("")).replaceAll("").strip();
    }

    /**
     * {@code text} as lines: every kind of line break becomes a line feed, tabs stay, and any other
     * control character is dropped. Null stays null.
     */
    public static String lines(String text) {
        if (text == null || clean(text, true)) {
            return text;
        }
        return OTHER_CONTROL.matcher(LINE_BREAK.matcher(text).replaceAll("\n")).replaceAll("");
    }

    /**
     * The first character of {@code text} that a line (or, with {@code multiline}, a text of
     * several lines) may not hold, or -1: a control character, and on one line a line break of any
     * kind, a tab or a character that reorders or hides text.
     */
    public static int firstControl(String text, boolean multiline) {
        return firstControl(text, multiline, !multiline);
    }

    /**
     * As {@link #firstControl(String, boolean)}, with the characters that reorder or hide text counted
     * only when {@code invisibles}: a teammate's text may hold them from before they were refused (a
     * right-to-left name pasted with its embeddings), and refusing them there would refuse every
     * share file of that teammate.
     */
    public static int firstControl(String text, boolean multiline, boolean invisibles) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (invisibles && invisible(c)) {
                return c;
            }
            if (control(c)) {
                boolean allowed = multiline && (c == '\t' || c == '\n' || c == '\r');
                if (!allowed) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** How many characters {@code text} has as a reader counts them: an emoji or a CJK extension character is one, not two. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether {@code text} is already as {@link #oneLine} or {@link #lines} would leave it. */
    private static boolean clean(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!multiline && invisible(c)) {
                return false;
            }
            if (control(c)) {
                if (!(multiline && (c == '\t' || c == '\n'))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code text} has a character one can see: a letter, digit, punctuation mark or symbol. Spaces of any
     * width, zero-width and joining characters, direction marks and the blank letters (the Hangul filler, the blank
     * Braille pattern) alone are no text: a reason made of a zero-width or no-break space overrode a checklist, and
     * History said "Override:" and nothing.
     */
    public static boolean hasVisible(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> !BLANK_LETTERS.contains(c);
            default -> false;
        });
    }

    /** Letters and symbols drawn as nothing: the Hangul fillers and the blank Braille pattern. */
    private static final java.util.Set<Integer> BLANK_LETTERS = java.util.Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

    /**
     * {@code text} kept to itself where it is put beside other words: one holding characters that reorder text (an override
     * left open, U+202E) is wrapped in a directional isolate (U+2068 … U+2069), which ends whatever it opened there — a
     * teammate's name "Carol\u202E" turned the date after it backwards in the conflicts view. Any other text as it is.
     */
    public static String isolated(String text) {
        if (text == null || text.chars().noneMatch(c -> c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069')) {
            return text;
        }
        return "\u2068" + text + "\u2069";
    }

    /** A character that reorders or hides the text of a line (see {@link #INVISIBLE}). */
    public static boolean invisible(int c) {
        return c == '\u200B' || c == '\u2060' || c == '\u180E' || c == '\uFEFF' || c >= '\uFFF9' && c <= '\uFFFB'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** A C0 or C1 control character, or Unicode's line or paragraph separator. */
    private static boolean control(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
    }
}
