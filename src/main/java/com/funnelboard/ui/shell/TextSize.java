package com.funnelboard.ui.shell;

import com.funnelboard.service.SetupService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The size of the text in every window of the app, chosen in the app (View → Larger text, Smaller
 * text, Actual size; Ctrl+=, Ctrl+−, Ctrl+0; Settings), apart from the system's own scaling: a rep
 * who reads the board all day on a laptop makes it larger without making every other program larger
 * too. It is the theme's base font size (14 px) times the chosen percentage, given to each window's
 * scene as its root's font size; the theme sizes its controls' padding in em, so they grow with the
 * text. Dialogs and menus opened later get it as they open. The choice belongs to this computer (a
 * file in the app-data folder), whatever database is open: a second database opened at 100 %.
 */
public final class TextSize {

    private static final Logger LOG = LoggerFactory.getLogger(TextSize.class);
    static final String KEY = "text-size";
    /** The sizes offered, in percent of the theme's. */
    public static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
    /** The theme's base font size (AtlantaFX's Primer themes). */
    static final double BASE_PX = 14;
    private static final String PREFIX = "data:text/css;charset=utf-8;base64,";

    public static final KeyCombination LARGER = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ACTUAL = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

    private final SetupService setup;
    private final Executor io;
    private final IntegerProperty percent = new SimpleIntegerProperty(this, "percent", 100);
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::follow);
        }
    };
    private final ChangeListener<Scene> sceneSet = (o, was, now) -> style(now);

    public TextSize(SetupService setup, Executor io) {
        this.setup = setup;
        this.io = io;
    }

    /** The step nearest to {@code wanted} (a saved value of another version, a hand-edited one). */
    static int nearest(int wanted) {
        int best = 100;
        for (int s : STEPS) {
            if (Math.abs(s - wanted) < Math.abs(best - wanted)) {
                best = s;
            }
        }
        return best;
    }

    /** The step after {@code now} in direction {@code by} (+1 larger, −1 smaller), or {@code now} at either end. */
    static int step(int now, int by) {
        int i = STEPS.indexOf(nearest(now)) + by;
        return STEPS.get(Math.max(0, Math.min(STEPS.size() - 1, i)));
    }

    /** The stylesheet giving every window's text {@code percent} of the theme's size; null for the theme's own. */
    public static String stylesheet(int percent) {
        if (percent == 100) {
            return null;
        }
        String px = String.format(Locale.ROOT, "%.2f", BASE_PX * percent / 100);
        // A tooltip's window is styled as the tooltip it shows, not as a scene's root: it kept the theme's size.
        String css = ".root, .tooltip { -fx-font-size: " + px + "px; }\n";
        return PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the saved size (one small local read, before the window shows), applies it to every window
     * open now and opened later, and keeps a change for the next start.
     */
    public void install() {
        percent.set(setup.computerPreference(KEY).map(TextSize::parse).orElse(100));
        Window.getWindows().addListener(opened);
        Window.getWindows().forEach(this::follow);
        percent.addListener((o, was, now) -> {
            Window.getWindows().forEach(w -> style(w.getScene()));
            CompletableFuture.runAsync(() -> setup.setComputerPreference(KEY, Integer.toString(now.intValue())), io)
                    .exceptionally(e -> {
                        LOG.error("The text size could not be saved", e);
                        return null;
                    });
        });
    }

    /** Stops sizing the windows opened from now on (the app's window closed). */
    public void close() {
        Window.getWindows().removeListener(opened);
    }

    private static int parse(String saved) {
        try {
            return nearest(Integer.parseInt(saved.strip()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** The size in percent of the theme's. */
    public IntegerProperty percentProperty() {
        return percent;
    }

    public void larger() {
        percent.set(step(percent.get(), 1));
    }

    public void smaller() {
        percent.set(step(percent.get(), -1));
    }

    public void actual() {
        percent.set(100);
    }

    /** View → Larger text, Smaller text, Actual size, with their keys (Ctrl++ and the keypad's + and − too, see {@link #keys}). */
    public List<MenuItem> menuItems() {
        MenuItem larger = item("Larger text", "text-larger", LARGER, this::larger);
        MenuItem smaller = item("Smaller text", "text-smaller", SMALLER, this::smaller);
        MenuItem actual = item("Actual text size", "text-actual", ACTUAL, this::actual);
        Runnable ends = () -> {
            larger.setDisable(percent.get() >= STEPS.getLast());
            smaller.setDisable(percent.get() <= STEPS.getFirst());
            actual.setDisable(percent.get() == 100);
            actual.setText(percent.get() == 100 ? "Actual text size" : "Actual text size (now " + percent.get() + " %)");
        };
        ends.run();
        percent.addListener(o -> ends.run());
        return List.of(larger, smaller, actual);
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setAccelerator(key);
        i.setUserData(text); // its name in the shortcut sheet, whatever it says at the moment
        i.setOnAction(e -> action.run());
        return i;
    }

    /**
     * The other keys people press for it: Ctrl with the keypad's + and −, Ctrl+Shift+= (the "+"
     * of most layouts), and Ctrl with the "=" or "+" of a layout where that is Shift+0 or another
     * key (German, Swiss, Nordic: the menu's Ctrl+= is Ctrl+Shift+0 there, which reset the size), none
     * of which the menu's accelerators match.
     */
    public void keys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode c = e.getCode();
            boolean equalsOrPlus = "=".equals(e.getText()) || "+".equals(e.getText()) || c == KeyCode.DIGIT0 && e.isShiftDown();
            if (c == KeyCode.ADD || c == KeyCode.PLUS || c == KeyCode.EQUALS && e.isShiftDown() || equalsOrPlus && c != KeyCode.EQUALS) {
                larger();
                e.consume();
            } else if (c == KeyCode.SUBTRACT) {
                smaller();
                e.consume();
            } else if (c == KeyCode.NUMPAD0) {
                actual();
                e.consume();
            }
        });
    }

    private void follow(Window window) {
        window.sceneProperty().removeListener(sceneSet);
        window.sceneProperty().addListener(sceneSet);
        style(window.getScene());
    }

    private void style(Scene scene) {
        if (scene == null) {
            return;
        }
        String wanted = stylesheet(percent.get());
        scene.getStylesheets().removeIf(s -> s.startsWith(PREFIX) && !s.equals(wanted));
        if (wanted != null && !scene.getStylesheets().contains(wanted)) {
            scene.getStylesheets().add(wanted);
        }
    }
}
