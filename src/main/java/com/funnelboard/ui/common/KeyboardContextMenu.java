package com.funnelboard.ui.common;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Shift+F10 and the keyboard's menu key open the context menu of what has the keyboard (a card's, the timeline's Copy note), at
 * its chosen row: they opened nothing, and Copy note had no way from the keyboard.
 */
public final class KeyboardContextMenu {

    private static final Object KEY = KeyboardContextMenu.class;

    private KeyboardContextMenu() {}

    /** Takes the keys in the window {@code node} is in (once it is in one). */
    public static void install(Node node) {
        InWindow.once(node, KEY, scene -> install(scene));
    }

    private static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean asked = e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown() && !e.isControlDown()
                    && !e.isAltDown();
            Node owner = scene.getFocusOwner();
            if (asked && owner != null) {
                e.consume();
                Bounds at = where(owner);
                if (at == null) {
                    return;
                }
                double screenX = at.getMinX() + Math.min(24, at.getWidth() / 2);
                double screenY = at.getMinY() + at.getHeight() / 2;
                javafx.geometry.Point2D local = owner.screenToLocal(screenX, screenY);
                Event.fireEvent(owner, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local == null ? 0 : local.getX(),
                        local == null ? 0 : local.getY(), screenX, screenY, true, null));
            }
        });
    }

    /** Where the menu opens, on the screen: the chosen row of a list or table, else the node itself. */
    private static Bounds where(Node owner) {
        for (Node cell : owner.lookupAll(".indexed-cell")) {
            if (cell instanceof IndexedCell<?> c && c.isSelected() && c.isVisible() && c.localToScreen(c.getBoundsInLocal()) != null) {
                return c.localToScreen(c.getBoundsInLocal());
            }
        }
        return owner.localToScreen(owner.getBoundsInLocal());
    }
}
