package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the command line in-process against one database file, at a fixed time in Berlin, capturing its output. */
final class CliRunner {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path db;
    private final Locale locale;
    private Clock clock;

    /** In the UK locale. */
    CliRunner(Path db, Instant now) {
        this(db, now, Locale.UK);
    }

    CliRunner(Path db, Instant now, Locale locale) {
        this.db = db;
        this.locale = locale;
        this.clock = Clock.fixed(now, BERLIN);
    }

    Path db() {
        return db;
    }

    void setNow(Instant now) {
        clock = Clock.fixed(now, BERLIN);
    }

    static CommandLine commandLine(Path defaultDb, Clock clock) {
        return commandLine(defaultDb, clock, Locale.UK);
    }

    static CommandLine commandLine(Path defaultDb, Clock clock, Locale locale) {
        return RootCommand.commandLine(defaultDb, (p, tell) -> {
            throw new AssertionError("the GUI must not start for a command");
        }, clock, locale);
    }

    /** Runs with {@code --db} pointing at this runner's file. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addFirst(db.toString());
        all.addFirst("--db");
        return runRaw(all.toArray(String[]::new));
    }

    /** Runs with {@code --db} pointing at this runner's file, {@code input} on standard input. */
    Result runWithInput(byte[] input, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addFirst(db.toString());
        all.addFirst("--db");
        return runRaw(input, all.toArray(String[]::new));
    }

    /** Runs exactly the given arguments (the default database is this runner's file). */
    Result runRaw(String... args) {
        return runRaw(new byte[0], args);
    }

    private Result runRaw(byte[] input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // As the launcher runs a command: picocli's model holds only the command the arguments name
        // (building every command's model costs more than most commands take to run).
        CommandLine cmd = RootCommand.commandLine(db, (p, tell) -> {
            throw new AssertionError("the GUI must not start for a command");
        }, clock, locale, args);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        ((RootCommand) cmd.getCommand()).readStandardInputFrom(() -> new java.io.ByteArrayInputStream(input));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and expects success, returning the parsed JSON document ({@code --json} is added). */
    JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        Result r = run(all.toArray(String[]::new));
        assertThat(r.exit()).as("exit of %s; stderr: %s", all, r.err()).isZero();
        return r.json();
    }

    /** Adds a deal and returns its id. */
    String addDeal(String title, String... more) {
        List<String> args = new ArrayList<>(List.of("deals", "add", "--title", title, "--contact", "Contact of " + title));
        args.addAll(List.of(more));
        return json(args.toArray(String[]::new)).get("id").asString();
    }

    record Result(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }

        /** The stderr text as the lines a user reads. */
        List<String> errLines() {
            return err.lines().toList();
        }
    }
}
