package com.funnelboard.app;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: as large as the board likes (1480 × 900) but never larger than the
 * usable part of the screen it is on (its visual bounds, without task bars and docks), centred on it.
 * On a 1366 × 768 laptop that is the whole usable screen.
 */
final class WindowPlacement {

    static final double PREFERRED_WIDTH = 1480;
    static final double PREFERRED_HEIGHT = 900;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 560;

    private WindowPlacement() {}

    /** The window's bounds (decorations included) on a screen with these visual bounds. */
    static Rectangle2D fit(Rectangle2D screen) {
        double w = Math.floor(Math.min(PREFERRED_WIDTH, screen.getWidth()));
        double h = Math.floor(Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        double x = screen.getMinX() + Math.floor((screen.getWidth() - w) / 2);
        double y = screen.getMinY() + Math.floor((screen.getHeight() - h) / 2);
        return new Rectangle2D(x, y, w, h);
    }

    /** The smallest the window may be made: the usual minimum, or the whole screen where that is smaller. */
    static Rectangle2D minimum(Rectangle2D screen) {
        return new Rectangle2D(0, 0, Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight()));
    }
}
