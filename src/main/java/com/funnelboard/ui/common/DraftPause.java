package com.funnelboard.ui.common;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * How long typing pauses before what was typed and not saved yet is kept on this installation as a draft (New lead, the
 * log bar's note, a move's dialog, the deal and contact forms): a write of the local state, cheap beside a keystroke, not
 * a recorded change. At 0.7 s, the app killed within a second of typing lost the last word; a fifth of a second loses a
 * keystroke or two at most, without a write for every key of a fast typist. Typing that never pauses that long (a
 * steady 150 to 400 ms a key) is kept too, at least every {@link #AT_MOST}: a rep typing on for eight seconds lost all
 * of it when the battery died, the pause never coming.
 */
public final class DraftPause {

    public static final Duration KEEP = Duration.millis(200);
    /** The longest typing waits to be kept however steadily it goes on. */
    public static final Duration AT_MOST = Duration.seconds(1);

    private DraftPause() {}

    /** Keeps a draft a {@link #KEEP} pause after the last change, and at least every {@link #AT_MOST} while changes go on. FX thread. */
    public static final class Keeper {

        private final PauseTransition pause = new PauseTransition(KEEP);
        private final PauseTransition atMost = new PauseTransition(AT_MOST);
        private final Runnable keep;

        public Keeper(Runnable keep) {
            this.keep = keep;
            pause.setOnFinished(e -> keepNow());
            atMost.setOnFinished(e -> keepNow());
        }

        /** A change: kept after the pause, or once the first change not kept yet is {@link #AT_MOST} old. */
        public void changed() {
            pause.playFromStart();
            if (atMost.getStatus() != Animation.Status.RUNNING) {
                atMost.playFromStart();
            }
        }

        /** Forgets the changes not kept yet (the caller keeps or drops them itself). */
        public void stop() {
            pause.stop();
            atMost.stop();
        }

        private void keepNow() {
            stop();
            keep.run();
        }
    }
}
