package com.funnelboard.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * Widths that follow the text size (View → Larger text). The layout's widths were chosen for the
 * theme's 14 px text; with larger text a bar needs more room before its words fit, so a width
 * written for 14 px is scaled by the text a control of the bar shows now.
 */
public final class Ems {

    /** The theme's base font size, for which the widths in pixels were chosen. */
    public static final double BASE_PX = 14;

    private Ems() {}

    /**
     * Whether {@code region} (once laid out) is narrower than {@code px} at the theme's text size,
     * scaled by the size of the text {@code reference} shows (a button or label in it).
     */
    public static BooleanBinding narrowerThan(Region region, double px, Labeled reference) {
        return Bindings.createBooleanBinding(() -> {
            double w = region.getWidth();
            return w > 0 && w < px * scale(reference);
        }, region.widthProperty(), reference.fontProperty());
    }

    /** How much larger than the theme's the text of {@code reference} is (1 at the theme's size). */
    public static double scale(Labeled reference) {
        return reference.getFont() == null ? 1 : reference.getFont().getSize() / BASE_PX;
    }
}
