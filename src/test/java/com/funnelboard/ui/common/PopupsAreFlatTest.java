package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.funnelboard.testing.UiRobot;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Menus and drop-down lists are windows of their own: without a compositing window manager the
 * margin of a shadow around one shows as a white frame, glaring in the dark theme. They are flat.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class PopupsAreFlatTest {

    MenuButton menu;
    ComboBox<String> combo;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        menu = new MenuButton("Views", null, new MenuItem("Nova"), new MenuItem("Big deals"));
        combo = new ComboBox<>();
        combo.getItems().setAll("Any follow-up", "No follow-up");
        Scene scene = new Scene(new HBox(8, menu, combo), 500, 300);
        scene.getStylesheets().add(PopupsAreFlatTest.class.getResource("/com/funnelboard/ui/funnelboard.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared with the JVM's other test classes
        stage.show();
    }

    @AfterEach
    void light() {
        javafx.application.Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        UiRobot.settle();
    }

    @Test
    void menusAndDropDownListsCastNoShadowInTheDarkTheme(FxRobot robot) {
        robot.interact(menu::show);
        UiRobot.settle();
        Node popup = robot.lookup(".context-menu").query();
        assertThat(popup.getEffect()).as("the menu's shadow").isNull();
        robot.interact(menu::hide);
        robot.interact(combo::show);
        UiRobot.settle();
        Node list = robot.lookup(".combo-box-popup > .list-view").query();
        assertThat(list.getEffect()).as("the drop-down list's shadow").isNull();
        robot.interact(combo::hide);
        // Tooltips too: a white frame stood around each in the dark theme.
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip("* 1 won deal left out");
        robot.interact(() -> tip.show(menu, 10, 10));
        UiRobot.settle();
        javafx.scene.layout.Region shown = (javafx.scene.layout.Region) tip.getSkin().getNode();
        assertThat(shown.getEffect()).as("the tooltip's shadow").isNull();
        assertThat(shown.getBackground().getFills()).allMatch(f -> f.getRadii().isUniform() && f.getRadii().getTopLeftHorizontalRadius() == 0);
        robot.interact(tip::hide);
    }
}
