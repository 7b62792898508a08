package com.funnelboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An undo refused is said in the window without what a command would type next. */
class UndoRefusalWordsTest {

    @Test
    void theCommandsNextStepIsLeftOutAndTheRestKept() {
        String service = "Not undone: later changes to the deal \u201CPilot\u201D's value were made since (by Jörg Weiß). It is off the Undo list now: "
                + "the next undo takes back the action before it, not this one; once the later change is undone, 'funnelboard undo 3f2a9c1e' "
                + "takes this one back.";
        assertThat(UndoViewModel.inTheWindow(service)).isEqualTo("Not undone: later changes to the deal \u201CPilot\u201D's value were made since "
                + "(by Jörg Weiß). It is off the Undo list now: the next undo takes back the action before it, not this one.");
        String redo = "Not redone: … It is off the Redo list now: the next redo makes the action undone before it again.";
        assertThat(UndoViewModel.inTheWindow(redo)).isEqualTo(redo);
    }
}
