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
        assertContrastInBothThemes(robot, false, frame -> contrast((Color) frame.getBackground().getFills().getFirst().getFill(),
                (Color) frame.getBackground().getFills().get(1).getFill()));
    }

    /** A ticked box shows its tick in both themes: in the light one the white tick sat on the page's white (no box showed one). */
    @Test
    void aTickedCheckBoxShowsItsTickInBothThemes(FxRobot robot) throws Exception {
        assertContrastInBothThemes(robot, true, frame -> contrast((Color) frame.getBackground().getFills().getLast().getFill(),
                (Color) ((Region) frame.lookup(".mark")).getBackground().getFills().getLast().getFill()));
    }

    /** A check box, ticked or not, shown with the app's style sheet in each theme: {@code ratio} of its box is at least 3:1. */
    private static void assertContrastInBothThemes(FxRobot robot, boolean ticked, java.util.function.ToDoubleFunction<Region> ratioOfBox) {
        for (String theme : java.util.List.of(new PrimerLight().getUserAgentStylesheet(), new PrimerDark().getUserAgentStylesheet())) {
            double[] ratio = new double[1];
            robot.interact(() -> {
                Application.setUserAgentStylesheet(theme);
                CheckBox box = new CheckBox("Has a need that our product or service addresses");
                box.setSelected(ticked);
                StackPane page = new StackPane(box);
                Scene scene = new Scene(page, 400, 100);
                scene.getStylesheets().add(DesktopApp.stylesheet());
                javafx.stage.Stage stage = new javafx.stage.Stage();
                stage.setScene(scene);
                stage.show();
                page.applyCss();
                page.layout();
                ratio[0] = ratioOfBox.applyAsDouble((Region) box.lookup(".box"));
                stage.close();
            });
            assertThat(ratio[0]).as(theme).isGreaterThanOrEqualTo(3.0);
        }
    }

    /**
     * A met checklist item with the keyboard on it reads in both themes: in the dark one its translucent green lay over the
     * frame's blue, so the whole row turned blue and its evidence (muted text) and its tag all but vanished (1.5 : 1).
     */
    @Test
    void aMetItemWithTheKeyboardOnItReadsInBothThemes(FxRobot robot) {
        for (String theme : java.util.List.of(new PrimerLight().getUserAgentStylesheet(), new PrimerDark().getUserAgentStylesheet())) {
            double[] ratio = new double[1];
            javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
            CheckBox[] box = new CheckBox[1];
            robot.interact(() -> {
                Application.setUserAgentStylesheet(theme);
                box[0] = new CheckBox();
                box[0].setSelected(true);
                javafx.scene.control.Label evidence = new javafx.scene.control.Label("industry unknown, company size unknown");
                evidence.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
                javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, box[0], evidence);
                row.getStyleClass().addAll("checklist-row", "holds");
                StackPane page = new StackPane(row);
                page.setStyle("-fx-background-color: -color-bg-default;");
                Scene scene = new Scene(page, 400, 100);
                scene.getStylesheets().add(DesktopApp.stylesheet());
                stage[0] = new javafx.stage.Stage();
                stage[0].setScene(scene);
                stage[0].show();
                box[0].requestFocus();
            });
            UiRobot.settle();
            robot.interact(() -> {
                javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) box[0].getParent();
                row.applyCss();
                Color under = (Color) ((Region) row.getParent()).getBackground().getFills().getFirst().getFill();
                ratio[0] = contrast(inside(row, under), (Color) ((javafx.scene.control.Label) row.getChildren().get(1)).getTextFill());
                stage[0].close();
            });
            assertThat(ratio[0]).as(theme).isGreaterThanOrEqualTo(3.0);
        }
    }

    /** The colour inside a region's frame: each of its fills that reaches in, laid over {@code under} with its opacity. */
    private static Color inside(Region r, Color under) {
        double red = under.getRed();
        double green = under.getGreen();
        double blue = under.getBlue();
        for (javafx.scene.layout.BackgroundFill f : r.getBackground().getFills()) {
            Color c = (Color) f.getFill();
            double a = c.getOpacity();
            red = c.getRed() * a + red * (1 - a);
            green = c.getGreen() * a + green * (1 - a);
            blue = c.getBlue() * a + blue * (1 - a);
        }
        return Color.color(red, green, blue);
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

    /** The log bar's In and Out, with the keyboard on them after Tab, are framed (nothing on the screen changed). */
    @Test
    void aToggleWithTheKeyboardOnItIsFramed(FxRobot robot) {
        javafx.scene.control.ToggleButton[] in = new javafx.scene.control.ToggleButton[1];
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            javafx.scene.control.TextField before = new javafx.scene.control.TextField();
            in[0] = new javafx.scene.control.ToggleButton("In");
            Scene scene = new Scene(new javafx.scene.layout.HBox(before, in[0]), 300, 100);
            scene.getStylesheets().add(DesktopApp.stylesheet());
            stage[0] = new javafx.stage.Stage();
            stage[0].setScene(scene);
            stage[0].show();
            before.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.TAB);
        UiRobot.settle();
        assertThat(in[0].isFocused()).isTrue();
        assertThat(in[0].isFocusVisible()).as("by the keyboard").isTrue();
        robot.interact(() -> in[0].applyCss());
        assertThat(in[0].getBorder()).as("framed").isNotNull();
        assertThat(in[0].getBorder().getStrokes()).isNotEmpty();
        robot.interact(stage[0]::close);
    }
}
