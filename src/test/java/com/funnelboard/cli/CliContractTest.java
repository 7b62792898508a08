package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.store.Store;
import com.funnelboard.store.StoreAccess;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** What scripts rely on: help and version everywhere, usage errors, exit codes and error documents. */
class CliContractTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    /**
     * A write that waits in vain for another program's write exits with its own code (5, "busy"), so a
     * script can tell it from a failing disk and try again; it exited as an I/O failure.
     */
    @Test
    void aDatabaseBusyWithAnotherProgramsWriteHasItsOwnExitCode() throws Exception {
        cli.addDeal("Pilot");
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
                java.sql.Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            CliRunner.Result busy = cli.run("deals", "add", "--title", "Web form lead", "--contact", "Ann", "--json", "--wait", "0");
            assertThat(busy.exit()).as(busy.err()).isEqualTo(ExitCodes.BUSY);
            assertThat(busy.json().get("error").get("kind").asString()).isEqualTo("busy");
            assertThat(busy.json().get("error").get("message").asString()).contains("is busy in another program; try again in a moment");
            st.execute("ROLLBACK");
        }
        assertThat(cli.run("deals", "add", "--title", "Web form lead", "--contact", "Ann").exit()).as("a moment later").isZero();
    }

    /**
     * A change behind another program's longer write (the window's import) waits for it, saying so on stderr, where it
     * gave up as busy after five seconds and a cron job's lead was lost unless the script tried again.
     */
    @Test
    void aChangeWaitsForAnotherProgramsWriteLongerThanTheBusyTimeout() throws Exception {
        cli.addDeal("Pilot");
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
                    java.sql.Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                held.countDown();
                Thread.sleep(6_500); // longer than the 5 s every attempt waits
                st.execute("ROLLBACK");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        held.await();
        CliRunner.Result added = cli.run("deals", "add", "--title", "Web form lead", "--contact", "Ann");
        holder.join();
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.err()).contains("is busy with another program's write; waiting for it to end (up to 120 seconds");
        assertThat(cli.run("deals", "list").out()).contains("Web form lead");
    }

    /** Every command path, such as "deals list", found by walking the command tree. */
    static List<String> commandPaths() {
        List<String> paths = new ArrayList<>();
        walk(CliRunner.commandLine(Path.of("unused.db"), Clock.systemUTC()), "", paths);
        return paths;
    }

    private static void walk(CommandLine cmd, String prefix, List<String> out) {
        for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
            String path = (prefix + " " + e.getKey()).strip();
            out.add(path);
            walk(e.getValue(), path, out);
        }
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        List<String> paths = commandPaths();
        assertThat(paths).contains("demo", "deals list", "deals show", "deals add", "move", "interactions add", "interactions list",
                "followups add", "followups list", "followups done", "followups snooze", "followups export", "contacts list", "contacts show", "contacts add", "contacts edit",
                "contacts duplicates", "contacts merge", "contacts add-deal", "orgs list", "orgs show", "orgs edit", "orgs merge", "generate-completion");
        // One command tree for all of them (building it is what takes time; each run parses afresh).
        java.io.StringWriter out = new java.io.StringWriter();
        CommandLine tree = CliRunner.commandLine(dir.resolve("pipeline.db"), Fixtures.CLOCK);
        tree.setOut(new java.io.PrintWriter(out, true));
        tree.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));
        for (String path : paths) {
            for (String option : List.of("--help", "--version")) {
                List<String> args = new ArrayList<>(List.of(path.split(" ")));
                args.add(option);
                out.getBuffer().setLength(0);
                int exit = tree.execute(args.toArray(String[]::new));
                assertThat(exit).as(path + " " + option).isZero();
                assertThat(out.toString()).as(path + " " + option)
                        .contains(option.equals("--help") ? "Usage: funnelboard " + path : "Funnelboard");
            }
        }
        CliRunner.Result root = cli.runRaw("--help");
        assertThat(root.exit()).isZero();
        assertThat(root.out()).contains("Exit codes:", "deals", "move", "followups", "generate-completion");
        assertThat(cli.runRaw("--version").out()).startsWith("Funnelboard");
    }

    @Test
    void usageErrorsExitOneAndPrintTheCommandsUsage() {
        CliRunner.Result unknown = cli.run("deals", "list", "--colour", "red");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.errLines().getFirst()).startsWith("Unknown options");
        assertThat(unknown.err()).contains("Usage: funnelboard deals list");

        CliRunner.Result missing = cli.run("move", "abcd1234");
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Missing required option: '--to=STAGE'", "Usage: funnelboard move");

        CliRunner.Result group = cli.run("deals");
        assertThat(group.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(group.err()).contains("Usage: funnelboard deals");

        assertThat(cli.run("nonsense").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.exists(cli.db())).as("a usage error opens no database").isFalse();
    }

    @Test
    void badValuesExitThreeWithOneSentence() {
        CliRunner.Result stage = cli.run("move", "abcd1234", "--to", "heaven");
        assertThat(stage.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stage.errLines().getFirst())
                .isEqualTo("Invalid value for option '--to': 'heaven' is not a stage (one of lead, prospect, opportunity, won, lost).");

        CliRunner.Result time = cli.run("followups", "add", "abcd1234", "--due", "next blursday");
        assertThat(time.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(time.errLines().getFirst()).contains("'next blursday' is not a time");

        CliRunner.Result email = cli.run("deals", "add", "--title", "T", "--contact", "C", "--email", "not-an-email");
        assertThat(email.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(email.errLines()).hasSize(1);
        assertThat(email.err()).startsWith("--email: ");

        assertThat(cli.db()).as("refused commands leave no new database behind").doesNotExist();
        com.funnelboard.store.Store.open(cli.db(), Fixtures.CLOCK).close();
        CliRunner.Result noDeal = cli.run("deals", "show", "00000000");
        assertThat(noDeal.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noDeal.err().strip()).isEqualTo("No deal has an id starting with 00000000.");

        assertThat(cli.run("deals", "show", "ab").exit()).as("too short to be an id").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("demo", "--deals", "0").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aRefusedOrDryRunFirstCommandTakesBackTheDatabaseItStarted() throws Exception {
        Path csv = Files.writeString(dir.resolve("people.csv"), "Name,Email\nIda Berg,ida@nordwind.example\n");
        assertThat(cli.run("import", "csv", csv.toString(), "--dry-run").exit()).isZero();
        assertThat(cli.run("deals", "add", "--title", "T", "--contact", "C", "--value", "lots").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        try (var files = Files.list(dir)) {
            // (the installation's record of the files it closed lives beside its default database, here the same folder)
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(com.funnelboard.store.DatabaseFile.KNOWN_FILES)))
                    .as("no database, log or lock file left").containsExactly("people.csv");
        }

        Files.createFile(cli.db());
        assertThat(cli.run("deals", "list").err()).as("said as check says it").startsWith(cli.db() + " is empty: it holds no database");
        assertThat(cli.run("deals", "add", "--title", "T", "--contact", "C", "--value", "lots").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.db()).as("an empty file that was there stays, empty").isEmptyFile();

        assertThat(cli.run("import", "csv", csv.toString()).exit()).isZero();
        assertThat(cli.run("deals", "add", "--title", "T", "--contact", "C", "--value", "lots").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.json("contacts", "list").get("contacts")).as("a database in use is never taken back").hasSize(1);
    }

    @Test
    void withJsonAFailureIsAnErrorDocumentOnStdout() {
        com.funnelboard.store.Store.open(cli.db(), Fixtures.CLOCK).close();
        CliRunner.Result r = cli.run("deals", "show", "00000000", "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode error = r.json().get("error");
        assertThat(error.get("exit").asInt()).isEqualTo(3);
        assertThat(error.get("kind").asString()).isEqualTo("bad-input");
        assertThat(error.get("message").asString()).isEqualTo("No deal has an id starting with 00000000.");
        assertThat(r.err().strip()).isEqualTo("No deal has an id starting with 00000000.");
    }

    @Test
    void withJsonABadOptionValueIsAnErrorDocumentToo() {
        CliRunner.Result stage = cli.run("deals", "list", "--stage", "nope", "--json");
        assertThat(stage.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode error = stage.json().get("error");
        assertThat(error.get("exit").asInt()).isEqualTo(3);
        assertThat(error.get("kind").asString()).isEqualTo("bad-input");
        assertThat(error.get("message").asString())
                .isEqualTo("Invalid value for option '--stage': 'nope' is not a stage (one of lead, prospect, opportunity, won, lost).");
        assertThat(stage.errLines().getFirst()).isEqualTo(error.get("message").asString());

        CliRunner.Result due = cli.runRaw("--json", "--db", cli.db().toString(), "followups", "add", "X", "--due", "notatime");
        assertThat(due.exit()).as("--json before the command").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(due.json().get("error").get("kind").asString()).isEqualTo("bad-input");
        assertThat(due.json().get("error").get("message").asString()).startsWith("Invalid value for option '--due': 'notatime' is not a time");

        assertThat(cli.run("deals", "list", "--stage", "nope").out()).as("without --json, nothing on stdout").isEmpty();
        assertThat(cli.run("deals", "show", "--", "--json").out()).as("after --, \"--json\" is an argument").isEmpty();
    }

    @Test
    void withJsonAUsageErrorIsAnErrorDocumentToo() {
        CliRunner.Result unknown = cli.run("deals", "list", "--colour", "red", "--json");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        JsonNode error = unknown.json().get("error");
        assertThat(error.get("exit").asInt()).isEqualTo(1);
        assertThat(error.get("kind").asString()).isEqualTo("usage");
        assertThat(error.get("message").asString()).startsWith("Unknown options");
        assertThat(unknown.err()).as("the usage still goes to stderr").contains("Usage: funnelboard deals list");

        CliRunner.Result missing = cli.runRaw("--json", "move", "abcd1234");
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.json().get("error").get("message").asString()).isEqualTo("Missing required option: '--to=STAGE'.");
        assertThat(Files.exists(cli.db())).as("a usage error opens no database").isFalse();
    }

    @Test
    void commandsReadAndWriteBesideAnOpenWindow() {
        try (Store window = Store.open(cli.db(), Fixtures.CLOCK, null, StoreAccess.WINDOW)) {
            String id = cli.addDeal("Beside the window");
            java.util.Optional<com.funnelboard.domain.Deal> seen = window.read(r -> r.deals().find(java.util.UUID.fromString(id)));
            assertThat(seen).as("the window reads it").isPresent();
            CliRunner.Result list = cli.run("deals", "list");
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("Beside the window");
            assertThat(cli.run("move", id, "--to", "prospect", "--override", "Referred").exit()).isZero();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsBadInputAndLeftAlone() throws Exception {
        Files.writeString(cli.db(), "name,email\nAda,ada@example.com\n");
        byte[] before = Files.readAllBytes(cli.db());
        CliRunner.Result r = cli.run("deals", "list");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines()).hasSize(1);
        assertThat(Files.readAllBytes(cli.db())).isEqualTo(before);
    }

    @Test
    void anUnwritableLocationIsAnIoErrorWithExitFour() throws Exception {
        Path notADirectory = dir.resolve("plain-file");
        Files.writeString(notADirectory, "x");
        CliRunner.Result r = new CliRunner(notADirectory.resolve("pipeline.db"), Fixtures.NOW).run("deals", "list");
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(r.errLines()).hasSize(1);
    }

    @Test
    void demoFillsOnlyAnEmptyDatabaseUnlessForced() {
        JsonNode added = cli.json("demo", "--deals", "25", "--seed", "4");
        assertThat(added.get("added").asLong()).isEqualTo(25);
        assertThat(cli.json("deals", "list").get("deals").size()).isEqualTo(25);

        CliRunner.Result again = cli.run("demo", "--deals", "5");
        assertThat(again.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("--force");
        assertThat(cli.json("deals", "list").get("deals").size()).isEqualTo(25);

        assertThat(cli.run("demo", "--deals", "5", "--force").exit()).isZero();
        assertThat(cli.json("deals", "list").get("deals").size()).isEqualTo(30);
    }

    @Test
    void demoWithTheSameSeedCanBeRunAgainWithForce() {
        assertThat(cli.json("demo", "--deals", "40", "--seed", "9").get("added").asLong()).isEqualTo(40);
        JsonNode again = cli.json("demo", "--deals", "40", "--seed", "9", "--force");
        assertThat(again.get("added").asLong()).isEqualTo(40);
        JsonNode deals = cli.json("deals", "list").get("deals");
        assertThat(deals.size()).isEqualTo(80);
        Set<String> ids = new HashSet<>();
        deals.forEach(d -> ids.add(d.get("id").asString()));
        assertThat(ids).as("every deal has a key of its own").hasSize(80);
    }

    @Test
    void generatesAShellCompletionScript() {
        CliRunner.Result r = cli.runRaw("generate-completion");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("complete -F", "funnelboard", "followups", "--lost-reason");
    }

    @Test
    void globalOptionsWorkBeforeOrAfterTheCommand() {
        cli.addDeal("Early");
        CliRunner.Result after = cli.runRaw("deals", "list", "--db", cli.db().toString(), "--json");
        CliRunner.Result before = cli.runRaw("--json", "--db", cli.db().toString(), "deals", "list");
        assertThat(after.exit()).isZero();
        assertThat(after.json()).isEqualTo(before.json());
        assertThat(after.json().get("deals").get(0).get("title").asString()).isEqualTo("Early");
    }

    @Test
    void aMistypedDatabasePathIsRefusedAndNothingIsCreated() throws Exception {
        Path typo = dir.resolve("no-such-folder/pipline.db");
        CliRunner.Result r = new CliRunner(typo, Fixtures.NOW).run("deals", "list");
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("There is no folder");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();

        Path missing = dir.resolve("pipline.db");
        for (String[] reading : List.of(new String[] {"deals", "list"}, new String[] {"report", "funnel"}, new String[] {"search", "ida"})) {
            CliRunner.Result refused = new CliRunner(missing, Fixtures.NOW).run(reading);
            assertThat(refused.exit()).as(String.join(" ", reading)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(refused.err()).contains("There is no database at " + missing);
        }
        assertThat(missing).doesNotExist();
        assertThat(dir.resolve("pipline.db.lock")).doesNotExist();
        Files.createFile(missing);
        assertThat(new CliRunner(missing, Fixtures.NOW).run("deals", "list").exit()).as("an empty file is no database either")
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.size(missing)).isZero();

        CliRunner.Result started = new CliRunner(missing, Fixtures.NOW).run("deals", "add", "--title", "Pilot", "--contact", "Ida Berg");
        assertThat(started.exit()).as(started.err()).isZero();
        assertThat(new CliRunner(missing, Fixtures.NOW).run("deals", "list").out()).contains("Pilot");
    }

    @Test
    void aMissingInputFileIsNamedAsMissing() throws Exception {
        com.funnelboard.store.Store.open(cli.db(), Fixtures.CLOCK).close();
        CliRunner.Result merge = cli.run("share", "merge", dir.resolve("nothere.funnel").toString());
        assertThat(merge.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(merge.err().strip()).isEqualTo("There is no share file " + dir.resolve("nothere.funnel") + "; nothing was changed.");
        CliRunner.Result csv = cli.run("import", "csv", dir.resolve("nothere.csv").toString());
        assertThat(csv.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(csv.err()).contains("There is no file " + dir.resolve("nothere.csv"));
        Path plain = Files.writeString(dir.resolve("rand.funnel"), "not a share file");
        assertThat(cli.run("share", "merge", plain.toString()).err()).as("the name as the user wrote it").contains("rand.funnel");
    }

    @Test
    void aViewOnASourceThatDoesNotExistIsRefused() throws Exception {
        com.funnelboard.store.Store.open(cli.db(), Fixtures.CLOCK).close();
        CliRunner.Result r = cli.run("views", "save", "Odd", "source=nosuch");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("nosuch", "referral");
        assertThat(cli.run("views", "save", "Referrals", "source=Referral").exit()).as("a label is taken too").isZero();
        assertThat(cli.run("views", "list").out()).contains("Referrals").doesNotContain("Odd");
    }
}
