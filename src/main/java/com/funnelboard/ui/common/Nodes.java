package com.funnelboard.ui.common;

import javafx.scene.Node;

/** Where a node sits in the scene graph, and how the keyboard leaves it. */
public final class Nodes {

    private Nodes() {}

    /** Whether {@code node} is {@code parent} or lies inside it (the keyboard's focus owner within a pane, say). */
    public static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tab leaves the text area for the next control and Shift+Tab for the one before, as in every
     * other field: JavaFX types a tab character there, and only Ctrl+Tab left, which nothing said (a
     * reason or a note got stray tabs, and the keyboard was stuck in it). A note never needs a tab.
     */
    public static void tabLeaves(javafx.scene.control.TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.requestFocusTraversal(e.isShiftDown() ? javafx.scene.TraversalDirection.PREVIOUS : javafx.scene.TraversalDirection.NEXT);
            }
        });
    }
}
