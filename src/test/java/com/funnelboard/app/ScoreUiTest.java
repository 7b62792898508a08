package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A card shows its lead score as a badge; opening it explains the score line by line in the pane. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ScoreUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        Deal pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        Fixtures.interaction(store, pilot, InteractionKind.DEMO_REQUEST, Direction.IN, Fixtures.NOW.minus(Duration.ofDays(9)));
        Fixtures.interaction(store, pilot, InteractionKind.CALL, Direction.OUT, Fixtures.NOW.minus(Duration.ofDays(2)));
        app = AppWindow.show(stage, store, java.util.function.UnaryOperator.identity(), 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theBadgeShowsTheScoreAndThePaneExplainsIt(FxRobot robot) {
        Node card = BoardUiTest.card(robot, "Pilot");
        BoardUiTest.waitUntil(() -> robot.from(card).lookup(".card-score").tryQueryAs(Label.class)
                .map(l -> l.isVisible() && l.getText().equals("50")).orElse(false));

        robot.clickOn(card);
        BoardUiTest.waitUntil(() -> robot.lookup("#deal-title").tryQueryAs(javafx.scene.control.TextInputControl.class)
                .map(t -> t.getText().equals("Pilot")).orElse(false));
        robot.type(javafx.scene.input.KeyCode.ENTER); // opens the deal: the pane's Deals tab
        BoardUiTest.waitUntil(() -> robot.lookup("#deal-score-total").tryQueryAs(Label.class).map(l -> l.getText().equals("50")).orElse(false));
        GridPane lines = robot.lookup("#deal-score-lines").queryAs(GridPane.class);
        assertThat(lines.getChildren().stream().map(n -> ((Label) n).getText()).toList())
                .containsExactly("+30", "demo request, Mar 3", "+20", "call, Mar 10");
        assertThat(robot.lookup("#deal-score").query().isVisible()).isTrue();
    }
}
