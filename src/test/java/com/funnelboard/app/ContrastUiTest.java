package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.funnelboard.testing.UiRobot;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;

/**
 * An empty check box's frame stands out from the page in both themes (3:1, as a control's edge should): the theme's measured
 * 1.36:1 in the light one and 1.42:1 in the dark one.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ContrastUiTest {

    @AfterEach
    void lightAgain() {
        javafx.application.Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        UiRobot.settle();
    }

    @Test
    void anEmptyCheckBoxsFrameStandsOutInBothThemes(FxRobot robot) throws Exception {
        for (String theme : java.util.List.of(new PrimerLight().getUserAgentStylesheet(), new PrimerDark().getUserAgentStylesheet())) {
            double[] ratio = new double[1];
            robot.interact(() -> {
                Application.setUserAgentStylesheet(theme);
                CheckBox box = new CheckBox("Only deals with no contact");
                StackPane page = new StackPane(box);
                Scene scene = new Scene(page, 300, 100);
                scene.getStylesheets().add(DesktopApp.stylesheet());
                javafx.stage.Stage stage = new javafx.stage.Stage();
                stage.setScene(scene);
                stage.show();
                page.applyCss();
                page.layout();
                Region frame = (Region) box.lookup(".box");
                Color edge = (Color) frame.getBackground().getFills().getFirst().getFill();
                Color inside = (Color) frame.getBackground().getFills().get(1).getFill();
                ratio[0] = contrast(edge, inside);
                stage.close();
            });
            assertThat(ratio[0]).as(theme).isGreaterThanOrEqualTo(3.0);
        }
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
