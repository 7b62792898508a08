package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.InteractionKind;
import org.junit.jupiter.api.Test;

/** What the pane says once an interaction is logged. */
class LoggedSentenceTest {

    @Test
    void itNamesTheKindTheContactAndTheDeal() {
        assertThat(ContactPaneViewModel.loggedSentence(InteractionKind.CALL, "Ida Berg", "Pilot")).isEqualTo("Logged a call with Ida Berg about \u201CPilot\u201D.");
        assertThat(ContactPaneViewModel.loggedSentence(InteractionKind.EMAIL, "Ida Berg", null)).isEqualTo("Logged an email with Ida Berg.");
        assertThat(ContactPaneViewModel.loggedSentence(InteractionKind.NOTE, "Ida Berg", null)).isEqualTo("Logged a note on Ida Berg.");
        assertThat(ContactPaneViewModel.loggedSentence(InteractionKind.MEETING, "Ida Berg", "Pilot")).startsWith("Logged a meeting with");
    }
}
