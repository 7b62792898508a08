package com.funnelboard.ui.common;

import javafx.scene.Node;

/** Where a node sits in the scene graph. */
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
}
