package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from a shared database reaches the terminal as text: escapes, bells and line breaks are shown, never sent. */
class CliTerminalTest {

    /** Sets the clipboard (OSC 52, ended by BEL) and starts a fake table row. */
    static final String HOSTILE = "Pilot\u001b]52;c;ZXZpbA==\u0007\nFAKE ROW";
    static final String SHOWN = "Pilot\\e]52;c;ZXZpbA==\\u0007\\nFAKE ROW";

    @TempDir
    Path dir;

    CliRunner cli;
    String id;
    String plain;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        try (Store store = Store.open(cli.db(), Fixtures.CLOCK)) {
            id = Fixtures.deal(store, UUID.randomUUID(), HOSTILE, Stage.LEAD, 1000_00L).id().toString();
            plain = Fixtures.deal(store, UUID.randomUUID(), "Plain", Stage.LEAD, 1000_00L).id().toString();
        }
    }

    /** No byte that a terminal acts on: ESC, BEL, CR; line feeds only where a line ends. */
    static void assertPrintable(String text, long lines) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            assertThat(b).as("byte in %s", text).isNotEqualTo((byte) 0x1b).isNotEqualTo((byte) 0x07).isNotEqualTo((byte) 0x0d);
        }
        assertThat(text.chars().filter(c -> c == '\n').count()).as("line feeds in %s", text).isEqualTo(lines);
        assertThat(text.lines()).noneMatch(l -> l.startsWith("FAKE ROW"));
    }

    @Test
    void aListShowsControlCharactersEscapedAndKeepsItsColumns() {
        CliRunner.Result r = cli.run("deals", "list");
        assertThat(r.exit()).isZero();
        assertPrintable(r.out(), 3);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith(plain.substring(0, 8)));
        String row = lines.stream().filter(l -> l.startsWith(id.substring(0, 8))).findFirst().orElseThrow();
        assertThat(row).contains(SHOWN + "  ", "Contact of " + SHOWN);
        assertThat(row.indexOf("Contact of")).as("columns measured on the escaped text").isEqualTo(lines.getFirst().indexOf("CONTACT"));
    }

    @Test
    void detailsAndMessagesShowControlCharactersEscaped() {
        CliRunner.Result show = cli.run("deals", "show", id);
        assertThat(show.exit()).isZero();
        assertPrintable(show.out(), cli.run("deals", "show", plain).out().lines().count());
        assertThat(show.out()).startsWith(SHOWN + "  [Lead, ").contains("  contact   Contact of " + SHOWN + " · Org of " + SHOWN);

        CliRunner.Result moved = cli.run("move", id, "--to", "prospect", "--override", "Known\ncustomer");
        assertThat(moved.exit()).isZero();
        assertPrintable(moved.out(), 1);
        assertThat(moved.out()).contains("\"" + SHOWN + "\"", "Known\\ncustomer");

        CliRunner.Result badValue = cli.run("deals", "list", "--stage", "x\u001b[2J\u0007");
        assertThat(badValue.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertPrintable(badValue.err(), 2);
        assertThat(badValue.errLines().getFirst()).contains("'x\\e[2J\\u0007' is not a stage");

        // A typed name with a terminal escape is refused, and the refusal shows it escaped.
        CliRunner.Result typed = cli.run("deals", "add", "--title", "First", "--contact", "Ida Berg\u001b[31m", "--org", "Nordwind AB");
        assertThat(typed.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertPrintable(typed.err(), 1);
        assertThat(typed.err()).contains("Contact name holds a control character (U+001B)");
    }
}
