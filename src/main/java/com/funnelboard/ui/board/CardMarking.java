package com.funnelboard.ui.board;

import com.funnelboard.domain.DealCard;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * How cards are marked for one action on many: Ctrl+click marks a card or lets go of its mark (the first one also marks
 * the card chosen before, as a list's Ctrl+click adds to what is chosen); Shift+click marks the cards of a column from the
 * one chosen (or marked last there) to the one clicked; Ctrl+Space marks the chosen card from the keyboard; Ctrl+A marks
 * every deal of the column the board's filters let through; Shift+↓ and Shift+↑ mark the chosen card and the next; Escape
 * lets go of every mark. A plain click chooses a card for the detail pane as before and leaves the marks.
 */
final class CardMarking {

    static final KeyCombination MARK = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination MARK_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private CardMarking() {}

    /** Installs the gestures on a column's list; {@code chosen} is the card chosen anywhere on the board. */
    static void install(ListView<DealCard> list, BoardMarks marks, Supplier<DealCard> chosen, Runnable markAll) {
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !(e.isShortcutDown() || e.isShiftDown())) {
                return;
            }
            DealCard card = cardAt(e.getPickResult().getIntersectedNode());
            if (card == null) {
                return;
            }
            e.consume(); // the card chosen for the pane stays as it was
            if (e.isShiftDown()) {
                markRange(list, marks, chosen.get(), card);
            } else {
                DealCard before = chosen.get();
                if (marks.countProperty().get() == 0 && before != null && !before.id().equals(card.id())) {
                    marks.mark(List.of(before));
                }
                marks.toggle(card);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (MARK_ALL.match(e)) {
                e.consume();
                markAll.run();
            } else if (MARK.match(e) && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                marks.toggle(list.getSelectionModel().getSelectedItem());
            } else if (e.isShiftDown() && !e.isShortcutDown() && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)
                    && list.getSelectionModel().getSelectedItem() != null) {
                // Shift+↓ and Shift+↑ mark the card chosen and the next one, as a list's Shift+arrow extends its choice (they
                // only moved the choice, one Ctrl+Space a card).
                marks.mark(List.of(list.getSelectionModel().getSelectedItem()));
                javafx.application.Platform.runLater(() -> {
                    DealCard next = list.getSelectionModel().getSelectedItem();
                    if (next != null) {
                        marks.mark(List.of(next));
                    }
                });
            } else if (e.getCode() == KeyCode.ESCAPE && marks.countProperty().get() > 0) {
                e.consume();
                marks.clear();
            }
        });
    }

    /** Marks the cards of the list between {@code from} (the chosen card, else the first) and {@code to}, both included. */
    private static void markRange(ListView<DealCard> list, BoardMarks marks, DealCard from, DealCard to) {
        List<DealCard> items = list.getItems();
        int end = indexOf(items, to);
        int start = from == null ? -1 : indexOf(items, from);
        if (start < 0) {
            start = end;
        }
        List<DealCard> range = items.subList(Math.min(start, end), Math.max(start, end) + 1).stream()
                .filter(java.util.Objects::nonNull).toList(); // a page not read yet has no cards to mark
        marks.mark(range);
    }

    private static int indexOf(List<DealCard> items, DealCard card) {
        for (int i = 0; i < items.size(); i++) {
            DealCard c = items.get(i);
            if (c != null && c.id().equals(card.id())) {
                return i;
            }
        }
        return -1;
    }

    private static DealCard cardAt(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof DealCardCell cell) {
                return cell.isEmpty() ? null : cell.getItem();
            }
            if (n instanceof ListView<?>) {
                return null;
            }
        }
        return null;
    }
}
