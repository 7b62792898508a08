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

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void theWindowOpensWhereItWasLeftOnAScreenStillAttached() {
        var saved = WindowPlacement.Saved.parse(new WindowPlacement.Saved(new Rectangle2D(1500, 100, 1200, 800), true).text());
        assertThat(saved).hasValueSatisfying(s -> assertThat(s.maximized()).isTrue());
        assertThat(WindowPlacement.restore(saved, java.util.List.of(LAPTOP, MONITOR), LAPTOP))
                .isEqualTo(new Rectangle2D(1500, 100, 1200, 800));
    }

    @Test
    void aPlaceOnAScreenNoLongerAttachedOrADamagedValueFallsBackToCentred() {
        var onMonitor = WindowPlacement.Saved.parse("1500,100,1200,800,false");
        assertThat(WindowPlacement.restore(onMonitor, java.util.List.of(LAPTOP), LAPTOP)).isEqualTo(WindowPlacement.fit(LAPTOP));
        for (String bad : new String[] {"", "1,2,3", "x,0,100,100,false", "0,0,-5,100,false", "0,0,NaN,100,true", "0,0,1e9,100,true"}) {
            assertThat(WindowPlacement.Saved.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void aPlaceLargerThanItsScreenIsShrunkOntoIt() {
        var big = WindowPlacement.Saved.parse("-100,-50,2000,1000,false");
        Rectangle2D at = WindowPlacement.restore(big, java.util.List.of(LAPTOP), LAPTOP);
        assertThat(at).isEqualTo(new Rectangle2D(0, 0, 1366, 728));
    }
}
