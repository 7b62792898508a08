package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A timeline row lays out at most a few thousand characters of a note: a note of 900,000 held the window for a minute. */
class TimelineNoteTest {

    @Test
    void aLongNoteIsCutAtAWordAndSaysHowLongItIs() {
        String note = "word ".repeat(180_000);
        String shown = TimelineNotes.shown(note);
        assertThat(shown.length()).isLessThan(TimelineNotes.SHOWN + 80);
        assertThat(shown).startsWith("word word").endsWith("word\u2026 (900,000 characters in all; right-click \u2192 Copy note)");
    }

    @Test
    void aNoteThatFitsIsShownWholeAndNoneIsEmpty() {
        assertThat(TimelineNotes.shown("Asked for pricing")).isEqualTo("Asked for pricing");
        assertThat(TimelineNotes.shown("x".repeat(TimelineNotes.SHOWN))).hasSize(TimelineNotes.SHOWN);
        assertThat(TimelineNotes.shown(null)).isEmpty();
    }

    @Test
    void aNoteWithoutSpacesIsCutWithoutSplittingACharacter() {
        String emoji = "\uD83D\uDE00";
        String shown = TimelineNotes.shown("a" + emoji.repeat(5_000));
        String kept = shown.substring(0, shown.indexOf('\u2026'));
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).as("no half of a pair at the cut").isFalse();
        assertThat(shown).contains("(5,001 characters in all");
    }
}
