package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The question before throwing away a dialog's choices offers "Keep writing" only where something was written. */
class DiscardQuestionTest {

    @Test
    void keepWritingOnlyWhereSomethingWasWritten() {
        assertThat(DiscardQuestion.keepLabel("the reason you wrote and the items you ticked")).isEqualTo("Keep writing");
        assertThat(DiscardQuestion.keepLabel("the note you wrote")).isEqualTo("Keep writing");
        assertThat(DiscardQuestion.keepLabel("the items you ticked")).as("ticks alone: nothing was being written").isEqualTo("Go back");
        assertThat(DiscardQuestion.keepLabel("the day and time you chose")).isEqualTo("Go back");
    }
}
