package com.funnelboard.ui.shell;

import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The detail pane's width beside the page: the one the user left it at by dragging the divider, kept
 * on this installation, as far as the window lets it. Only a drag of the divider changes it: the
 * split pane's own moves of the divider while the window opens, is resized or the pane is shown again
 * are layouts, not choices (they were once saved over the width remembered, and the pane opened at
 * its default after every restart). A window made narrower squeezes the pane where the page needs its
 * least width; made wider again, the pane gets its width back.
 */
final class DetailPaneWidth {

    /** The divider's own width, and the scroll pane's border, taken from the page's side. */
    static final double DIVIDER_ROOM = 8;

    private final SplitPane split;
    private final Region left;
    private final Region detail;
    private final PauseTransition remember = new PauseTransition(Duration.millis(400));
    /** The width the user chose, in pixels; NaN until one is chosen or read (the pane then takes its default share). */
    private final DoubleProperty chosen = new SimpleDoubleProperty(this, "chosen", Double.NaN);
    private boolean dragging;
    private boolean chosenHere;

    DetailPaneWidth(SplitPane split, Region left, Region detail, ShellViewModel shell) {
        this.split = split;
        this.left = left;
        this.detail = detail;
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = e.isPrimaryButtonDown() && onDivider(e));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging) {
                dragging = false;
                choose(shell);
            }
        });
        shell.paneWidth().thenAccept(width -> {
            if (!chosenHere && !Double.isNaN(width)) {
                chosen.set(width);
                split.requestLayout();
            }
        });
    }

    /** Whether the user chose a width (here or before a restart). */
    boolean isChosen() {
        return !Double.isNaN(chosen.get());
    }

    /** The chosen width (NaN while the default applies): bindings that depend on the pane's width observe it. */
    javafx.beans.value.ObservableDoubleValue chosenProperty() {
        return chosen;
    }

    /** The pane's width in a split pane this wide: the chosen one, or the default share, as far as the page's least width lets it. */
    double width(double total) {
        double wanted = Double.isNaN(chosen.get()) ? (1 - ShellViewModel.DEFAULT_DIVIDER) * total : chosen.get();
        return Math.max(detail.getMinWidth(), Math.min(wanted, total - left.getMinWidth() - DIVIDER_ROOM));
    }

    /**
     * Puts the divider where the pane has its width; called before each layout of the split pane (not while the user drags it).
     *
     * @return whether it moved the divider
     */
    boolean place() {
        double total = split.getWidth();
        // Until a width is chosen (or read) the split pane keeps its own: the default share, the pane's width kept as the window
        // is resized, the page given the room.
        if (dragging || Double.isNaN(chosen.get()) || total <= 0 || !split.getItems().contains(detail) || split.getDividers().isEmpty()) {
            return false;
        }
        double position = 1 - width(total) / total;
        if (Math.abs(split.getDividerPositions()[0] - position) > 1e-4) {
            split.setDividerPositions(position);
            return true;
        }
        return false;
    }

    private void choose(ShellViewModel shell) {
        double total = split.getWidth();
        if (total <= 0 || !split.getItems().contains(detail) || split.getDividers().isEmpty()) {
            return;
        }
        double width = (1 - split.getDividerPositions()[0]) * total;
        chosenHere = true;
        chosen.set(width);
        remember.setOnFinished(e -> shell.savePaneWidth(width));
        remember.playFromStart();
    }

    private boolean onDivider(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != split; n = n.getParent()) {
            if (n.getParent() == split && n.getStyleClass().contains("split-pane-divider")) { // this split pane's, not one inside the pane
                return true;
            }
        }
        return false;
    }
}
