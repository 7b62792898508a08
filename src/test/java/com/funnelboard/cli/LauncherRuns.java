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
 * settings, so a command that started the JavaFX toolkit would fail. (Failsafe runs the launcher
 * tests at the same time, each in a folder of its own.)
 */
abstract class LauncherRuns {

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
}
