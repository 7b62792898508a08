package com.funnelboard.app;

import static com.funnelboard.app.BoardUiTest.card;
import static com.funnelboard.app.BoardUiTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cards marked with Ctrl+click and Ctrl+Space, and one action on all of them from the bar over the board, undone at once. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class BoardMarksUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal cold;
    Deal warm;
    Deal late;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        cold = Fixtures.deal(store, "Cold lead", Stage.LEAD, 1000_00L);
        warm = Fixtures.deal(store, "Warm lead", Stage.LEAD, 2000_00L);
        late = Fixtures.deal(store, "Late opportunity", Stage.OPPORTUNITY, 5000_00L);
        app = com.funnelboard.testing.AppWindow.show(stage, store);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Deal now(Deal d) {
        return store.read(r -> r.deals().find(d.id())).orElseThrow();
    }

    private static String marked(FxRobot robot) {
        Node bar = robot.lookup("#bulk-bar").query();
        return bar.isVisible() ? robot.lookup("#bulk-count").queryAs(Labeled.class).getText() : "";
    }

    /** Picks the bar's menu item of that name, in the popup's own scene (a column's header says "Prospect" too). */
    private static void chooseInMenu(FxRobot robot, String item) {
        javafx.scene.Scene board = robot.lookup(".board").query().getScene();
        robot.clickOn(robot.lookup(n -> n instanceof Labeled l && item.equals(l.getText()) && n.getScene() != board).<Node>query());
    }

    private static boolean isMarked(Node cell) {
        return cell.lookup(".deal-card").getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("marked"));
    }

    /**
     * A Ctrl+click on the card, sent as the window gets one: JavaFX's headless robot sends no modifier keys with a click (a
     * click with Ctrl held arrived with isControlDown false), so the press is given to the card with Ctrl down by hand.
     */
    private static void ctrlClick(FxRobot robot, Node cell) {
        robot.interact(() -> {
            Node target = cell.lookup(".card-title");
            javafx.geometry.Bounds b = target.getBoundsInLocal();
            javafx.geometry.Point2D scene = target.localToScene(b.getCenterX(), b.getCenterY());
            javafx.geometry.Point2D screen = target.localToScreen(b.getCenterX(), b.getCenterY());
            javafx.scene.input.MouseEvent press = new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_PRESSED,
                    scene.getX(), scene.getY(), screen.getX(), screen.getY(), javafx.scene.input.MouseButton.PRIMARY, 1, false, true, false,
                    false, true, false, false, false, false, true, new javafx.scene.input.PickResult(target, scene.getX(), scene.getY()));
            javafx.event.Event.fireEvent(target, press);
        });
        UiRobot.settle();
    }

    @Test
    void cardsMarkedAcrossColumnsAreGivenToSomeoneAsOneChangeThatCtrlZTakesBack(FxRobot robot) {
        assertThat(marked(robot)).as("no bar before a mark").isEmpty();
        ctrlClick(robot, card(robot, "Cold lead"));
        ctrlClick(robot, card(robot, "Late opportunity"));
        waitUntil(() -> marked(robot).equals("2 deals marked"), () -> marked(robot));
        assertThat(isMarked(card(robot, "Cold lead"))).isTrue();
        // Room under each column's last card while the bar floats over the foot of the board (it covered the last card).
        waitUntil(() -> ((javafx.scene.layout.Region) robot.lookup("#list-lead").query()).getPadding().getBottom() >= 60);
        assertThat(isMarked(card(robot, "Warm lead"))).isFalse();
        // Ctrl+click again lets go of a mark.
        ctrlClick(robot, card(robot, "Late opportunity"));
        waitUntil(() -> marked(robot).equals("1 deal marked"));
        ctrlClick(robot, card(robot, "Late opportunity"));
        waitUntil(() -> marked(robot).equals("2 deals marked"));

        robot.clickOn("#bulk-owner");
        robot.clickOn("Someone else\u2026");
        // No address: said in the dialog, which stays open with what was typed (it closed, and the status bar said it).
        robot.clickOn("#bulk-owner-email").write("Ben Ode").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane .header-panel .label").queryAs(Labeled.class).getText().endsWith("write an email, or Name <email>."));
        assertThat(robot.lookup("#bulk-owner-email").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Ben Ode");
        robot.interact(() -> robot.lookup("#bulk-owner-email").queryAs(javafx.scene.control.TextField.class).setText("Ben Ode <ben@example.com>"));
        robot.clickOn("#bulk-owner-email").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> "ben@example.com".equals(now(cold).owner()) && "ben@example.com".equals(now(late).owner()));
        assertThat(now(warm).owner()).isNull();
        assertThat(store.read(r -> r.changeLog().latest(1)).getFirst().summary()).isEqualTo("Gave 2 deals to Ben Ode");
        waitUntil(() -> marked(robot).isEmpty());
        assertThat(isMarked(card(robot, "Cold lead"))).as("the marks let go once done").isFalse();

        robot.clickOn(card(robot, "Warm lead"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> now(cold).owner() == null && now(late).owner() == null);
    }

    @Test
    void marksFromTheKeyboardMoveThroughTheChecklistWithOneReason(FxRobot robot) throws Exception {
        robot.clickOn(card(robot, "Cold lead"));
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        waitUntil(() -> marked(robot).equals("1 deal marked"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> marked(robot).isEmpty());
        // Shift+↓ marks the card chosen and the next (it only moved the choice).
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<com.funnelboard.domain.DealCard> lead = robot.lookup("#list-lead").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> {
            lead.requestFocus();
            lead.getSelectionModel().select(0);
        });
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        waitUntil(() -> marked(robot).equals("2 deals marked"), () -> marked(robot));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> marked(robot).isEmpty());

        // Ctrl+A: every deal of the column (the Lead column's two), scrolled to or not.
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        waitUntil(() -> marked(robot).equals("2 deals marked"), () -> marked(robot));
        assertThat(robot.lookup("#status").queryAs(Labeled.class).getText()).isEqualTo("Marked all 2 deals of Lead (Escape lets go of the marks).");
        // The Deal menu (and a card's context menu) holds the same actions, the keyboard's way to them.
        com.funnelboard.ui.board.BoardView board = robot.lookup(".board").queryAs(com.funnelboard.ui.board.BoardView.class);
        List<String> items = WaitForAsyncUtils.asyncFx(() -> board.dealMenuItems().stream().map(javafx.scene.control.MenuItem::getText)
                .filter(java.util.Objects::nonNull).toList()).get();
        assertThat(items).contains("Move the 2 deals marked to", "Give the 2 deals marked to", "Expected close of the 2 deals marked\u2026",
                "Move the 2 deals marked to the trash\u2026", "Let go of the marks (Escape)");
        robot.clickOn("#bulk-move");
        // The menu's item, in the popup's own scene (the column's header says "Prospect" too).
        chooseInMenu(robot, "Prospect");
        waitUntil(() -> robot.lookup("#bulk-override").tryQuery().isPresent());
        assertThat(robot.lookup("#bulk-unmet").queryAs(Labeled.class).getText()).contains("\u201CCold lead\u201D (At least one inbound interaction logged; Fits the ideal customer profile; Has a need that our product or service addresses)");
        assertThat(robot.lookup("#bulk-move-all").query().isDisabled()).as("not without a reason").isTrue();
        robot.clickOn("#bulk-override").write("Met both at the fair");
        robot.clickOn("#bulk-move-all");
        waitUntil(() -> now(cold).stage() == Stage.PROSPECT && now(warm).stage() == Stage.PROSPECT);
        assertThat(store.read(r -> r.stageChanges().forDeal(cold.id())).getFirst().overrideReason()).isEqualTo("Met both at the fair");
        waitUntil(() -> robot.lookup("#status").queryAs(Labeled.class).getText().startsWith("Moved 2 deals to Prospect (Ctrl+Z undoes it)"),
                () -> robot.lookup("#status").queryAs(Labeled.class).getText());
    }

    /** The day dialogs take the keyboard at their field, and a loss keeps the day it is told (a cleanup dated every loss today). */
    @Test
    void aCloseDateTypedIsTheOneSetAndALossKeepsItsDay(FxRobot robot) {
        ctrlClick(robot, card(robot, "Cold lead"));
        ctrlClick(robot, card(robot, "Late opportunity"));
        waitUntil(() -> marked(robot).equals("2 deals marked"));
        robot.clickOn("#bulk-close");
        javafx.scene.control.DatePicker day = robot.lookup("#bulk-close-day").queryAs(javafx.scene.control.DatePicker.class);
        waitUntil(() -> day.isFocused() || day.getEditor().isFocused());
        waitUntil(() -> day.getEditor().getSelectedText().equals(day.getEditor().getText()) && !day.getEditor().getText().isEmpty());
        robot.interact(() -> day.getEditor().setText("Sep 30, 2026"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> java.time.LocalDate.of(2026, 9, 30).equals(now(cold).expectedCloseOn())
                && java.time.LocalDate.of(2026, 9, 30).equals(now(late).expectedCloseOn()), () -> String.valueOf(now(cold).expectedCloseOn()));

        ctrlClick(robot, card(robot, "Warm lead"));
        waitUntil(() -> marked(robot).equals("1 deal marked"));
        robot.clickOn("#bulk-move");
        chooseInMenu(robot, "Lost");
        waitUntil(() -> robot.lookup("#bulk-lost-reason").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Labeled.class).getText()).isEqualTo("Why was the marked deal lost?");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<com.funnelboard.domain.LostReason> reason = robot.lookup("#bulk-lost-reason")
                    .queryAs(javafx.scene.control.ComboBox.class);
            reason.setValue(com.funnelboard.domain.LostReason.UNRESPONSIVE);
            robot.lookup("#bulk-lost-day").queryAs(javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.of(2026, 3, 1));
        });
        robot.clickOn("#bulk-lost-confirm");
        waitUntil(() -> now(warm).stage() == Stage.LOST);
        waitUntil(() -> robot.lookup("#status").queryAs(Labeled.class).getText().startsWith("Moved 1 deal to Lost, their open follow-ups done"),
                () -> robot.lookup("#status").queryAs(Labeled.class).getText());
        assertThat(java.time.LocalDate.ofInstant(now(warm).stageEnteredAt(), java.time.ZoneOffset.UTC)).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
    }

    /** The items a person confirms are ticked for all the marked deals: those that then meet their checklist move without an override. */
    @Test
    void itemsConfirmedForAllMoveTheDealsThatMeetTheRestOfTheirChecklist(FxRobot robot) throws Exception {
        Fixtures.interaction(store, warm, com.funnelboard.domain.InteractionKind.CALL, com.funnelboard.domain.Direction.IN,
                Fixtures.NOW.minusSeconds(3600));
        robot.clickOn(card(robot, "Cold lead"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        com.funnelboard.ui.board.BoardView board = robot.lookup(".board").queryAs(com.funnelboard.ui.board.BoardView.class);
        robot.clickOn("#bulk-move");
        chooseInMenu(robot, "Prospect");
        waitUntil(() -> robot.lookup("#bulk-check-has-need").tryQuery().isPresent());
        assertThat(robot.lookup("#bulk-move-others").query().isVisible()).as("none meets it yet").isFalse();
        robot.clickOn("#bulk-check-fits-icp");
        robot.clickOn("#bulk-check-has-need");
        waitUntil(() -> robot.lookup("#bulk-move-others").query().isVisible());
        assertThat(robot.lookup("#bulk-move-others").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("Move the 1 that meets it");
        robot.clickOn("#bulk-move-others");
        waitUntil(() -> now(warm).stage() == Stage.PROSPECT);
        assertThat(now(cold).stage()).isEqualTo(Stage.LEAD);
        assertThat(store.read(r -> r.stageChanges().forDeal(warm.id())).getFirst().overrideReason()).as("no override").isNull();
    }
}
