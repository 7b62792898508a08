package com.funnelboard.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps every dialog on the screen it opens on: one taller or wider than the screen's free area
 * (a small laptop, the system's text scaled to 125 or 150 %) is made to fit it, its content
 * scrolling between its header and its buttons, which stay in view. A merge of two contacts opened
 * 764 px tall on a 720 px screen, its Merge button below the bottom edge; a move's checklist grew
 * past it when Override… showed the reason field.
 */
public final class ScreenFit {

    private static final AtomicBoolean GUARDING = new AtomicBoolean();

    private ScreenFit() {}

    /** From now on, every dialog window (a stage with an owner) fits its screen when shown and as it grows. */
    public static void guardWindows() {
        if (!GUARDING.compareAndSet(false, true)) {
            return; // one listener for the process
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(ScreenFit::guard);
            }
        });
    }

    private static void guard(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fit(window));
        // After the resize under way (a dialog sizing itself to its scene), not inside it, which would undo the fit.
        javafx.beans.InvalidationListener grown = o -> {
            if (window.isShowing()) {
                javafx.application.Platform.runLater(() -> fit(window));
            }
        };
        window.heightProperty().addListener(grown);
        window.widthProperty().addListener(grown);
    }

    /** Fits {@code window} into the free area of the screen it is on, when it is larger. */
    static void fit(Window window) {
        fit(window, screenOf(window));
    }

    /** Fits {@code window} into {@code free} (a screen's area without its panels), when it is larger or beyond its edge. */
    static void fit(Window window, Rectangle2D free) {
        if (free == null || window.getHeight() <= free.getHeight() && window.getWidth() <= free.getWidth()
                && window.getY() >= free.getMinY() && window.getX() >= free.getMinX()) {
            return;
        }
        boolean larger = window.getHeight() > free.getHeight() || window.getWidth() > free.getWidth();
        if (larger && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
            scrolling(pane);
        }
        if (window.getHeight() > free.getHeight()) {
            window.setHeight(free.getHeight());
        }
        if (window.getWidth() > free.getWidth()) {
            window.setWidth(free.getWidth());
        }
        window.setY(Math.max(free.getMinY(), Math.min(window.getY(), free.getMaxY() - window.getHeight())));
        window.setX(Math.max(free.getMinX(), Math.min(window.getX(), free.getMaxX() - window.getWidth())));
        if (window.getScene() != null && window.getScene().getRoot() != null) {
            window.getScene().getRoot().requestLayout();
        }
    }

    /** The dialog's content in a scroll pane, once: its header and its buttons stay where they are. */
    private static void scrolling(DialogPane pane) {
        Node content = pane.getContent();
        if (content == null || content instanceof ScrollPane || content.getStyleClass().contains("screen-fit")) {
            return;
        }
        ScrollPane scroll = new ScrollPane();
        scroll.getStyleClass().addAll("screen-fit", "edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        pane.setContent(scroll);
        scroll.setContent(content);
        scroll.setMinHeight(0);
    }

    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        Screen screen = screens.isEmpty() ? Screen.getPrimary() : screens.getFirst();
        return screen == null ? null : screen.getVisualBounds();
    }
}
