package com.funnelboard.app;

import static com.funnelboard.app.BoardUiTest.card;
import static com.funnelboard.app.BoardUiTest.titlesIn;
import static com.funnelboard.app.BoardUiTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Moving a card to Won asks for the final value and the close date, checks them as they are typed, and records them. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class WonUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal late;
    Deal unvalued;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        late = Fixtures.deal(store, "Late opportunity", Stage.OPPORTUNITY, 5000_00L);
        unvalued = Fixtures.deal(store, "Unvalued opportunity", Stage.OPPORTUNITY, null);
        app = com.funnelboard.testing.AppWindow.show(stage, store);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Deal now(Deal d) {
        return store.read(r -> r.deals().find(d.id())).orElseThrow();
    }

    /** The card's left edge: on the 1000-pixel test screen the detail pane covers the column's right half. */
    private static javafx.geometry.Point2D leftEdge(FxRobot robot, String title) {
        return robot.point(card(robot, title)).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(30, 12)).query();
    }

    private static boolean moveDisabled(FxRobot robot) {
        return robot.lookup("#qualify-move").queryButton().isDisabled();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).isVisible() ? robot.lookup(id).queryAs(Label.class).getText() : "";
    }

    @Test
    void theKeyboardMoveToWonAsksForTheFinalValueAndCloseDateAndRecordsThem(FxRobot robot) {
        robot.clickOn(leftEdge(robot, "Late opportunity"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#won-final-value").tryQuery().isPresent());

        TextField value = robot.lookup("#won-final-value").queryAs(TextField.class);
        DatePicker date = robot.lookup("#won-close-date").queryAs(DatePicker.class);
        // The checklist is as tall as its three items of one line: no empty band between them and what follows.
        javafx.scene.control.ScrollPane checklist = robot.lookup("#qualify-items").queryAs(javafx.scene.control.ScrollPane.class);
        waitUntil(() -> checklist.getHeight() - checklist.getContent().getLayoutBounds().getHeight() < 12);
        assertThat(value.getText()).as("the deal's value, in the user's locale").isEqualTo("5,000.00");
        assertThat(date.getValue()).as("today").isEqualTo(TODAY);
        assertThat(moveDisabled(robot)).as("the checklist is not answered yet").isTrue();
        robot.clickOn("#check-proposal-presented").clickOn("#check-signed-or-paid");
        assertThat(moveDisabled(robot)).isFalse();

        robot.interact(value::clear);
        robot.clickOn(value).write("12,5");
        assertThat(moveDisabled(robot)).isTrue();
        assertThat(text(robot, "#won-final-value-problem")).isEqualTo("Not an amount: \"12,5\". Write it like 12,500.50 (or 12500.50).");
        robot.interact(value::clear);
        assertThat(text(robot, "#won-final-value-problem")).isEqualTo("Enter the final value");
        robot.write("4,750.50");
        assertThat(text(robot, "#won-final-value-problem")).isEmpty();
        assertThat(moveDisabled(robot)).isFalse();

        robot.interact(() -> date.setValue(TODAY.plusDays(5)));
        assertThat(moveDisabled(robot)).isTrue();
        assertThat(text(robot, "#won-close-date-problem"))
                .isEqualTo("The close date Mar 17, 2026 is in the future; it can be tomorrow (Mar 13, 2026) at the latest");
        robot.interact(() -> date.getEditor().setText("not a date"));
        assertThat(moveDisabled(robot)).isTrue();
        assertThat(text(robot, "#won-close-date-problem")).startsWith("Not a date: write it like ");
        robot.interact(() -> date.setValue(LocalDate.of(2026, 3, 10)));
        assertThat(text(robot, "#won-close-date-problem")).isEmpty();
        assertThat(moveDisabled(robot)).isFalse();
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(value.getScene(), "won-dialog"));

        robot.clickOn("#qualify-move");
        waitUntil(() -> now(late).stage() == Stage.WON);
        Deal won = now(late);
        assertThat(won.finalValue()).isEqualTo(new Money(4750_50L, "EUR"));
        assertThat(won.closedOn()).isEqualTo(LocalDate.of(2026, 3, 10));

        // The Won column unfolds to show the card, which shows the final value instead of the estimate.
        waitUntil(() -> titlesIn(robot, Stage.WON).contains("Late opportunity"));
        waitUntil(() -> card(robot, "Late opportunity").lookup(".card-value") instanceof Label l && l.getText().equals("€4,750.50"));
        assertThat(card(robot, "Late opportunity").lookup(".card-value").getStyleClass()).contains("final-value");
        // The pane's Deals tab has no next stage's checklist for a won deal: no empty box where it was.
        waitUntil(() -> robot.lookup("#contact-checklist").tryQuery().map(n -> !n.isVisible()).orElse(false));

        // After the move, another card chosen takes the deal actions: its move asks its checklist. A click selects its card
        // before its column takes the focus from the Won column, which lets go of the won card then (that took the choice away).
        javafx.scene.control.ListView<?> wonList = robot.lookup("#list-won").queryAs(javafx.scene.control.ListView.class);
        javafx.scene.control.ListView<?> open = robot.lookup("#list-opportunity").queryAs(javafx.scene.control.ListView.class);
        robot.interact(wonList::requestFocus);
        assertThat(wonList.isFocused()).isTrue();
        robot.interact(() -> open.getSelectionModel().select(0));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#qualify-move").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#qualify-move").tryQuery().isEmpty());

        // Undo takes the move back, and the won details with it.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> now(late).stage() == Stage.OPPORTUNITY);
        assertThat(now(late).finalValue()).isNull();
        assertThat(now(late).closedOn()).isNull();
    }

    /**
     * A drag to the folded Won strip, cancelled with Escape, leaves the deal as it was; the card's
     * menu moves a deal without a value once one is entered. The gate's rules are asserted in
     * WonMoveViewModelTest.
     */
    @Test
    void aCancelledDragLeavesTheDealAndTheCardMenuWinsADealWithoutValueOnceOneIsEntered(FxRobot robot) {
        // Dragged: the board scrolled so that the folded Won strip is beside the card, out from under the detail pane.
        robot.interact(() -> {
            javafx.scene.Node n = robot.lookup("#column-won").query();
            while (!(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            ((javafx.scene.control.ScrollPane) n).setHvalue(((javafx.scene.control.ScrollPane) n).getHmax());
        });
        robot.drag(leftEdge(robot, "Late opportunity"), MouseButton.PRIMARY).dropTo(BoardUiTest.centreOf(robot.lookup("#column-won").query()));
        waitUntil(() -> robot.lookup("#won-final-value").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#won-final-value").queryAs(TextField.class)).write("1");
        // Escape with a value entered asks first (it went without a word, as ticked items did).
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#discard-reason").tryQuery().isPresent());
        assertThat(robot.lookup("#discard-reason").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo("The deal stays where it is, and the value and day you entered are not kept.");
        assertThat(robot.lookup("#discard-reason-confirm").queryButton().getText()).isEqualTo("Discard them");
        robot.clickOn("#discard-reason-confirm");
        waitUntil(() -> robot.lookup("#won-final-value").tryQuery().isEmpty());
        assertThat(now(late).stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(now(late).finalValue()).isNull();

        // From the card's menu.
        robot.clickOn(leftEdge(robot, "Unvalued opportunity")).clickOn(MouseButton.SECONDARY);
        waitUntil(() -> robot.lookup(".context-menu").tryQuery().isPresent());
        waitUntil(() -> robot.lookup(".context-menu .label").queryAll().stream()
                .anyMatch(n -> "Move to Won…".equals(((Label) n).getText())));
        robot.clickOn(robot.lookup(".context-menu .label").queryAll().stream()
                .filter(n -> "Move to Won…".equals(((Label) n).getText())).findFirst().orElseThrow());
        waitUntil(() -> robot.lookup("#won-final-value").tryQuery().isPresent());
        robot.clickOn("#check-proposal-presented").clickOn("#check-signed-or-paid");
        TextField value = robot.lookup("#won-final-value").queryAs(TextField.class);
        assertThat(value.getText()).isEmpty();
        assertThat(moveDisabled(robot)).isTrue();
        assertThat(text(robot, "#won-final-value-problem")).isEqualTo("Enter the final value");

        robot.clickOn(value).write("900");
        assertThat(moveDisabled(robot)).isFalse();
        robot.clickOn("#qualify-move");
        waitUntil(() -> now(unvalued).stage() == Stage.WON);
        assertThat(now(unvalued).finalValue()).isEqualTo(new Money(900_00L, "EUR"));
        assertThat(now(unvalued).closedOn()).isEqualTo(TODAY);
        waitUntil(() -> card(robot, "Unvalued opportunity").lookup(".card-value") instanceof Label l && l.getText().equals("€900"));

        // Its win corrected from the detail pane (a final value mistyped): it took moving the deal back and winning it again.
        robot.clickOn(leftEdge(robot, "Unvalued opportunity"));
        waitUntil(() -> robot.lookup("#deal-title").tryQueryAs(TextField.class).map(t -> t.getText().equals("Unvalued opportunity")).orElse(false));
        robot.type(KeyCode.ENTER); // opens the deal: the pane's Deals tab
        waitUntil(() -> robot.lookup("#deal-correct-win").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#deal-correct-win");
        waitUntil(() -> robot.lookup("#won-correction-save").tryQuery().isPresent());
        assertThat(robot.lookup("#won-correction-save").queryButton().isDisabled()).as("nothing corrected yet").isTrue();
        TextField corrected = robot.lookup("#won-final-value").queryAs(TextField.class);
        assertThat(corrected.getText()).as("what is recorded").isEqualTo("900.00");
        robot.interact(corrected::clear);
        robot.clickOn(corrected).write("990");
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(corrected.getScene(), "won-correction"));
        robot.clickOn("#won-correction-save");
        waitUntil(() -> new Money(990_00L, "EUR").equals(now(unvalued).finalValue()));
        assertThat(now(unvalued).closedOn()).isEqualTo(TODAY);
        waitUntil(() -> robot.lookup("#deal-closing").queryAs(Label.class).getText().equals("Won for €990 on Mar 12, 2026"));
        waitUntil(() -> card(robot, "Unvalued opportunity").lookup(".card-value") instanceof Label l && l.getText().equals("€990"));
    }

}
