package com.funnelboard.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A number typed out of a rule's range is said with what it is taken as (99999 became 1000 without a word). */
class ScoringDialogRangeTest {

    @Test
    void aNumberOutOfTheRangeIsSaidWithWhatItIsTakenAs() {
        assertThat(ScoringDialog.outOfRange("99999", 0, 1000)).isEqualTo("1000");
        assertThat(ScoringDialog.outOfRange(" -5 ", 1, 3650)).isEqualTo("1");
        assertThat(ScoringDialog.outOfRange("500", 0, 1000)).isNull();
        assertThat(ScoringDialog.outOfRange("1000", 0, 1000)).isNull();
        assertThat(ScoringDialog.outOfRange("abc", 0, 1000)).as("no number: the spinner keeps its value").isNull();
    }
}
