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
            com.funnelboard.domain.Deal pilot = Fixtures.deal(store, UUID.randomUUID(), "Pilot", Stage.LEAD, 1000_00L);
            id = pilot.id().toString();
            plain = Fixtures.deal(store, UUID.randomUUID(), "Plain", Stage.LEAD, 1000_00L).id().toString();
            // A note may hold several lines, and a teammate's file may bring an escape in one (a name or title, never: the
            // checks of a share file and of a database refuse them there).
            com.funnelboard.domain.Interaction call = new com.funnelboard.domain.Interaction(UUID.randomUUID(), pilot.contactId(), pilot.id(),
                    com.funnelboard.domain.InteractionKind.CALL, com.funnelboard.domain.Direction.OUT, Fixtures.NOW, HOSTILE);
            store.writeAll(r -> r.interactions().insert(call));
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

    /** A database whose names hold terminal escapes is refused in one sentence (it opened, and its list printed them escaped). */
    @Test
    void aDatabaseWhoseTitlesHoldEscapesIsRefusedInASentenceThatHoldsNone() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db()); java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE deal SET title = 'Pilot' || char(27) || ']52;c;ZXZpbA==' || char(7) || char(10) || 'FAKE ROW' WHERE title = 'Pilot'");
        }
        CliRunner.Result r = cli.run("deals", "list");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertPrintable(r.err(), 1);
        assertThat(r.err()).contains("deal.title: 1 row holds a one-line text holding a line break or a control character");
    }

    @Test
    void detailsAndMessagesShowControlCharactersEscaped() {
        CliRunner.Result show = cli.run("interactions", "list", id);
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains(SHOWN);
        assertPrintable(show.out(), show.out().lines().count());

        CliRunner.Result moved = cli.run("move", id, "--to", "prospect", "--override", "Known\ncustomer");
        assertThat(moved.exit()).isZero();
        assertPrintable(moved.out(), 1);
        assertThat(moved.out()).contains("Known\\ncustomer");

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
