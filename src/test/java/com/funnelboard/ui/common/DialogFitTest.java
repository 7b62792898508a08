package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A window taller than its screen, or hanging over its top or bottom edge, is brought within it. */
@ExtendWith(ApplicationExtension.class)
class DialogFitTest {

    Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        stage.setScene(new Scene(new Label("Imported 6 rows"), 400, 300));
        stage.show();
    }

    @Test
    void aWindowIsKeptWithinTheVisiblePartOfItsScreen(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            window.setY(screen.getMinY() - 100);
            window.setHeight(screen.getHeight() + 300);
            DialogFit.onScreen(window);
        });
        assertThat(window.getHeight()).isEqualTo(screen.getHeight());
        assertThat(window.getY()).as("its top in sight").isEqualTo(screen.getMinY());

        robot.interact(() -> {
            window.setHeight(300);
            window.setY(screen.getMaxY() - 100);
            DialogFit.onScreen(window);
        });
        assertThat(window.getY() + window.getHeight()).as("its buttons in sight").isEqualTo(screen.getMaxY());
        assertThat(window.getHeight()).isEqualTo(300);
    }
}
