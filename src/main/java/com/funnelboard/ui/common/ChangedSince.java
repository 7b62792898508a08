package com.funnelboard.ui.common;

import java.util.List;

/** What a form says of typing kept before a kill and not saved, its fields changed elsewhere since (a teammate's, a command's). */
public final class ChangedSince {

    private ChangedSince() {}

    /**
     * "Not saved, changed elsewhere since you typed in it before Funnelboard closed: title (you typed “…”; it is now “…”)."
     *
     * @param fields each field left out, with what was typed and what it is now
     */
    public static String sentence(List<String> fields) {
        return "Not saved, changed elsewhere since you typed in it before Funnelboard closed: " + String.join("; ", fields) + ".";
    }

    /** One field of {@link #sentence}: "phone numbers (you typed “+49 30 2767111”; it is now “+49 30 2767100”)". */
    public static String field(String words, String typed, String now) {
        return words + " (you typed \u201C" + shortened(typed) + "\u201D; it is now \u201C" + shortened(now) + "\u201D)";
    }

    /** A text quoted in a form's status: at most 60 characters of it. */
    private static String shortened(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 60 ? t : t.substring(0, 59) + "\u2026";
    }
}
