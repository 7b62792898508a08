package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.UiRobot;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Page Down on a page with the keyboard moves a screen less a tenth (it moved about 40 pixels of the Reports page a press). */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class PageScrollTest {

    private ScrollPane page;

    @Start
    void start(javafx.stage.Stage stage) {
        Region tall = new Region();
        tall.setPrefSize(300, 2_400);
        page = new ScrollPane(tall);
        PageScroll.install(page);
        stage.setScene(new Scene(page, 320, 400));
        stage.show();
    }

    @Test
    void pageDownAndUpMoveAScreenLessATenth(FxRobot robot) {
        robot.interact(page::requestFocus);
        double view = page.getViewportBounds().getHeight();
        double range = 2_400 - view;
        robot.type(KeyCode.PAGE_DOWN);
        UiRobot.settle();
        assertThat(page.getVvalue() * range).as("pixels moved").isCloseTo(view * PageScroll.PAGE, org.assertj.core.data.Offset.offset(1.0));
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_UP);
        UiRobot.settle();
        assertThat(page.getVvalue() * range).isCloseTo(view * PageScroll.PAGE, org.assertj.core.data.Offset.offset(1.0));
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        UiRobot.settle();
        assertThat(page.getVvalue()).as("not past the end").isEqualTo(page.getVmax());
    }
}
