package com.funnelboard.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.UiRobot;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;

/** Cancel import says "Cancelling…" at once and asks the import to stop once; a new import readies it again. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class CancelImportButtonUiTest {

    @Test
    void aClickAsksTheImportToStopAndSaysSoAtOnce(FxRobot robot) {
        AtomicInteger asked = new AtomicInteger();
        Button cancel = new Button();
        robot.interact(() -> {
            CancelImportButton.arm(cancel, asked::incrementAndGet);
            cancel.fire();
            cancel.fire(); // disabled after the first: asked once
        });
        assertThat(asked).hasValue(1);
        assertThat(cancel.getText()).isEqualTo("Cancelling\u2026");
        assertThat(cancel.isDisabled()).isTrue();
        robot.interact(() -> CancelImportButton.arm(cancel, asked::incrementAndGet));
        assertThat(cancel.getText()).as("the next import").isEqualTo("Cancel import");
        assertThat(cancel.isDisabled()).isFalse();
    }
}
