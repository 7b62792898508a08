package com.funnelboard.ui.followup;

import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * ↓ and ↑ on a Today row's Done or Open go to the next or previous follow-up's Done: ↓ from the first row's Done went to
 * the follow-up offer in the status bar. On Snooze they open its menu, as on any menu button; at the first or last
 * follow-up the keyboard stays.
 */
final class TodayRowKeys {

    private TodayRowKeys() {}

    /**
     * @param isItem whether a row is a follow-up (not a section's heading or its "more" line)
     * @param focus puts the keyboard on the Done of the follow-up at an index
     */
    static <T> void install(ListView<T> list, Predicate<T> isItem, IntConsumer focus) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean down = e.getCode() == KeyCode.DOWN;
            if (!down && e.getCode() != KeyCode.UP || e.isShortcutDown() || e.isAltDown() || e.isShiftDown() || !(e.getTarget() instanceof Button)) {
                return;
            }
            for (Node n = (Node) e.getTarget(); n != null; n = n.getParent()) {
                if (n instanceof ListCell<?> cell && cell.getListView() == list) {
                    e.consume();
                    for (int i = cell.getIndex() + (down ? 1 : -1); i >= 0 && i < list.getItems().size(); i += down ? 1 : -1) {
                        if (isItem.test(list.getItems().get(i))) {
                            focus.accept(i);
                            return;
                        }
                    }
                    return;
                }
            }
        });
    }
}
