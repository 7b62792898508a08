package com.funnelboard.ui.board;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * Dragging a card onto another column, as a full press-drag-release gesture inside the window (no
 * platform drag-and-drop, so it behaves the same everywhere, headless tests included). A translucent
 * image of the card follows the pointer; the column under it is highlighted.
 */
final class CardDrag {

    private final Node board;
    private final BiConsumer<DealCard, Stage> onDrop;
    private final Pane ghostLayer = new Pane();
    private final ImageView ghost = new ImageView();
    private DealCard dragged;
    /** The card the primary button went down on, and its cell, until a drag starts from it. */
    private DealCard pressed;
    private ListCell<?> pressedCell;

    CardDrag(Node board, BiConsumer<DealCard, Stage> onDrop) {
        this.board = board;
        this.onDrop = onDrop;
        ghostLayer.setMouseTransparent(true);
        ghostLayer.setPickOnBounds(false);
        ghost.setId("drag-ghost");
        ghost.setOpacity(0.85);
        ghost.setVisible(false);
        ghost.setManaged(false);
        ghostLayer.getChildren().add(ghost);
        board.addEventFilter(MouseDragEvent.MOUSE_DRAG_OVER, e -> follow(e.getSceneX(), e.getSceneY()));
        // The release may reach the card before the column's drop handler; end the gesture after both. A filter, not a
        // handler: released outside every column (over the toolbar, the pane), the list consumed the release, and the
        // card's picture stayed on the board until the next drag.
        // The window's, so a release over any part of it ends the drag.
        javafx.event.EventHandler<MouseEvent> released = e -> javafx.application.Platform.runLater(this::end);
        board.addEventFilter(MouseEvent.MOUSE_RELEASED, released);
        board.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(MouseEvent.MOUSE_RELEASED, released);
            }
            if (now != null) {
                now.addEventFilter(MouseEvent.MOUSE_RELEASED, released);
            }
        });
        // Escape gives the drag up, as in other desktop programs: the release then drops nothing.
        board.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && dragged != null) {
                end();
                e.consume();
            }
        });
    }

    Pane ghostLayer() {
        return ghostLayer;
    }

    /** Makes a column's cards draggable and the column a drop target. */
    void watch(StageColumnView column) {
        ListView<DealCard> list = column.list();
        // The card pressed is the one dragged. The drag is detected where the pointer is by then: a quick flick up
        // from one card was detected over the card above, and that card was moved.
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            ListCell<?> cell = e.isPrimaryButtonDown() ? cellOf(e.getPickResult().getIntersectedNode()) : null;
            pressed = cell != null && cell.getItem() instanceof DealCard card ? card : null;
            pressedCell = pressed == null ? null : cell;
        });
        list.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            DealCard card = pressed;
            ListCell<?> cell = pressedCell;
            pressed = null;
            pressedCell = null;
            if (card == null || e.isSecondaryButtonDown()) {
                return;
            }
            dragged = card;
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            // The pressed cell shows the card still, unless the list scrolled and gave it another since.
            ghost.setImage(card.equals(cell.getItem()) ? cell.snapshot(p, null) : null);
            ghost.setVisible(true);
            follow(e.getSceneX(), e.getSceneY());
            cell.startFullDrag();
            e.consume();
        });
        column.setOnMouseDragEntered(e -> {
            if (dragged != null && dragged.stage() != column.model().stage()) {
                column.getStyleClass().add("drop-target");
            }
        });
        column.setOnMouseDragExited(e -> column.getStyleClass().remove("drop-target"));
        // A filter, not a handler: the list's cells consume the release on their way up.
        column.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            column.getStyleClass().remove("drop-target");
            DealCard card = dragged;
            end();
            if (card != null && card.stage() != column.model().stage()) {
                e.consume();
                onDrop.accept(card, column.model().stage());
            }
        });
    }

    private void follow(double sceneX, double sceneY) {
        if (dragged == null) {
            return;
        }
        Point2D p = ghostLayer.sceneToLocal(sceneX, sceneY);
        ghost.relocate(p.getX() - 24, p.getY() - 16);
        pointerX = sceneX;
        pointerY = sceneY;
        if (edgeDirection() != 0) {
            edge.play();
        } else {
            edge.stop();
        }
    }

    /** How near the board's sideways edge a held card scrolls it, in pixels. */
    static final double EDGE = 48;
    private double pointerX;
    private double pointerY;
    /** While a card is held at the board's left or right edge, the board scrolls that way (a column out of sight could not be reached). */
    private final javafx.animation.Timeline edge = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(javafx.util.Duration.millis(25), e -> scrollAtEdge()));

    {
        edge.setCycleCount(javafx.animation.Animation.INDEFINITE);
    }

    private javafx.scene.control.ScrollPane scroller() {
        return board.lookup(".board-scroll") instanceof javafx.scene.control.ScrollPane s ? s : null;
    }

    /** −1 at the left edge, 1 at the right, 0 elsewhere (or when the board does not scroll). */
    private int edgeDirection() {
        javafx.scene.control.ScrollPane s = scroller();
        if (s == null || s.getContent() == null || s.getContent().getLayoutBounds().getWidth() <= s.getViewportBounds().getWidth()) {
            return 0;
        }
        javafx.geometry.Bounds b = s.localToScene(s.getLayoutBounds());
        if (pointerY < b.getMinY() || pointerY > b.getMaxY()) {
            return 0;
        }
        return pointerX < b.getMinX() + EDGE ? -1 : pointerX > b.getMaxX() - EDGE ? 1 : 0;
    }

    private void scrollAtEdge() {
        int direction = dragged == null ? 0 : edgeDirection();
        javafx.scene.control.ScrollPane s = scroller();
        if (direction == 0 || s == null) {
            edge.stop();
            return;
        }
        double hidden = s.getContent().getLayoutBounds().getWidth() - s.getViewportBounds().getWidth();
        s.setHvalue(Math.max(s.getHmin(), Math.min(s.getHmax(), s.getHvalue() + direction * 14 / hidden * (s.getHmax() - s.getHmin()))));
    }

    private void end() {
        edge.stop();
        dragged = null;
        ghost.setVisible(false);
        ghost.setImage(null);
    }

    private static ListCell<?> cellOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> c) {
                return c;
            }
        }
        return null;
    }
}
