package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Person;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.shell.IdentityDialog;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * "Who are you?" on a database where teammates own deals, or one copied from another computer: the deals nobody owns are
 * offered, not ticked (OK gave a whole team's unowned pipeline to whoever opened it, and said so only afterwards).
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class IdentityUnownedUiTest {

    javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        com.funnelboard.testing.AppWindow.owner(stage);
    }

    private IdentityDialog.Answer answer(FxRobot robot, Optional<Person> copiedFrom, boolean othersOwn, boolean tick) {
        AtomicReference<Optional<IdentityDialog.Answer>> said = new AtomicReference<>();
        Platform.runLater(() -> said.set(IdentityDialog.ask(stage, new Person("Mara Manager", "mara@nordwind.example"), copiedFrom, 300,
                othersOwn)));
        BoardUiTest.waitUntil(() -> robot.lookup("#identity-take-unowned").tryQuery().isPresent());
        CheckBox take = robot.lookup("#identity-take-unowned").queryAs(CheckBox.class);
        assertThat(take.getText()).isEqualTo("Make the 300 deals nobody owns yours");
        assertThat(take.isSelected()).as("not ticked: the deals may be the team's").isFalse();
        if (tick) {
            robot.clickOn(take);
        }
        robot.clickOn(robot.lookup(".button").match((Button b) -> "OK".equals(b.getText())).queryButton());
        BoardUiTest.waitUntil(() -> said.get() != null);
        return said.get().orElseThrow();
    }

    @Test
    void whereTeammatesOwnDealsTheUnownedOnesAreOfferedNotTaken(FxRobot robot) {
        assertThat(answer(robot, Optional.empty(), true, false).takeUnowned()).isFalse();
        assertThat(answer(robot, Optional.empty(), true, true).takeUnowned()).as("ticked by the user").isTrue();
    }

    @Test
    void aFileFromAnotherComputerDoesNotTakeThemEither(FxRobot robot) {
        assertThat(answer(robot, Optional.of(new Person("Ida Berg", "ida@nordwind.example")), false, false).takeUnowned()).isFalse();
    }
}
