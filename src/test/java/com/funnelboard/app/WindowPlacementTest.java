package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens at a size that fits the screen it is on, never larger. */
class WindowPlacementTest {

    @Test
    void aLaptopScreenGetsItsWholeUsableArea() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1366, 728); // 768 less a 40 px task bar
        assertThat(WindowPlacement.fit(screen)).isEqualTo(screen);
        assertThat(WindowPlacement.minimum(screen)).isEqualTo(new Rectangle2D(0, 0, 900, 560));
    }

    @Test
    void aLargeScreenGetsTheBoardsSizeCentred() {
        Rectangle2D fit = WindowPlacement.fit(new Rectangle2D(1920, 0, 2560, 1400));
        assertThat(fit).isEqualTo(new Rectangle2D(1920 + 540, 250, 1480, 900));
    }

    @Test
    void aTinyScreenIsNeverExceededNotEvenByTheMinimum() {
        Rectangle2D screen = new Rectangle2D(0, 24, 800, 576);
        Rectangle2D fit = WindowPlacement.fit(screen);
        assertThat(fit).isEqualTo(screen);
        Rectangle2D min = WindowPlacement.minimum(screen);
        assertThat(min.getWidth()).isEqualTo(800);
        assertThat(min.getHeight()).isEqualTo(560);
    }
}
