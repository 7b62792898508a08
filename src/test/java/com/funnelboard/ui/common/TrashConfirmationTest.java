package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.UiRobot;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A deletion that takes more than its record waits for its red button: Enter deleted a contact and its deal. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class TrashConfirmationTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    Boolean askAndPressEnter(FxRobot robot, String label) throws Exception {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        javafx.application.Platform.runLater(() -> answer.set(TrashConfirmation.ask(stage, "Move Ida Berg to the trash?", "…", label, 0)));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#confirm-delete").tryQuery().isPresent());
        UiRobot.settle();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> answer.get() != null);
        return answer.get();
    }

    @Test
    void enterDeletesARecordAloneAndNotOneWithItsDeals(FxRobot robot) throws Exception {
        assertThat(askAndPressEnter(robot, "Delete with its deal")).as("Enter is Cancel").isFalse();
        assertThat(askAndPressEnter(robot, "Delete")).as("a record alone: Enter deletes, Ctrl+Z takes it back").isTrue();
    }
}
