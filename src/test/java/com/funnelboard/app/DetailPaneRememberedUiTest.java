package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.service.SetupService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A detail pane hidden on this installation stays hidden when the window opens again; opening a card brings it back;
 * its width comes back after the window was made narrower and wider again.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class DetailPaneRememberedUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        new SetupService(store, Locale.ENGLISH).setPreference("detail.shown", "false");
        app = AppWindow.show(stage, store);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aHiddenPaneOpensHiddenAndOpeningACardShowsIt(FxRobot robot) {
        SplitPane workbench = robot.lookup("#workbench").queryAs(SplitPane.class);
        BoardUiTest.waitUntil(() -> workbench.getItems().size() == 1);
        BoardUiTest.card(robot, "Pilot");
        assertThat(robot.lookup("#toggle-detail").queryAs(ToggleButton.class).isSelected()).isFalse();
        // The setting is this installation's, kept out of the shared change log.
        java.util.Optional<String> kept = store.read(r -> r.local().get("ui.detail.shown"));
        assertThat(kept).contains("false");

        // Opening the card (selected, then Enter — the keyboard's double-click) shows the pane again.
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> workbench.getItems().size() == 2);
        assertThat(robot.lookup("#toggle-detail").queryAs(ToggleButton.class).isSelected()).isTrue();

        // The pane's width as the user left it comes back when the window, made narrower, is made wider again (it kept
        // the squeezed width, and remembered it for the next start).
        javafx.scene.Node pane = workbench.getItems().get(1);
        javafx.stage.Window window = workbench.getScene().getWindow();
        robot.interact(() -> window.setWidth(1000)); // (a window of this JVM's test before may have left it wider)
        robot.sleep(100);
        double before = pane.getLayoutBounds().getWidth();
        dragDivider(robot, workbench, -110);
        BoardUiTest.waitUntil(() -> pane.getLayoutBounds().getWidth() > before + 90);
        double chosen = pane.getLayoutBounds().getWidth();
        java.util.function.Supplier<Double> remembered = () -> store.read(r -> r.local().get("ui.detail.width")).map(Double::parseDouble).orElse(0.0);
        BoardUiTest.waitUntil(() -> Math.abs(remembered.get() - chosen) < 10);
        double widthKept = remembered.get();
        robot.interact(() -> window.setWidth(700));
        BoardUiTest.waitUntil(() -> pane.getLayoutBounds().getWidth() < chosen - 30);
        robot.interact(() -> window.setWidth(1000));
        BoardUiTest.waitUntil(() -> Math.abs(pane.getLayoutBounds().getWidth() - chosen) < 3);
        robot.sleep(600); // the width is remembered after a 0.4 s pause
        assertThat(remembered.get()).isEqualTo(widthKept);
    }

    /**
     * The width the divider was dragged to comes back when the window opens again: the layouts of the
     * window's opening once moved the divider and saved that over it, so the pane always opened at its default.
     */
    @Test
    void theDraggedWidthComesBackAtTheNextStart(FxRobot robot) {
        SplitPane workbench = robot.lookup("#workbench").queryAs(SplitPane.class);
        robot.interact(() -> workbench.getScene().getWindow().setWidth(1300));
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> workbench.getItems().size() == 2);
        robot.sleep(100);
        javafx.scene.layout.Region pane = (javafx.scene.layout.Region) workbench.getItems().get(1);
        double before = pane.getWidth();
        dragDivider(robot, workbench, -120);
        BoardUiTest.waitUntil(() -> pane.getWidth() > before + 100);
        double chosen = pane.getWidth();
        BoardUiTest.waitUntil(() -> store.read(r -> r.local().get("ui.detail.width")).isPresent());
        robot.sleep(100);

        javafx.stage.Stage stage = (javafx.stage.Stage) workbench.getScene().getWindow();
        robot.interact(() -> {
            app.close();
            store = Fixtures.store(dir);
            app = AppWindow.show(stage, store, java.util.function.UnaryOperator.identity(), 1300, 800);
        });
        SplitPane again = robot.lookup("#workbench").queryAs(SplitPane.class);
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> again.getItems().size() == 2);
        javafx.scene.layout.Region reopened = (javafx.scene.layout.Region) again.getItems().get(1);
        BoardUiTest.waitUntil(() -> Math.abs(reopened.getWidth() - chosen) < 3);
        robot.sleep(600); // nothing the opening did is saved over it
        assertThat(reopened.getWidth()).isCloseTo(chosen, org.assertj.core.data.Offset.offset(3.0));
        assertThat(store.read(r -> r.local().get("ui.detail.width")).map(Double::parseDouble).orElseThrow())
                .isCloseTo(chosen, org.assertj.core.data.Offset.offset(10.0));
    }

    /** Drags the divider between the page and the pane sideways, as the user does (the only move of it that is a choice). */
    static void dragDivider(FxRobot robot, SplitPane split, double dx) {
        javafx.scene.Node divider = split.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("split-pane-divider"))
                .findFirst().orElseThrow();
        javafx.geometry.Point2D from = BoardUiTest.centreOf(divider);
        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY);
        // A few pixels at a time, each laid out before the next: headless, a drag event goes to the node under the
        // pointer, and a jump past the divider's grabber (a few pixels wide) would leave it behind.
        int steps = (int) Math.ceil(Math.abs(dx) / 2);
        for (int i = 1; i <= steps; i++) {
            robot.robotContext().getMouseRobot().moveNoWait(from.add(dx * i / steps, 0));
            UiRobot.settle(); // the events it caused handled, and the divider laid out where it went
        }
        robot.drop();
    }
}
