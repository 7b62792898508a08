package com.funnelboard.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.scoring.IdealCustomerProfile;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.testing.UiRobot;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A number typed out of a rule's range is marked in the Scoring dialog, its tooltip saying what it is taken as. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ScoringDialogUiTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aNumberOutOfRangeIsMarkedWhileTyped(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        javafx.application.Platform.runLater(() -> {
            try {
                ScoringDialog.ask(stage, new ScoringViewModel.Setup(ScoringRules.DEFAULTS, IdealCustomerProfile.DEFAULTS));
            } catch (RuntimeException e) {
                failed.set(e);
            }
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> failed.get() != null
                || robot.lookup("#points-form-filled").tryQuery().isPresent());
        assertThat(failed.get()).isNull();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#points-form-filled").tryQuery().isPresent());
        TextField editor = robot.lookup("#points-form-filled").queryAs(javafx.scene.control.Spinner.class).getEditor();
        robot.interact(() -> editor.setText("99999"));
        assertThat(editor.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("danger"));
        assertThat(robot.lookup("#points-form-filled").queryAs(javafx.scene.control.Spinner.class).getTooltip().getText()).isEqualTo("From 0 to 1,000: 99999 is taken as 1000");
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(editor.getScene(), "scoring-out-of-range"));
        robot.interact(() -> editor.setText("40"));
        assertThat(editor.getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().equals("danger"));
        robot.interact(() -> ((javafx.stage.Stage) editor.getScene().getWindow()).close());
    }
}
