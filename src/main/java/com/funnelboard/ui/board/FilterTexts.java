package com.funnelboard.ui.board;

import com.funnelboard.domain.BoardLens;
import java.util.Locale;

/** How the filter bar's fields and the board's lens read each other: amounts in the user's way, words as typed, the count of More filters. */
final class FilterTexts {

    private FilterTexts() {}

    /** A value bound as typed in the user's way ("50,000"), as digits; refused in the words of its field's label. */
    static String whole(String typed, String label, Locale locale) {
        try {
            Long n = com.funnelboard.domain.Money.wholeUnits(typed, locale);
            return n == null ? null : n.toString();
        } catch (IllegalArgumentException e) {
            // "Value from: not a whole amount …", not the command line's "The filter min-value cannot be …", cut at 1366 px.
            throw new IllegalArgumentException(label + ": " + e.getMessage());
        }
    }

    /** How many of More filters a lens applies. */
    static long moreCount(BoardLens lens) {
        return lens == null ? 0 : java.util.stream.Stream.of(lens.industry(), lens.companySize(), lens.persona(), lens.channel(), lens.tag(),
                lens.minValue(), lens.maxValue(), lens.noContact() ? Boolean.TRUE : null, lens.overridden() ? Boolean.TRUE : null, lens.closePassed() ? Boolean.TRUE : null, lens.idleDays())
                .filter(v -> v != null && !(v instanceof String t && t.isBlank())).count();
    }

    /**
     * Shows a lens's words in their field unless the field says them already, as typed: the lens keeps them stripped, and
     * writing them back put the caret at the start and took the space just typed ("bright " then "robotics" read
     * "roboticsbright"; a letter typed after the board had followed read "Xbright").
     */
    static void shown(javafx.scene.control.TextInputControl field, String words) {
        if (!nz(words).equals(field.getText().strip())) {
            field.setText(nz(words));
        }
    }

    /** A value bound in its field unless the field says it already, as typed ("50,000" stays, rather than become "50000"). */
    static void shownAmount(javafx.scene.control.TextField field, Long bound, Locale locale) {
        Long typed;
        try {
            typed = com.funnelboard.domain.Money.wholeUnits(field.getText(), locale);
        } catch (IllegalArgumentException notOne) {
            typed = null;
        }
        if (!java.util.Objects.equals(typed, bound) || bound == null && !field.getText().isBlank()) {
            field.setText(bound == null ? "" : String.format(locale, "%,d", bound));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
