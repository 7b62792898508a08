package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the terminal gets for a failure: one line, a capital and a full stop, and a file's name as it is written. */
class ConsoleSentenceTest {

    @Test
    void aPlainWordIsCapitalisedAndAFileNameIsLeftAsWritten() {
        assertThat(Console.sentence("no such deal")).isEqualTo("No such deal.");
        assertThat(Console.sentence("deals: nothing\n  matched")).isEqualTo("Deals: nothing matched.");
        assertThat(Console.sentence("newer.funnel was written by a newer Funnelboard")).isEqualTo("newer.funnel was written by a newer Funnelboard.");
        assertThat(Console.sentence("/tmp/x/pipeline.db is damaged.")).isEqualTo("/tmp/x/pipeline.db is damaged.");
        assertThat(Console.sentence("  ")).isEqualTo("Something went wrong.");
    }
}
