package com.funnelboard.ui.board;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The board's columns dimmed while a filter or an order takes longer than a moment to answer: they kept showing the previous
 * filter's cards for seconds (with a script writing beside the window) and nothing said the answer was still coming.
 */
final class AnsweringDim {

    /** How the columns look while a filter's answer is coming. */
    static final double DIMMED = 0.55;
    private static final PseudoClass ANSWERING = PseudoClass.getPseudoClass("answering");

    private AnsweringDim() {}

    /** Dims {@code columns} while {@code loading} holds for more than 300 ms, and no longer once it does not. */
    static void install(Node columns, ObservableBooleanValue loading) {
        PauseTransition slow = new PauseTransition(Duration.millis(300));
        slow.setOnFinished(e -> {
            if (loading.get()) {
                columns.setOpacity(DIMMED);
                columns.pseudoClassStateChanged(ANSWERING, true);
            }
        });
        loading.addListener((o, was, now) -> {
            if (now) {
                slow.playFromStart();
            } else {
                slow.stop();
                columns.setOpacity(1);
                columns.pseudoClassStateChanged(ANSWERING, false);
            }
        });
    }
}
