package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.common.SafeWrap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Hebrew and Arabic in every place that wraps: JavaFX cannot wrap a line inside right-to-left text
 * (its layout throws, and the whole pass stops: Today went blank, the pane kept another contact's
 * timeline, the search box froze the window). The window shows such text on one line instead.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class RightToLeftUiTest {

    static final String NOTE = "פגישה עם דוד ועוד הרבה מילים כדי שהשורה תהיה ארוכה מאוד ותצטרך לשבור";
    static final String TITLE = "ספקי ציוד רפואי לבית החולים הגדול בעיר עם הרבה מילים";

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    FollowUp hebrew;
    FollowUp english;
    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler before;

    @Start
    void start(javafx.stage.Stage stage) {
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failures.add(e));
        store = Fixtures.store(dir);
        Deal deal = Fixtures.deal(store, TITLE, Stage.PROSPECT, 1000_00L);
        hebrew = new FollowUp(UUID.randomUUID(), deal.id(), Fixtures.NOW.plus(Duration.ofHours(2)), FollowUpKind.MEETING, NOTE, null);
        english = new FollowUp(UUID.randomUUID(), deal.id(), Fixtures.NOW.plus(Duration.ofHours(3)), FollowUpKind.CALL,
                "Call about the pricing", null);
        store.writeAll(r -> {
            r.followUps().insert(hebrew);
            r.followUps().insert(english);
        });
        app = AppWindow.show(stage, store);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void close() {
        app.close();
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        UiRobot.settle();
    }

    @Test
    void theBoardTodayAndSearchShowRightToLeftTextWithoutBreaking(FxRobot robot) {
        BoardUiTest.card(robot, TITLE);
        UiRobot.settle();

        robot.clickOn("#page-today");
        BoardUiTest.waitUntil(() -> robot.lookup("#done-" + english.id()).tryQuery().isPresent());
        UiRobot.settle();
        assertThat(robot.lookup((Label l) -> NOTE.equals(l.getText())).tryQuery()).as("the Hebrew note on its row").isPresent();
        assertThat(robot.lookup("#done-" + hebrew.id()).query().isVisible()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#search-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextInputControl.class).setText("ספקי"));
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#search-results").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> results.getItems().toString().contains(TITLE));
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.UP);
        UiRobot.settle();
        robot.type(KeyCode.ESCAPE);
        UiRobot.settle();

        // A dialog quoting a Hebrew title (every window opened is guarded as it shows, before its first layout).
        robot.interact(() -> {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "Move \u201C" + TITLE + "\u201D to the trash? " + NOTE, javafx.scene.control.ButtonType.CANCEL);
            ask.show();
        });
        UiRobot.settle();
        javafx.scene.control.Label content = robot.lookup(".dialog-pane .content").queryAs(Label.class);
        assertThat(content.isWrapText()).as("kept on one line").isFalse();
        robot.type(KeyCode.ESCAPE);
        UiRobot.settle();

        assertThat(failures).as("nothing thrown while laying the window out").isEmpty();
    }

    /**
     * A move of a deal with a right-to-left title opens its checklist: the dialog's header quoting the
     * title is laid out (to place the dialog) before it shows, and a header that wrapped inside the
     * title threw there ("The move could not be saved"; the deal could not leave its stage from the window).
     */
    @Test
    void aMoveOfARightToLeftDealOpensItsChecklist(FxRobot robot) {
        robot.clickOn(BoardUiTest.card(robot, TITLE));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup(".dialog-pane .header-panel .label").tryQuery().isPresent());
        Label header = robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class);
        assertThat(header.getText()).contains(TITLE);
        assertThat(header.isWrapText()).as("kept on one line").isFalse();
        robot.type(KeyCode.ESCAPE);
        UiRobot.settle();
        assertThat(failures).as("nothing thrown while laying the window out").isEmpty();
        assertThat(robot.lookup("#status").queryLabeled().getText()).doesNotContain("could not be saved");
    }

    /** A label turns its wrapping off while it holds right-to-left text, and on again after. */
    @Test
    void aLabelThatWrapsRightToLeftTextStaysOnOneLineAndLeftToRightTextWrapsAgain(FxRobot robot) {
        Label label = new Label(NOTE);
        robot.interact(() -> {
            SafeWrap.wrap(label);
            label.setMaxWidth(120);
            javafx.stage.Stage small = new javafx.stage.Stage();
            small.setScene(new Scene(new StackPane(label), 140, 200));
            small.show();
        });
        UiRobot.settle();
        assertThat(label.isWrapText()).isFalse();
        robot.interact(() -> label.setText("Call about the pricing and the terms of the second year"));
        UiRobot.settle();
        assertThat(label.isWrapText()).as("wraps again").isTrue();
        robot.interact(() -> label.getScene().getWindow().hide());
        assertThat(SafeWrap.canWrap("Müller & Söhne, Ελληνική, Київ, 上海")).isTrue();
        assertThat(SafeWrap.canWrap("Meeting שלום")).isFalse();
        assertThat(SafeWrap.canWrap("اتصل")).isFalse();
        assertThat(SafeWrap.inSentence("محمد عبدالله")).as("its own run in an English line").isEqualTo("\u200Eمحمد عبدالله\u200E");
        assertThat(SafeWrap.inSentence("Ida Berg")).isEqualTo("Ida Berg");

        // A tooltip's long sentence wraps within a screen's width (it ran off the edge), but not right-to-left text.
        Label status = new Label("short");
        String reason = "Today's backup was not taken: The backup could not be written to /media/usb/backups/pipeline-3950ed6c: "
                + "No space left on device";
        robot.interact(() -> {
            com.funnelboard.ui.common.LazyTooltip.install(status, () -> reason);
            status.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0,
                    javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null));
        });
        assertThat(status.getTooltip().isWrapText()).isTrue();
        assertThat(status.getTooltip().getMaxWidth()).isLessThan(600);
        assertThat(failures).isEmpty();
    }
}
