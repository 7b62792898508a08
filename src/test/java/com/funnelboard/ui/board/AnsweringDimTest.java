package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.UiRobot;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;

/** The board's columns are dimmed while an answer takes more than a moment, and whole again once it has come. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class AnsweringDimTest {

    @Test
    void theColumnsAreDimmedWhileALongAnswerIsComingOnly(FxRobot robot) throws Exception {
        Region columns = new Region();
        SimpleBooleanProperty loading = new SimpleBooleanProperty();
        robot.interact(() -> AnsweringDim.install(columns, loading));
        robot.interact(() -> loading.set(true));
        robot.interact(() -> loading.set(false));
        Thread.sleep(500);
        UiRobot.settle();
        assertThat(columns.getOpacity()).as("a quick answer: no flicker").isEqualTo(1.0);
        robot.interact(() -> loading.set(true));
        Thread.sleep(500);
        UiRobot.settle();
        assertThat(columns.getOpacity()).isEqualTo(AnsweringDim.DIMMED);
        robot.interact(() -> loading.set(false));
        assertThat(columns.getOpacity()).isEqualTo(1.0);
    }
}
