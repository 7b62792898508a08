package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The launcher's failures: one sentence on the terminal, the exit codes, a Java too old. */
class LauncherErrorsIT extends LauncherRuns {

    @Test
    void aFailureIsOneSentenceOnTheTerminalAndAStackTraceInTheAppDataLog() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder.db"));
        Run r = run("--db", folder.toString(), "deals", "list");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines().toList()).containsExactly(folder + " is not a file; nothing was changed.");
        assertThat(Files.readString(dir.resolve("data/funnelboard/logs/funnelboard-0.log"))).contains(folder + " is not a file",
                "\tat com.funnelboard.");
    }

    @Test
    void anOldJavaIsPassedOverForARecentOneAndTheVersionNamesTheBuild() throws Exception {
        Path old = dir.resolve("jdk-17");
        Files.createDirectories(old.resolve("bin"));
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"17.0.12\"\n");
        Path java = old.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho 'the old java ran' >&2\nexit 99\n");
        java.toFile().setExecutable(true);
        Run r = run(Map.of("FUNNELBOARD_JAVA_HOME", old.toString()), "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Funnelboard " + System.getProperty("project.version", ""));
        assertThat(r.err()).doesNotContain("the old java ran");
    }

    @Test
    void theClassDataArchiveIsNamedAfterTheJarsAndAnOlderOneGoes() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache/funnelboard"));
        Path stale = Files.writeString(cache.resolve("0.0.1-java25-cli.jsa"), "an archive of an earlier build");
        Run r = run(Map.of("FUNNELBOARD_CDS", "1"), "--version");
        assertThat(r.exit()).isZero();
        assertThat(stale).as("the earlier build's archive").doesNotExist();
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).singleElement().asString()
                    .startsWith(System.getProperty("project.version") + "-java").matches(".*-[0-9]+-cli\\.jsa");
        }
    }

    /**
     * A short command runs on the client compiler alone, a bulk one (the sample) and the window on
     * both; a refusal, a bad value, an unknown command and a window with no display keep their exit
     * codes.
     */
    @Test
    void exitCodesAndTheCompilersEachKindOfCommandRunsOn() throws Exception {
        Map<String, String> flags = Map.of("FUNNELBOARD_OPTS", "-XX:+PrintCommandLineFlags");
        Run add = run(flags, "--db", db.toString(), "deals", "add", "--title", "Pilot", "--contact", "Ida Berg");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("-XX:TieredStopAtLevel=1");

        Run sample = run(flags, "--db", db.toString(), "demo");
        assertThat(sample.exit()).as("the sample is refused on a database that holds a deal").isEqualTo(ExitCodes.REFUSED);
        assertThat(sample.out()).contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel");

        Run bad = run("--db", db.toString(), "deals", "list", "--stage", "nowhere");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.out()).isEmpty();
        assertThat(run("--db", db.toString(), "deals", "frobnicate").exit()).isEqualTo(ExitCodes.USAGE);

        Path share = Files.writeString(dir.resolve("in.funnel"), "not read: there is no display");
        Run window = run(flags, "--db", db.toString(), share.toString());
        assertThat(window.out()).contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel");
        // Without a command the window starts, and with no display it fails with one sentence (the
        // control for LauncherIT's commands, which never start the toolkit).
        assertThat(window.exit()).isEqualTo(ExitCodes.IO);
        assertThat(window.err().strip()).startsWith("Funnelboard cannot open its window:");
    }
}
