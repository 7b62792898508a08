package com.funnelboard.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * The keyboard given to a list or table by the app itself, after a key (Ctrl+2 to a page): framed as Tab's focus is. A focus
 * given by code is not "focus-visible" to JavaFX, so the page's table had the keyboard and showed it nowhere until a Tab. The
 * frame goes with the focus, or at a press of the mouse (a click's focus is not framed).
 */
public final class KeyboardFocus {

    /** Set while the node has the keyboard that the app gave it (see the style sheet's {@code :keyboard}). */
    public static final PseudoClass KEYBOARD = PseudoClass.getPseudoClass("keyboard");

    private KeyboardFocus() {}

    public static void give(Node node) {
        if (node.getProperties().putIfAbsent(KeyboardFocus.class, Boolean.TRUE) == null) {
            node.focusedProperty().addListener((o, was, has) -> {
                if (!has) {
                    node.pseudoClassStateChanged(KEYBOARD, false);
                }
            });
            node.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> node.pseudoClassStateChanged(KEYBOARD, false));
        }
        node.requestFocus();
        node.pseudoClassStateChanged(KEYBOARD, node.isFocused());
    }
}
