package com.funnelboard.ui.board;

import javafx.scene.control.ScrollPane;

/**
 * The board's column in use — the one whose card was chosen last, or that the keyboard went to last — kept in sight when the
 * board is wider than its room: brought in as it is used, and again when the room or the columns change width (the detail
 * pane coming back narrows the board; a column unfolds). Not at a mere sideways scroll: each one brought the chosen column
 * back, so neither the scroll bar nor the keyboard could take the board anywhere else, and a column the keyboard went to
 * (back from another page) stayed half hidden. FX thread only.
 */
final class ColumnInSight {

    /** The board's margin before its first column. */
    private static final double MARGIN = 12;

    private final ScrollPane scroll;
    private StageColumnView used;
    /** The board's width and its columns' when the column in use was last brought into sight. */
    private double room = -1;
    private double columns = -1;

    ColumnInSight(ScrollPane scroll) {
        this.scroll = scroll;
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            double content = scroll.getContent().getLayoutBounds().getWidth();
            if (now.getWidth() != room || content != columns) {
                room = now.getWidth();
                columns = content;
                reveal(used);
            }
        });
    }

    /** The column is in use now (a card chosen in it, or the keyboard gone to it): scrolled into sight. */
    void use(StageColumnView column) {
        used = column;
        reveal(column);
    }

    /** Scrolls the board sideways, as little as it takes, so that {@code column} is in sight (null: none). */
    private void reveal(StageColumnView column) {
        double hidden = scroll.getContent().getLayoutBounds().getWidth() - scroll.getViewportBounds().getWidth();
        if (column == null || hidden <= 0 || column.getWidth() <= 0) {
            return;
        }
        double from = scroll.getHvalue() * hidden;
        double width = scroll.getViewportBounds().getWidth();
        javafx.geometry.Bounds at = column.getBoundsInParent();
        if (at.getMinX() < from) {
            scroll.setHvalue(Math.max(0, at.getMinX() - MARGIN) / hidden);
        } else if (at.getMaxX() > from + width) {
            scroll.setHvalue(Math.min(1, (at.getMaxX() - width) / hidden));
        }
    }
}
