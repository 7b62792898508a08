package com.funnelboard.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.funnelboard.service.SetupService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Light or dark: AtlantaFX's Primer Light or Primer Dark, following the system's colour scheme
 * unless the user chose one (View → Theme). The choice belongs to this installation (a local
 * setting), and a change of the system's scheme applies at once while following it.
 */
public final class ThemeSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeSwitch.class);
    static final String KEY = "theme";

    /** What the user chose. */
    public enum Choice {
        SYSTEM("Follow the system"), LIGHT("Light"), DARK("Dark");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Choice parse(String key) {
            for (Choice c : values()) {
                if (c.name().equalsIgnoreCase(key)) {
                    return c;
                }
            }
            return SYSTEM;
        }
    }

    private final SetupService setup;
    private final Executor io;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.SYSTEM);

    public ThemeSwitch(SetupService setup, Executor io) {
        this.setup = setup;
        this.io = io;
    }

    /** Whether a choice shows the dark theme when the system's scheme is {@code system}. */
    public static boolean dark(Choice choice, ColorScheme system) {
        return choice == Choice.DARK || choice == Choice.SYSTEM && system == ColorScheme.DARK;
    }

    /** Reads the saved choice (one small local read, before the window shows), applies it, and follows changes. */
    public void install() {
        // The computer's, as the text size is (a second database opened light what the eyes had set dark).
        choice.set(setup.computerPreference(KEY).map(Choice::parse).orElse(Choice.SYSTEM));
        apply();
        Platform.getPreferences().colorSchemeProperty().addListener(o -> apply());
        choice.addListener((o, was, now) -> {
            apply();
            CompletableFuture.runAsync(() -> setup.setComputerPreference(KEY, now.name().toLowerCase(java.util.Locale.ROOT)), io)
                    .exceptionally(e -> {
                        LOG.error("The theme could not be saved", e);
                        return null;
                    });
        });
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** Whether the dark theme shows now. */
    public boolean isDark() {
        return dark(choice.get(), Platform.getPreferences().getColorScheme());
    }

    /** View → Theme: one radio item per choice. */
    public Menu menu() {
        Menu m = new Menu("Theme");
        m.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        for (Choice c : Choice.values()) {
            RadioMenuItem item = new RadioMenuItem(c.label());
            item.setId("theme-" + c.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(choice.get() == c);
            item.setOnAction(e -> choice.set(c));
            choice.addListener((o, was, now) -> item.setSelected(now == c));
            m.getItems().add(item);
        }
        return m;
    }

    private void apply() {
        Application.setUserAgentStylesheet(isDark() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
