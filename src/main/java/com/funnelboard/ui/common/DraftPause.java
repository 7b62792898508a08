package com.funnelboard.ui.common;

import javafx.util.Duration;

/**
 * How long typing pauses before what was typed and not saved yet is kept on this installation as a draft (New lead, the
 * log bar's note, a move's dialog, the deal form): a write of the local state, cheap beside a keystroke, not a recorded
 * change. At 0.7 s, the app killed within a second of typing lost the last word; a fifth of a second loses a keystroke
 * or two at most, without a write for every key of a fast typist.
 */
public final class DraftPause {

    public static final Duration KEEP = Duration.millis(200);

    private DraftPause() {}
}
