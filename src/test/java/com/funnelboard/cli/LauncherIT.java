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

/**
 * The packaged launcher, run as a user runs it: a separate process with no display and no headless
 * settings, so a command that started the JavaFX toolkit would fail.
 */
class LauncherIT {

    static final Path LAUNCHER = Path.of(System.getProperty("launcher", "target/funnelboard/bin/funnelboard"));

    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("pipeline.db");
    }

    record Run(int exit, String out, String err) {}

    Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        // Each test has its own empty cache, so the class-data archive would be written (and cost
        // seconds) at every exit and never used: these tests check the launcher without it.
        pb.environment().put("FUNNELBOARD_CDS", "0");
        // The log and the record of known files go to the app-data folder: here, not the real home.
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not exit within 60 s: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    @Test
    void thePackageHasBothLaunchers() throws IOException {
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
        String bat = Files.readString(LAUNCHER.resolveSibling("funnelboard.bat"));
        assertThat(bat).contains("com.funnelboard.app.Main", "--module-path", "\r\n");
        assertThat(Files.list(LAUNCHER.getParent().resolveSibling("lib")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("funnelboard-") && n.endsWith(".jar"))
                .anyMatch(n -> n.startsWith("sqlite-jdbc"));
    }

    @Test
    void versionNamesTheBuild() throws Exception {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Funnelboard " + System.getProperty("project.version", ""));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void commandsRunWithoutStartingTheJavaFxToolkit() throws Exception {
        assertThat(run("--db", db.toString(), "demo", "--deals", "40").exit()).isZero();
        Path classes = dir.resolve("classes.log");
        Run r = run(Map.of("FUNNELBOARD_OPTS", "-Xlog:class+load=info:file=" + classes), "--db", db.toString(), "deals", "list",
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = CliRunner.JSON.readTree(r.out());
        assertThat(doc.get("deals").size()).isEqualTo(40);
        String loaded = Files.readString(classes);
        assertThat(loaded).as("the class log was written").contains("com.funnelboard.cli.RootCommand");
        assertThat(loaded).as("no JavaFX class was loaded").doesNotContain(" javafx.", " com.sun.javafx.", " com.sun.glass.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void withoutACommandTheDesktopAppStartsAndFailsCleanlyWithNoDisplay() throws Exception {
        // The control for the test above: starting the toolkit here does fail, with one sentence.
        Run r = run("--db", db.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().strip()).startsWith("Funnelboard cannot open its window:");
    }

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
    void aRefusalAndABadValueKeepTheirExitCodes() throws Exception {
        assertThat(run("--db", db.toString(), "demo", "--deals", "5").exit()).isZero();
        assertThat(run("--db", db.toString(), "demo").exit()).isEqualTo(ExitCodes.REFUSED);
        Run bad = run("--db", db.toString(), "deals", "list", "--stage", "nowhere");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.out()).isEmpty();
        assertThat(run("--db", db.toString(), "deals", "frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anOldJavaIsPassedOverForARecentOne() throws Exception {
        Path old = dir.resolve("jdk-17");
        Files.createDirectories(old.resolve("bin"));
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"17.0.12\"\n");
        Path java = old.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho 'the old java ran' >&2\nexit 99\n");
        java.toFile().setExecutable(true);
        Run r = run(Map.of("FUNNELBOARD_JAVA_HOME", old.toString()), "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).doesNotContain("the old java ran");
    }
}
