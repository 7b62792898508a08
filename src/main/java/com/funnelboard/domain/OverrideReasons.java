package com.funnelboard.domain;

/**
 * What an override's reason must be: words a teammate reading the deal's history later can learn from why its
 * checklist was passed by. A mark ("x", ".", "ok") is no reason: at least {@link #LEAST} letters or digits, in any
 * script (three Chinese characters are a sentence, "CEO" is a reason).
 */
public final class OverrideReasons {

    /** The fewest letters or digits a reason has. */
    public static final int LEAST = 3;

    private OverrideReasons() {}

    /** Whether {@code reason} is one (null or blank is not). */
    public static boolean enough(String reason) {
        return reason != null && reason.codePoints().filter(Character::isLetterOrDigit).limit(LEAST).count() >= LEAST;
    }

    /** The sentence that refuses {@code reason} as too short to be one. */
    public static String tooShort(String reason) {
        return "An override's reason says why, in words a teammate can read later: \u201C" + Printable.escape(reason.strip())
                + "\u201D is too short (at least " + LEAST + " letters).";
    }
}
