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

    /** Where the window was left: its bounds (while not maximised) and whether it was maximised. */
    record Saved(Rectangle2D bounds, boolean maximized) {

        /** "x,y,width,height,maximized" as kept in the local settings. */
        String text() {
            return String.format(java.util.Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%s", bounds.getMinX(), bounds.getMinY(), bounds.getWidth(),
                    bounds.getHeight(), maximized);
        }

        /** The saved text read back; empty when it is not one (a damaged or foreign value is ignored). */
        static java.util.Optional<Saved> parse(String text) {
            String[] p = text == null ? new String[0] : text.split(",");
            if (p.length != 5) {
                return java.util.Optional.empty();
            }
            try {
                double x = Double.parseDouble(p[0]);
                double y = Double.parseDouble(p[1]);
                double w = Double.parseDouble(p[2]);
                double h = Double.parseDouble(p[3]);
                if (!(Double.isFinite(x) && Double.isFinite(y) && w > 0 && h > 0 && w < 100_000 && h < 100_000)) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(new Saved(new Rectangle2D(x, y, w, h), Boolean.parseBoolean(p[4])));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }
    }

    /**
     * The bounds to open at: where the window was left, when at least half of it lies on one of the
     * screens now attached (shrunk to fit that screen); otherwise {@link #fit} on the primary screen.
     */
    static Rectangle2D restore(java.util.Optional<Saved> saved, java.util.List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved.isPresent()) {
            Rectangle2D b = saved.get().bounds();
            for (Rectangle2D screen : screens) {
                double w = Math.min(screen.getMaxX(), b.getMaxX()) - Math.max(screen.getMinX(), b.getMinX());
                double h = Math.min(screen.getMaxY(), b.getMaxY()) - Math.max(screen.getMinY(), b.getMinY());
                if (w > 0 && h > 0 && w * h >= b.getWidth() * b.getHeight() / 2) {
                    double width = Math.max(Math.min(b.getWidth(), screen.getWidth()), minimum(screen).getWidth());
                    double height = Math.max(Math.min(b.getHeight(), screen.getHeight()), minimum(screen).getHeight());
                    double x = Math.min(Math.max(b.getMinX(), screen.getMinX()), screen.getMaxX() - width);
                    double y = Math.min(Math.max(b.getMinY(), screen.getMinY()), screen.getMaxY() - height);
                    return new Rectangle2D(x, y, width, height);
                }
            }
        }
        return fit(primary);
    }
}
