package com.funnelboard.ui.board;

import static com.funnelboard.ui.board.BoardView.MARK_LOST;
import static com.funnelboard.ui.board.BoardView.MOVE_BACK;
import static com.funnelboard.ui.board.BoardView.MOVE_FORWARD;
import static com.funnelboard.ui.board.BoardView.SCHEDULE_FOLLOW_UP;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** A card's menu (the card's right click and the window's Deal menu), with the shortcuts that do the same from the keyboard. */
final class CardMenu {

    /** What the items do to the chosen card. */
    record Actions(Runnable open, Runnable forward, Runnable back, Runnable lost, Consumer<Stage> moveTo, Runnable followUp,
            Runnable trash) {
    }

    private CardMenu() {
    }

    /** The items for {@code card} (null: no card chosen, every item disabled). */
    static List<MenuItem> items(DealCard card, Actions actions) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem open = new MenuItem("Open deal (Enter, or double-click the card)");
        open.setDisable(card == null);
        open.setOnAction(e -> actions.open().run());
        items.add(open);
        items.add(new SeparatorMenuItem());
        Stage stage = card == null ? Stage.LEAD : card.stage();
        MenuItem forward = new MenuItem(stage.next().map(s -> "Move to " + s.label() + "…").orElse("Move forward"));
        // What each key does whichever card is chosen, for the shortcut sheet (the items say what they do to this one).
        forward.setUserData("Move to the next stage");
        forward.setAccelerator(MOVE_FORWARD);
        forward.setDisable(card == null || stage.next().isEmpty());
        forward.setOnAction(e -> actions.forward().run());
        MenuItem back = new MenuItem(stage.previous().map(s -> (stage == Stage.LOST ? "Reopen as " : "Move back to ") + s.label())
                .orElse("Move back"));
        back.setUserData("Move back a stage (a Lost deal is reopened as a Lead)");
        back.setAccelerator(MOVE_BACK);
        back.setDisable(card == null || stage.previous().isEmpty());
        back.setOnAction(e -> actions.back().run());
        MenuItem lost = new MenuItem("Mark as lost…");
        lost.setAccelerator(MARK_LOST);
        lost.setDisable(card == null || stage == Stage.LOST);
        lost.setOnAction(e -> actions.lost().run());
        Menu to = new Menu("Move to");
        for (Stage s : Stage.values()) {
            MenuItem m = new MenuItem(s.label());
            m.setDisable(card == null || s == stage);
            m.setOnAction(e -> actions.moveTo().accept(s));
            to.getItems().add(m);
        }
        items.add(forward);
        items.add(back);
        items.add(lost);
        items.add(new SeparatorMenuItem());
        items.add(to);
        MenuItem followUp = new MenuItem("Schedule follow-up…");
        followUp.setUserData("Schedule a follow-up");
        followUp.setAccelerator(SCHEDULE_FOLLOW_UP);
        followUp.setDisable(card == null);
        followUp.setOnAction(e -> actions.followUp().run());
        items.add(new SeparatorMenuItem());
        items.add(followUp);
        // Delete is the list's key (see BoardView's keys), not an accelerator: the window's accelerators would take it from a text field.
        MenuItem trash = new MenuItem("Move to trash\u2026 (Delete)");
        trash.setDisable(card == null);
        trash.setOnAction(e -> actions.trash().run());
        items.add(trash);
        return items;
    }
}
