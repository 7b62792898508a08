package com.funnelboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.service.SetupService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.common.Ems;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The text size chosen in the app: its steps, every window's text, its keys and the choice kept for the next start. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class TextSizeTest {

    @TempDir
    Path dir;

    final ExecutorService io = Executors.newSingleThreadExecutor();
    final List<Stage> stages = new java.util.ArrayList<>();
    TextSize installed;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            stages.forEach(Stage::close);
            if (installed != null) {
                installed.close();
            }
        });
        io.shutdownNow();
    }

    @Test
    void theStepsGoFromEightyToTwoHundredPercentAndStopAtTheirEnds() {
        assertThat(TextSize.step(100, 1)).isEqualTo(110);
        assertThat(TextSize.step(110, 1)).isEqualTo(125);
        assertThat(TextSize.step(100, -1)).isEqualTo(90);
        assertThat(TextSize.step(200, 1)).isEqualTo(200);
        assertThat(TextSize.step(80, -1)).isEqualTo(80);
        assertThat(TextSize.nearest(123)).isEqualTo(125);
        assertThat(TextSize.nearest(1000)).isEqualTo(200);
        assertThat(TextSize.stylesheet(100)).isNull();
    }

    @Test
    void everyWindowOpenNowOrLaterShowsTheChosenSizeAndTheNextStartKeepsIt(FxRobot robot) throws Exception {
        Store store = Fixtures.store(dir);
        SetupService setup = new SetupService(store, Locale.UK);
        Label before = new Label("Open before");
        robot.interact(() -> stages.add(show(before)));
        installed = new TextSize(setup, io);
        robot.interact(installed::install);
        double theTheme = before.getFont().getSize(); // the theme's (14 px in the app's)

        List<MenuItem> items = installed.menuItems();
        MenuItem larger = items.stream().filter(i -> "text-larger".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(larger::fire);
        robot.interact(larger::fire);
        robot.interact(larger::fire);
        assertThat(installed.percentProperty().get()).isEqualTo(150);
        UiRobot.settle();
        assertThat(before.getFont().getSize()).isEqualTo(21.0);

        // A dialog or popup opened afterwards gets it too, as it opens.
        Label later = new Label("Opened after");
        robot.interact(() -> stages.add(show(later)));
        UiRobot.settle();
        assertThat(later.getFont().getSize()).isEqualTo(21.0);

        MenuItem actual = items.stream().filter(i -> "text-actual".equals(i.getId())).findFirst().orElseThrow();
        assertThat(actual.getText()).contains("150 %");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> setup.preference(TextSize.KEY).filter("150"::equals).isPresent());
        TextSize next = new TextSize(new SetupService(store, Locale.UK), io);
        robot.interact(next::install);
        assertThat(next.percentProperty().get()).isEqualTo(150);
        robot.interact(next::close);

        robot.interact(actual::fire);
        UiRobot.settle();
        assertThat(before.getFont().getSize()).isEqualTo(theTheme);
        assertThat(later.getFont().getSize()).isEqualTo(theTheme);
        assertThat(actual.isDisable()).isTrue();
    }

    /** The size belongs to the computer: another database opens at the size chosen with the first (it opened at 100 %). */
    @Test
    void anotherDatabaseOpensAtTheSizeChosen(FxRobot robot) throws Exception {
        Path known = dir.resolve("app").resolve("known-files");
        java.nio.file.Files.createDirectories(known.getParent());
        Store first = Store.open(dir.resolve("first.db"), Fixtures.CLOCK, known);
        installed = new TextSize(new SetupService(first, Locale.UK), io);
        robot.interact(() -> {
            installed.install();
            installed.percentProperty().set(150);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(known.resolveSibling("preferences.properties")));
        robot.interact(installed::close);
        first.close();
        try (Store second = Store.open(dir.resolve("second.db"), Fixtures.CLOCK, known)) {
            TextSize other = new TextSize(new SetupService(second, Locale.UK), io);
            robot.interact(other::install);
            assertThat(other.percentProperty().get()).isEqualTo(150);
            robot.interact(other::close);
        }
        // A settings file that does not read (a broken escape) is no reason not to start: the theme's size, left as it was.
        java.nio.file.Path file = known.resolveSibling("preferences.properties");
        java.nio.file.Files.writeString(file, "text-size=\\uZZZZ\n");
        byte[] broken = java.nio.file.Files.readAllBytes(file);
        try (Store third = Store.open(dir.resolve("third.db"), Fixtures.CLOCK, known)) {
            TextSize other = new TextSize(new SetupService(third, Locale.UK), io);
            robot.interact(other::install);
            assertThat(other.percentProperty().get()).isEqualTo(100);
            robot.interact(other::close);
        }
        assertThat(file).hasBinaryContent(broken);
    }

    @Test
    void theKeypadsPlusAndMinusAndCtrlShiftEqualsChangeItToo(FxRobot robot) throws Exception {
        installed = new TextSize(new SetupService(Fixtures.store(dir), Locale.UK), io);
        Label label = new Label("Keys");
        robot.interact(() -> {
            installed.install();
            Stage s = show(label);
            stages.add(s);
            installed.keys(s.getScene());
            s.getScene().getRoot().fireEvent(key(KeyCode.ADD, false));
            s.getScene().getRoot().fireEvent(key(KeyCode.EQUALS, true));
        });
        assertThat(installed.percentProperty().get()).isEqualTo(125);
        robot.interact(() -> label.getScene().getRoot().fireEvent(key(KeyCode.SUBTRACT, false)));
        assertThat(installed.percentProperty().get()).isEqualTo(110);
        robot.interact(() -> label.getScene().getRoot().fireEvent(key(KeyCode.NUMPAD0, false)));
        assertThat(installed.percentProperty().get()).isEqualTo(100);
        // A German keyboard's "=" is Shift+0: Ctrl with it is the menu's Ctrl+=, not Actual size (Ctrl+0).
        robot.interact(() -> label.getScene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "=", KeyCode.DIGIT0, true, true, false, false)));
        assertThat(installed.percentProperty().get()).isEqualTo(110);
        robot.interact(() -> label.getScene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "+", KeyCode.PLUS, false, true, false, false)));
        assertThat(installed.percentProperty().get()).isEqualTo(125);
    }

    @Test
    void aBarGivesWayLaterWithLargerText(FxRobot robot) {
        Button reference = new Button("Clear");
        HBox bar = new HBox(reference);
        robot.interact(() -> stages.add(show(bar, 1300)));
        UiRobot.settle();
        // 1,300 px is room enough for a bar that gives way below 1,150 px of the theme's text …
        assertThat(Ems.narrowerThan(bar, 1150, reference).get()).isFalse();
        // … and not at 150 %, where its words take half as much room again.
        robot.interact(() -> bar.setStyle("-fx-font-size: 21px;"));
        UiRobot.settle();
        assertThat(Ems.narrowerThan(bar, 1150, reference).get()).isTrue();
    }

    private static Stage show(Label label) {
        return show(new StackPane(label), 300);
    }

    private static Stage show(javafx.scene.Parent root, double width) {
        Stage s = new Stage();
        s.setScene(new Scene(root, width, 100));
        s.show();
        return s;
    }

    private static KeyEvent key(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, true, false, false);
    }
}
