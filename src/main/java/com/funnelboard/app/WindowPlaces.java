package com.funnelboard.app;

import com.funnelboard.service.SetupService;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the window opens and what is remembered of it when it closes (a local setting of this
 * installation, never shared): the bounds it had while not maximised, and whether it was maximised.
 */
final class WindowPlaces {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlaces.class);

    static final String WINDOW_PLACE = "window.place";

    private final Stage stage;
    private final SetupService setup;
    private final Optional<WindowPlacement.Saved> saved;
    private final Rectangle2D screen;
    private Rectangle2D normal;

    private WindowPlaces(Stage stage, SetupService setup, Optional<WindowPlacement.Saved> saved, Rectangle2D screen) {
        this.stage = stage;
        this.setup = setup;
        this.saved = saved;
        this.screen = screen;
    }

    /** Before the window shows: where it was left (one small local read), else centred on the primary screen. */
    static WindowPlaces before(Stage stage, SetupService setup) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowPlaces places = new WindowPlaces(stage, setup, read(setup), screen);
        place(stage, screen);
        Rectangle2D at = WindowPlacement.restore(places.saved, Screen.getScreens().stream().map(Screen::getVisualBounds).toList(), screen);
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        stage.setMaximized(places.saved.map(WindowPlacement.Saved::maximized).orElse(false));
        return places;
    }

    /**
     * Once the window shows: follows its bounds while it is not maximised, and fits a window that
     * was never placed to the screen the window manager put it on (the one with the pointer).
     */
    void shown() {
        javafx.beans.InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        track.invalidated(null);
        for (javafx.beans.Observable p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            p.addListener(track);
        }
        if (saved.isEmpty()) {
            Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight())).stream()
                    .map(Screen::getVisualBounds)
                    .max(java.util.Comparator.comparingDouble(b -> overlap(b, stage)))
                    .filter(b -> !b.equals(screen))
                    .ifPresent(b -> place(stage, b));
        }
    }

    /** Remembers where the window was left. */
    void remember() {
        Rectangle2D bounds = normal != null ? normal : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        try {
            setup.setPreference(WINDOW_PLACE, new WindowPlacement.Saved(bounds, stage.isMaximized()).text());
        } catch (RuntimeException e) {
            LOG.warn("Where the window was left could not be remembered", e);
        }
    }

    private static Optional<WindowPlacement.Saved> read(SetupService setup) {
        try {
            return setup.preference(WINDOW_PLACE).flatMap(WindowPlacement.Saved::parse);
        } catch (RuntimeException e) {
            LOG.warn("Where the window was left could not be read; it opens centred", e);
            return Optional.empty();
        }
    }

    /** Sizes and centres the window to fit a screen's visual bounds, never larger. */
    private static void place(Stage stage, Rectangle2D screen) {
        Rectangle2D min = WindowPlacement.minimum(screen);
        stage.setMinWidth(min.getWidth());
        stage.setMinHeight(min.getHeight());
        Rectangle2D fit = WindowPlacement.fit(screen);
        stage.setX(fit.getMinX());
        stage.setY(fit.getMinY());
        stage.setWidth(fit.getWidth());
        stage.setHeight(fit.getHeight());
    }

    private static double overlap(Rectangle2D screen, Stage stage) {
        double w = Math.min(screen.getMaxX(), stage.getX() + stage.getWidth()) - Math.max(screen.getMinX(), stage.getX());
        double h = Math.min(screen.getMaxY(), stage.getY() + stage.getHeight()) - Math.max(screen.getMinY(), stage.getY());
        return Math.max(0, w) * Math.max(0, h);
    }
}
