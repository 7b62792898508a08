package com.funnelboard.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first reaches its control instead of with the control. Every
 * tooltip is a popup window with a scene of its own; the window's start made about fifty of them
 * (the toolbar, each column's header, each card) before the board could show.
 */
public final class LazyTooltip {

    private LazyTooltip() {}

    /** Gives {@code control} the tooltip {@code text} once the pointer reaches it. */
    public static void install(Control control, String text) {
        install(control, () -> text);
    }

    /**
     * Gives {@code control} a tooltip saying what {@code text} supplies when the pointer reaches it
     * (asked again each time; null or empty: no tooltip then).
     */
    /** How wide a tooltip grows before its text wraps. */
    static final double MAX_WIDTH = 560;

    public static void install(Control control, Supplier<String> text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String now = text.get();
            if (now == null || now.isEmpty()) {
                control.setTooltip(null);
                return;
            }
            Tooltip tip = control.getTooltip() != null ? control.getTooltip() : new Tooltip();
            tip.setText(now);
            // A long sentence (a failure's whole reason) wraps within a width a screen holds: it ran off the screen's edge,
            // "…: No spa". Right-to-left text stays on one line (see SafeWrap).
            tip.setMaxWidth(MAX_WIDTH);
            tip.setWrapText(SafeWrap.canWrap(now));
            control.setTooltip(tip);
        });
    }

    /**
     * As {@link #install(Control, Supplier)} for a node that is not a control (a layout pane): its tooltip, made on the
     * pointer's first arrival, is kept in its properties under this class.
     */
    public static void install(javafx.scene.Node node, Supplier<String> text) {
        if (node instanceof Control control) {
            install(control, text);
            return;
        }
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String now = text.get();
            Tooltip tip = (Tooltip) node.getProperties().get(LazyTooltip.class);
            if (now == null || now.isEmpty()) {
                if (tip != null) {
                    Tooltip.uninstall(node, tip);
                    node.getProperties().remove(LazyTooltip.class);
                }
                return;
            }
            if (tip == null) {
                tip = new Tooltip();
                tip.setMaxWidth(MAX_WIDTH);
                node.getProperties().put(LazyTooltip.class, tip);
                Tooltip.install(node, tip);
            }
            tip.setText(now);
            tip.setWrapText(SafeWrap.canWrap(now));
        });
    }
}
