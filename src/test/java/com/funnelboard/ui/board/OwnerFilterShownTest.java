package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.service.PeopleService.Owner;
import com.funnelboard.testing.UiRobot;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The owner filter, shown as the window shows it (bound to the choices, naming the person closed), says whose deals the board
 * shows after the choices are read again in another order (deals given from one rep to another reorder them by deals owned):
 * it named another rep over the chosen one's deals, a manager reading that rep's totals under the wrong name.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class OwnerFilterShownTest {

    private final OwnerChoices owners = new OwnerChoices(f -> { });
    private ComboBox<OwnerChoices.Choice> box;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        box = new ComboBox<>(owners.choices());
        box.valueProperty().bindBidirectional(owners.selectedProperty());
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(OwnerChoices.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.shown());
            }
        });
        stage.setScene(new Scene(new StackPane(box), 300, 100));
        stage.sizeToScene(); // the stage is shared with the JVM's other test classes
        stage.show();
    }

    @Test
    void theChosenRepIsNamedAfterTheChoicesAreReorderedOrChanged(FxRobot robot) {
        Owner ben = new Owner("ben@acme.test", "Ben Okoro", 40);
        Owner chloe = new Owner("chloe@acme.test", "Chloe Ng", 30);
        Owner dev = new Owner("dev@acme.test", "Dev Patel", 20);
        robot.interact(() -> {
            owners.show(new OwnerChoices.Read(Optional.empty(), List.of(ben, chloe, dev), 0));
            owners.choose(OwnerFilter.person(chloe.email()));
        });
        UiRobot.settle();
        assertThat(box.getButtonCell().getText()).isEqualTo("Chloe Ng");
        // Dev was given deals: he now owns more than Chloe, and comes before her.
        robot.interact(() -> owners.show(new OwnerChoices.Read(Optional.empty(),
                List.of(ben, new Owner(dev.email(), dev.name(), 35), new Owner(chloe.email(), chloe.name(), 15)), 0)));
        UiRobot.settle();
        assertThat(owners.selectedProperty().get().filter()).isEqualTo(OwnerFilter.person(chloe.email()));
        assertThat(box.getValue().shown()).isEqualTo("Chloe Ng");
        assertThat(box.getButtonCell().getText()).as("what the closed filter says").isEqualTo("Chloe Ng");
        // A rep who owns nothing any more drops out, and one more appears.
        robot.interact(() -> owners.show(new OwnerChoices.Read(Optional.empty(),
                List.of(new Owner("eve@acme.test", "Eve Lund", 50), new Owner(chloe.email(), chloe.name(), 15)), 0)));
        UiRobot.settle();
        assertThat(box.getButtonCell().getText()).isEqualTo("Chloe Ng");
    }
}
