package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.InteractionKind;
import org.junit.jupiter.api.Test;

/** What the pane says once an interaction is logged. */
class LoggedSentenceTest {

    @Test
    void itNamesTheKindTheContactAndTheDeal() {
        assertThat(LogBar.loggedSentence(InteractionKind.CALL, "Ida Berg", "Pilot")).isEqualTo("Logged a call with Ida Berg about \u201CPilot\u201D.");
        assertThat(LogBar.loggedSentence(InteractionKind.EMAIL, "Ida Berg", null)).isEqualTo("Logged an email with Ida Berg.");
        assertThat(LogBar.loggedSentence(InteractionKind.NOTE, "Ida Berg", null)).isEqualTo("Logged a note on Ida Berg.");
        assertThat(LogBar.loggedSentence(InteractionKind.MEETING, "Ida Berg", "Pilot")).startsWith("Logged a meeting with");
    }
}
