package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.UiRobot;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A dialog taller or wider than the screen's free area (a small laptop, text scaled to 150 %) is
 * made to fit it, its content scrolling between its header and its buttons: a merge of two contacts
 * opened 764 px tall on a 720 px screen, with its Merge button below the bottom edge. Where the
 * buttons land is looked at under a real window system (the headless toolkit keeps a scene at its
 * own size); here, the window's size and place and the scrolling content.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ScreenFitTest {

    Stage owner;
    Dialog<ButtonType> dialog;
    Region body;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("main")), 200, 100));
        stage.show();
    }

    @Test
    void aDialogLargerThanTheFreeAreaIsMadeToFitItAndItsContentScrolls(FxRobot robot) {
        Rectangle2D small = new Rectangle2D(10, 20, 300, 200);
        robot.interact(() -> {
            dialog = new Dialog<>();
            dialog.initOwner(owner);
            body = new VBox(new Label("The first line"));
            body.setPrefSize(250, 150);
            dialog.getDialogPane().setContent(body);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.show();
            dialog.getDialogPane().getScene().getWindow().setX(15);
            dialog.getDialogPane().getScene().getWindow().setY(25);
        });
        UiRobot.settle();
        Window window = dialog.getDialogPane().getScene().getWindow();
        robot.interact(() -> {
            window.setWidth(280);
            window.setHeight(180);
            ScreenFit.fit(window, small);
        });
        assertThat(dialog.getDialogPane().getContent()).as("one that fits is left as it is").isSameAs(body);

        robot.interact(() -> {
            window.setWidth(450);
            window.setHeight(500);
            ScreenFit.fit(window, small);
        });
        UiRobot.settle();
        assertThat(window.getHeight()).isEqualTo(200);
        assertThat(window.getWidth()).isEqualTo(300);
        assertThat(window.getX()).isEqualTo(10);
        assertThat(window.getY()).isEqualTo(20);
        assertThat(dialog.getDialogPane().getContent()).as("its content scrolls").isInstanceOf(ScrollPane.class);
        assertThat(((ScrollPane) dialog.getDialogPane().getContent()).getContent()).isSameAs(body);

        robot.interact(() -> ScreenFit.fit(window, small));
        assertThat(((ScrollPane) dialog.getDialogPane().getContent()).getContent()).as("wrapped once").isSameAs(body);
        robot.interact(dialog::close);
    }
}
