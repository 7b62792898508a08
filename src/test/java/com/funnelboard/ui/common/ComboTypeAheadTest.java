package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.UiRobot;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Letters typed on a list that is not typed into pick the entry they begin (typing "r" on a deal's Source did nothing). */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ComboTypeAheadTest {

    ComboBox<String> source;
    TextField field;

    @Start
    void start(javafx.stage.Stage stage) {
        source = new ComboBox<>(FXCollections.observableArrayList("Website", "Referral", "Paid ad", "Réunion", "Cold call", "Event"));
        field = new TextField();
        VBox root = new VBox(source, field);
        ComboTypeAhead.install(root);
        stage.setScene(com.funnelboard.testing.AppTheme.scene(root, 300, 120));
        stage.sizeToScene(); // the stage is shared with the JVM's other test classes
        stage.show();
    }

    @Test
    void lettersPickTheEntryTheyBeginAndAgainTheNextOne(FxRobot robot) {
        robot.interact(source::requestFocus);
        robot.write("r");
        UiRobot.settle();
        assertThat(source.getValue()).isEqualTo("Referral");
        robot.write("r");
        UiRobot.settle();
        assertThat(source.getValue()).as("the same letter again: the next entry with it, accents aside").isEqualTo("Réunion");
        robot.write("e");
        UiRobot.settle();
        assertThat(source.getValue()).as("\"rre\" begins nothing: the letter is still the list's").isEqualTo("Réunion");
        robot.interact(() -> source.getProperties().clear()); // as after a second's pause
        robot.write("c");
        UiRobot.settle();
        assertThat(source.getValue()).isEqualTo("Cold call");

        // A field typed into keeps its letters.
        robot.clickOn(field).write("r");
        UiRobot.settle();
        assertThat(field.getText()).isEqualTo("r");
        assertThat(source.getValue()).isEqualTo("Cold call");
    }
}
