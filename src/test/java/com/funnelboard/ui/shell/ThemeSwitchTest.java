package com.funnelboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.funnelboard.service.SetupService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Light or dark: the rule, the menu, and the choice kept for the next start. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ThemeSwitchTest {

    @TempDir
    Path dir;

    final ExecutorService io = Executors.newSingleThreadExecutor();

    @AfterEach
    void lightAgain() {
        io.shutdownNow();
        Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        UiRobot.settle();
    }

    @Test
    void followingTheSystemShowsItsSchemeAndAChoiceOverridesIt() {
        assertThat(ThemeSwitch.dark(ThemeSwitch.Choice.SYSTEM, ColorScheme.DARK)).isTrue();
        assertThat(ThemeSwitch.dark(ThemeSwitch.Choice.SYSTEM, ColorScheme.LIGHT)).isFalse();
        assertThat(ThemeSwitch.dark(ThemeSwitch.Choice.LIGHT, ColorScheme.DARK)).isFalse();
        assertThat(ThemeSwitch.dark(ThemeSwitch.Choice.DARK, ColorScheme.LIGHT)).isTrue();
    }

    @Test
    void darkChosenFromTheMenuAppliesAtOnceAndIsThereAtTheNextStart(FxRobot robot) throws Exception {
        Store store = Fixtures.store(dir);
        SetupService setup = new SetupService(store, Locale.UK);
        ThemeSwitch first = new ThemeSwitch(setup, io);
        Menu[] menu = new Menu[1];
        boolean[] systemDark = new boolean[1];
        robot.interact(() -> {
            first.install();
            menu[0] = first.menu();
            systemDark[0] = Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        });
        // Nothing chosen yet: the system's scheme.
        assertThat(first.choiceProperty().get()).isEqualTo(ThemeSwitch.Choice.SYSTEM);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(systemDark[0]
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());

        RadioMenuItem dark = (RadioMenuItem) menu[0].getItems().stream().filter(i -> "theme-dark".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(dark::fire);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(dark.isSelected()).isTrue();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> setup.preference(ThemeSwitch.KEY).filter("dark"::equals).isPresent());

        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        ThemeSwitch next = new ThemeSwitch(new SetupService(store, Locale.UK), io);
        robot.interact(next::install);
        assertThat(next.choiceProperty().get()).isEqualTo(ThemeSwitch.Choice.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        store.close();
    }

    /** The theme belongs to the computer, as the text size does: another database opens dark (it opened light). */
    @Test
    void anotherDatabaseOpensInTheThemeChosen(FxRobot robot) throws Exception {
        Path known = dir.resolve("app").resolve("known-files");
        java.nio.file.Files.createDirectories(known.getParent());
        try (Store first = Store.open(dir.resolve("first.db"), Fixtures.CLOCK, known)) {
            ThemeSwitch chosen = new ThemeSwitch(new SetupService(first, Locale.UK), io);
            Menu[] menu = new Menu[1];
            robot.interact(() -> {
                chosen.install();
                menu[0] = chosen.menu();
            });
            RadioMenuItem dark = (RadioMenuItem) menu[0].getItems().stream().filter(i -> "theme-dark".equals(i.getId())).findFirst().orElseThrow();
            robot.interact(dark::fire);
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> java.nio.file.Files.exists(known.resolveSibling("preferences.properties")));
        }
        try (Store second = Store.open(dir.resolve("second.db"), Fixtures.CLOCK, known)) {
            ThemeSwitch other = new ThemeSwitch(new SetupService(second, Locale.UK), io);
            robot.interact(other::install);
            assertThat(other.choiceProperty().get()).isEqualTo(ThemeSwitch.Choice.DARK);
        }
    }
}
