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
        robot.interact(() -> workbench.setDividerPositions(0.4));
        java.util.function.Supplier<Double> remembered = () -> store.read(r -> r.local().get("ui.detail.divider")).map(Double::parseDouble).orElse(0.0);
        BoardUiTest.waitUntil(() -> Math.abs(remembered.get() - 0.4) < 0.005);
        double chosen = pane.getLayoutBounds().getWidth();
        robot.interact(() -> window.setWidth(760));
        BoardUiTest.waitUntil(() -> pane.getLayoutBounds().getWidth() < chosen - 100);
        robot.interact(() -> window.setWidth(1000));
        BoardUiTest.waitUntil(() -> Math.abs(pane.getLayoutBounds().getWidth() - chosen) < 3);
        robot.sleep(600); // the divider is remembered after a 0.4 s pause
        assertThat(remembered.get()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.005));
    }
}
