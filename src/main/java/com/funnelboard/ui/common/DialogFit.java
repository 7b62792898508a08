package com.funnelboard.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a dialog as tall as its content: when something appears in it (an inline error, a reason
 * field) the window grows about its middle, within its screen, so the buttons stay in sight instead
 * of being pushed out of the bottom edge.
 */
public final class DialogFit {

    private static final String FRAME = DialogFit.class.getName() + ".frame";

    private DialogFit() {}

    /** Grows {@code dialog} whenever its content asks for more height than it has. */
    public static void follow(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Runnable fit = () -> Platform.runLater(() -> fit(dialog));
        pane.needsLayoutProperty().addListener((o, was, now) -> {
            if (now) {
                fit.run();
            }
        });
        dialog.setOnShown(chain(dialog.getOnShown(), fit));
    }

    private static javafx.event.EventHandler<javafx.scene.control.DialogEvent> chain(
            javafx.event.EventHandler<javafx.scene.control.DialogEvent> first, Runnable then) {
        return e -> {
            if (first != null) {
                first.handle(e);
            }
            then.run();
        };
    }

    /** Makes the dialog at least as tall as its content wants, moving it up if it would leave its screen. */
    public static void fit(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getScene() == null || pane.getScene().getWindow() == null || !pane.getScene().getWindow().isShowing()) {
            return;
        }
        Window w = pane.getScene().getWindow();
        double want = Math.max(pane.prefHeight(pane.getWidth()), pane.minHeight(pane.getWidth()));
        double have = pane.getScene().getHeight();
        if (want <= have + 0.5) {
            onScreen(w);
            return;
        }
        // The title bar and borders, measured once while window and scene agree (a later measure,
        // between a resize and the scene following it, would count the growth twice).
        Object known = pane.getProperties().get(FRAME);
        double measured = Math.max(0, w.getHeight() - have);
        double frame = known instanceof Double d ? Math.min(d, measured) : measured;
        pane.getProperties().put(FRAME, frame);
        if (w.getHeight() >= want + frame - 0.5) {
            onScreen(w);
            return;
        }
        double height = want + frame;
        Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()), Math.max(1, w.getHeight()))
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        height = Math.min(height, screen.getHeight());
        // It grows about its middle, as it was placed over its window, rather than down to the screen's bottom edge.
        w.setY(w.getY() - (height - w.getHeight()) / 2);
        w.setHeight(height);
        onScreen(w);
    }

    /**
     * Keeps a window within the visible part of its screen: no taller than it, and moved up or down
     * so that its top (the title bar) and its bottom (the buttons) are both in sight.
     */
    public static void onScreen(Window w) {
        Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()), Math.max(1, w.getHeight()))
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double[] yh = onScreen(w.getY(), w.getHeight(), screen.getMinY(), screen.getMaxY());
        if (yh[1] != w.getHeight()) {
            w.setHeight(yh[1]);
        }
        if (yh[0] != w.getY()) {
            w.setY(yh[0]);
        }
    }

    /** The top and height a window of top {@code y} and height {@code h} takes to be within {@code top}..{@code bottom}. */
    static double[] onScreen(double y, double h, double top, double bottom) {
        double height = Math.min(h, bottom - top);
        double at = Math.max(top, Math.min(y, bottom - height));
        return new double[] {at, height};
    }
}
