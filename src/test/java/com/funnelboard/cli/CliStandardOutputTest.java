package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Standard output that cannot be written fails the command (a full disk: `deals list --json > export.json` left an empty
 * file and exited 0); a reader that went away (`| head`) ends it quietly.
 */
class CliStandardOutputTest {

    @TempDir
    Path dir;

    /** Standard output failing with {@code message} once {@code after} bytes went through. */
    static OutputStream failing(String message, int after) {
        return new OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > after) {
                    throw new IOException(message);
                }
            }
        };
    }

    record Run(int exit, String err) {}

    Run run(OutputStream stdout, String... args) {
        CommandLine cmd = RootCommand.commandLine(dir.resolve("x.db"), (p, tell) -> {
            throw new AssertionError("no window");
        }, java.time.Clock.fixed(Fixtures.NOW, java.time.ZoneOffset.UTC), java.util.Locale.UK, args);
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err, true));
        return new Run(StandardOutput.execute(cmd, args, stdout), err.toString());
    }

    @Test
    void anOutputThatCannotBeWrittenFailsTheCommandAndAClosedPipeDoesNot() {
        Path db = dir.resolve("a.db");
        CliRunner runner = new CliRunner(db, Fixtures.NOW);
        runner.addDeal("Pilot");
        runner.addDeal("Rollout");

        Run full = run(failing("No space left on device", 10), "--db", db.toString(), "deals", "list", "--json");
        assertThat(full.exit()).isEqualTo(ExitCodes.IO);
        assertThat(full.err()).contains("The output could not be written (No space left on device): what was written of it is incomplete.");

        Run closed = run(failing("Broken pipe", 10), "--db", db.toString(), "deals", "list");
        assertThat(closed.exit()).as("| head").isZero();
        assertThat(closed.err()).doesNotContain("could not be written");
        // The C library says it in the user's language: a German user's `deals list | head -1` exited 4.
        for (String said : new String[] {"Datenübergabe unterbrochen (broken pipe)",
                ClosedPipe.systemText().orElse("Broken pipe")}) {
            Run closedHere = run(failing(said, 10), "--db", db.toString(), "deals", "list");
            assertThat(closedHere.exit()).as(said).isZero();
            assertThat(closedHere.err()).doesNotContain("could not be written");
        }
        if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            assertThat(ClosedPipe.systemText()).as("the C library's own text for EPIPE").isPresent().get().asString().isNotBlank();
        }

        java.io.ByteArrayOutputStream version = new java.io.ByteArrayOutputStream();
        assertThat(run(version, "--version", "--json").exit()).isZero();
        tools.jackson.databind.JsonNode v = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(version.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(v.get("java").asString()).isEqualTo(Runtime.version().toString());
        assertThat(v.has("version")).isTrue();

        java.io.ByteArrayOutputStream fine = new java.io.ByteArrayOutputStream();
        Run written = run(fine, "--db", db.toString(), "deals", "list", "--json");
        assertThat(written.exit()).isZero();
        assertThat(fine.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Pilot", "Rollout");
    }
}
