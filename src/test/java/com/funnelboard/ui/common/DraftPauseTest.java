package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.UiRobot;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing that goes on without a pause is kept as it goes (at least every second), not only once it stops: a rep typing on
 * at a steady 150 ms a key lost eight seconds of it when the app was killed, the fifth of a second's pause never coming.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class DraftPauseTest {

    @Test
    void steadyTypingIsKeptWhileItGoesOnAndOnceMoreAfterItStops() throws Exception {
        AtomicInteger kept = new AtomicInteger();
        DraftPause.Keeper[] keeper = new DraftPause.Keeper[1];
        WaitForAsyncUtils.asyncFx(() -> keeper[0] = new DraftPause.Keeper(kept::incrementAndGet)).get();
        // A key every 60 ms for 2.4 s: never the pause of a fifth of a second.
        AtomicInteger atLastKey = new AtomicInteger();
        for (int i = 0; i < 40; i++) {
            WaitForAsyncUtils.asyncFx(() -> {
                keeper[0].changed();
                atLastKey.set(kept.get()); // what was kept before this key, read with it on the FX thread
            }).get();
            Thread.sleep(60);
        }
        assertThat(atLastKey.get()).as("kept while the typing went on").isGreaterThanOrEqualTo(1);
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        // The last key is kept after it (by the pause, or by the second's limit if it came first: read after the loop's own
        // last sleep, that keep made this test fail under load).
        assertThat(kept.get()).as("and the last keys once it stopped").isGreaterThan(atLastKey.get());

        WaitForAsyncUtils.asyncFx(() -> {
            keeper[0].changed();
            keeper[0].stop();
        }).get();
        int stopped = kept.get();
        Thread.sleep(1_300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kept.get()).as("nothing kept once stopped").isEqualTo(stopped);
        assertThat(Platform.isFxApplicationThread()).isFalse();
    }
}
