package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `stage --help` (no such command) is the usage error it is, not the whole program's help with exit 0. */
class CommandWordsTest {

    @Test
    void theHelpOfNoCommandIsLeftOutSoTheWordIsRefused() {
        assertThat(CommandWords.helpOfNoCommand(new String[] {"stage", "--help"})).containsExactly("stage");
        assertThat(CommandWords.helpOfNoCommand(new String[] {"--db", "x.db", "stage", "-h"})).containsExactly("--db", "x.db", "stage");
        assertThat(CommandWords.helpOfNoCommand(new String[] {"deals", "list", "--help"})).containsExactly("deals", "list", "--help");
        assertThat(CommandWords.helpOfNoCommand(new String[] {"--help"})).containsExactly("--help");
        assertThat(CommandWords.helpOfNoCommand(new String[] {"generate-completion", "--help"})).containsExactly("generate-completion", "--help");
        assertThat(CommandWords.helpOfNoCommand(new String[] {"stage"})).containsExactly("stage");
    }

    @Test
    void aWordThatIsNoCommandWithHelpIsAUsageError() {
        String[] args = {"stage", "--help"};
        picocli.CommandLine cmd = RootCommand.commandLine(java.nio.file.Path.of("x.db"), (p, tell) -> {
            throw new AssertionError("no window");
        }, java.time.Clock.systemUTC(), java.util.Locale.UK, args);
        java.io.StringWriter err = new java.io.StringWriter();
        cmd.setErr(new java.io.PrintWriter(err, true));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = StandardOutput.execute(cmd, CommandWords.helpOfNoCommand(args), out);
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'stage'");
    }
}
