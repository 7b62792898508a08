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

    @Test
    void aTablesColumnsLineUpUnderWideCharacters() {
        assertThat(Console.columns("张敏")).isEqualTo(4);
        assertThat(Console.columns("山田太郎 Sales")).isEqualTo(14);
        assertThat(Console.columns("Müller")).isEqualTo(6);
        assertThat(Console.columns("Zoë 😀 Smith")).as("an emoji takes two").isEqualTo(12);
        assertThat(Console.columns("🚀")).isEqualTo(2);
        assertThat(Console.columns("☺")).as("a symbol drawn as text").isEqualTo(1);
        assertThat(Console.columns("Mu\u0308ller")).as("a combining diaeresis takes no column").isEqualTo(6);
        java.io.StringWriter text = new java.io.StringWriter();
        Console console = new Console(new java.io.PrintWriter(text, true), new java.io.PrintWriter(new java.io.StringWriter()), false);
        console.table(java.util.List.of(new String[] {"OWNER", "DEALS"}, new String[] {"张敏", "3"}, new String[] {"Anna Berg", "5"}));
        java.util.List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(Console.columns(lines.get(1).substring(0, lines.get(1).indexOf('3'))))
                .as("the second column starts at the same column on every line").isEqualTo(lines.get(2).indexOf('5'));
    }

    /** A cell of 200,000 characters padded every row of `orgs list` to as many columns: a cell takes 60 at most, the last 400. */
    @Test
    void aLongValueIsCutInATableNotPaddedThrough() {
        java.io.StringWriter text = new java.io.StringWriter();
        Console console = new Console(new java.io.PrintWriter(text, true), new java.io.PrintWriter(new java.io.StringWriter()), false);
        console.table(java.util.List.of(new String[] {"NAME", "WEBSITE"}, new String[] {"W".repeat(200_000), "x".repeat(200_000)},
                new String[] {"Acme", "acme.example"}));
        java.util.List<String> lines = text.toString().lines().toList();
        assertThat(lines.get(1)).hasSize(Console.CELL + 2 + Console.LAST_CELL).contains("W\u2026  x").endsWith("x\u2026");
        assertThat(lines.get(2)).startsWith("Acme" + " ".repeat(Console.CELL - 4 + 2) + "acme.example");
        assertThat(Console.clip("张敏".repeat(40), 10)).isEqualTo("张敏张敏\u2026");
    }
}
