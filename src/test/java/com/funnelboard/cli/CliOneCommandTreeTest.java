package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A run of one command builds only that command's part of the tree, and gives what the whole tree gives. */
class CliOneCommandTreeTest {

    @TempDir
    Path dir;

    final Clock clock = Clock.fixed(Fixtures.NOW, ZoneId.of("Europe/Berlin"));

    CommandLine tree(String... args) {
        return RootCommand.commandLine(dir.resolve("p.db"), (p, tell) -> {
            throw new AssertionError("no window");
        }, clock, Locale.UK, args);
    }

    String run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cmd.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void theNamedCommandAloneIsBuiltAndRunsAsInTheWholeTree() {
        String[] add = {"--db", dir.resolve("p.db").toString(), "deals", "add", "--title", "Pilot", "--contact", "Ida Berg", "--json"};
        assertThat(tree(add).getSubcommands().keySet()).containsExactly("deals");
        run(tree(add), add);
        String[] list = {"--json", "deals", "list"};
        assertThat(run(tree(list), list)).isEqualTo(run(RootCommand.commandLine(dir.resolve("p.db"), (p, t) -> 0, clock, Locale.UK), list));
    }

    @Test
    void aCommandWithSubcommandsGetsOnlyTheOneNamedOrAllWhenNoneIsNamed() {
        String db = dir.resolve("p.db").toString();
        assertThat(subcommandsOf(tree("--db", db, "deals", "list", "--limit", "3"), "deals")).containsExactly("list");
        assertThat(subcommandsOf(tree("--json", "followups", "snooze", "x"), "followups")).containsExactly("snooze");
        for (String[] args : java.util.List.of(new String[] {"deals"}, new String[] {"deals", "--help"}, new String[] {"deals", "lsit"},
                new String[] {"--db", db, "deals", "--json"})) {
            assertThat(subcommandsOf(tree(args), "deals")).as(String.join(" ", args)).containsExactly("add", "delete", "edit", "list", "show");
        }
        assertThat(subcommandsOf(tree("--help"), "contacts")).as("the help lists everything").hasSize(8);
        String[] show = {"--db", db, "deals", "show", "zzz"};
        StringWriter err = new StringWriter();
        CommandLine one = tree(show);
        one.setErr(new PrintWriter(err, true));
        CommandLine whole = RootCommand.commandLine(dir.resolve("p.db"), (p, t) -> 0, clock, Locale.UK);
        StringWriter wholeErr = new StringWriter();
        whole.setErr(new PrintWriter(wholeErr, true));
        assertThat(one.execute(show)).isEqualTo(whole.execute(show));
        assertThat(err.toString()).isEqualTo(wholeErr.toString());
        String[] typo = {"deals", "lsit"};
        StringWriter typoErr = new StringWriter();
        CommandLine mistyped = tree(typo);
        mistyped.setErr(new PrintWriter(typoErr, true));
        assertThat(mistyped.execute(typo)).isNotZero();
        assertThat(typoErr.toString()).as("picocli's suggestion needs every subcommand").contains("list");
    }

    @Test
    void everyCommandWhoseSubcommandsAreMethodsLeavesThemToTheRootCommand() {
        for (Class<?> c : RootCommand.COMMANDS) {
            assertThat(CommandWords.withSubcommands(c, null).getSubcommands().keySet()).as(c.getSimpleName())
                    .containsExactlyElementsOf(CommandLine.getCommandMethods(c, null).stream()
                            .map(m -> m.getAnnotation(CommandLine.Command.class).name()).toList());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommandWords.withSubcommands(Grouping.class, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("addMethodSubcommands = false");
    }

    @CommandLine.Command(name = "grouping")
    static final class Grouping {
        @CommandLine.Command(name = "one")
        int one() {
            return 0;
        }
    }

    static java.util.Set<String> subcommandsOf(CommandLine root, String command) {
        return root.getSubcommands().get(command).getSubcommands().keySet();
    }

    @Test
    void helpAnUnknownWordAndTheCompletionScriptGetEveryCommand() {
        int all = RootCommand.COMMANDS.size();
        assertThat(tree("--help").getSubcommands()).hasSize(all);
        assertThat(tree("--db", "deals", "frobnicate").getSubcommands()).as("--db takes the next word as its value").hasSize(all);
        assertThat(tree("generate-completion").getSubcommands()).hasSize(all);
        assertThat(tree("--db", "deals", "frobnicate", "--help").getSubcommands()).hasSize(all);
    }

    @Test
    void theVersionNeedsNoCommandAndPrintsAsTheWholeTreeDoes() {
        assertThat(tree("--version").getSubcommands()).isEmpty();
        assertThat(tree("--db", "x.db", "-V").getSubcommands()).isEmpty();
        assertThat(run(tree("--version"), "--version")).isEqualTo(run(RootCommand.commandLine(dir.resolve("p.db"), (p, t) -> 0, clock, Locale.UK),
                "--version")).contains("Funnelboard");
        assertThat(tree("--version", "--help").getSubcommands()).as("help lists the commands").hasSize(RootCommand.COMMANDS.size());
        assertThat(tree("deals", "--version").getSubcommands().keySet()).containsExactly("deals");
    }

    @Test
    void theMenusLaunchAndADatabaseAloneOpenTheWindowWithoutPicocliExactlyAsTheCommandLineWould() {
        java.util.List<Path> opened = new java.util.ArrayList<>();
        WindowLauncher gui = (p, tell) -> {
            opened.add(p);
            return 0;
        };
        Path db = dir.resolve("p.db");
        for (String[] args : java.util.List.of(new String[0], new String[] {"--db", "x.db"}, new String[] {"--db=other/y.db"})) {
            opened.clear();
            assertThat(RootCommand.openWindowAtOnce(db, gui, args)).as(String.join(" ", args)).hasValue(0);
            assertThat(RootCommand.commandLine(db, gui, clock, Locale.UK, args).execute(args)).isZero();
            assertThat(opened).hasSize(2);
            assertThat(opened.get(0)).as("the same database as through the command line").isEqualTo(opened.get(1));
        }
        assertThat(opened.getFirst()).isEqualTo(Path.of("other/y.db"));
        assertThat(RootCommand.openWindowAtOnce(db, (p, tell) -> ExitCodes.REFUSED, new String[0])).as("the window's exit code")
                .hasValue(ExitCodes.REFUSED);
        for (String[] others : java.util.List.of(new String[] {"--db"}, new String[] {"--db", "--json"}, new String[] {"--json"},
                new String[] {"--db", "x.db", "--json"}, new String[] {"--version"}, new String[] {"deals", "list"}, new String[] {"--db="})) {
            assertThat(RootCommand.openWindowAtOnce(db, gui, others)).as(String.join(" ", others) + " goes to picocli").isEmpty();
        }
    }

    @Test
    void theWindowGetsNoCommandAtAll() throws Exception {
        assertThat(tree().getSubcommands()).as("no command: the window").isEmpty();
        assertThat(tree("--db", dir.resolve("p.db").toString()).getSubcommands()).isEmpty();
        Path share = java.nio.file.Files.createFile(dir.resolve("in.funnel"));
        assertThat(tree(share.toString()).getSubcommands()).as("a share file to merge in the window").isEmpty();
        assertThat(tree(share.toString(), "--help").getSubcommands()).hasSize(RootCommand.COMMANDS.size());
        assertThat(tree(dir.resolve("missing.funnel").toString()).getSubcommands()).as("an unknown word gets suggestions")
                .hasSize(RootCommand.COMMANDS.size());
        assertThat(CommandWords.named(new String[] {"--db=x.db", "--json", "share", "sync"})).isEqualTo(ShareCommand.class);
    }
}
