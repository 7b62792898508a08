package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log file: what is logged through SLF4J lands in it with its stack trace, it rotates over a
 * fixed number of files of a fixed size and is appended to, and a command run as a program prints
 * its sentence on the terminal while the log gets the trace — never in the real home folder.
 */
@Isolated
class LogFilesTest {

    @TempDir
    Path dir;

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void aLoggedFailureLandsInTheFileWithItsStackTrace() throws IOException {
        Path folder = dir.resolve("logs");
        try (LogFiles logs = LogFiles.open(folder)) {
            Logger log = LoggerFactory.getLogger(LogFilesTest.class);
            log.error("The board could not be loaded", new IllegalStateException("disk I/O error"));
            log.debug("not kept: below INFO");
            logs.flush();
            String text = read(logs.file(0));
            assertThat(text).contains("SEVERE", "com.funnelboard.app.LogFilesTest: The board could not be loaded")
                    .contains("java.lang.IllegalStateException: disk I/O error")
                    .contains("\tat com.funnelboard.app.LogFilesTest.aLoggedFailureLandsInTheFileWithItsStackTrace")
                    .doesNotContain("not kept");
        }
        assertThat(folder.resolve("funnelboard-0.log")).exists();
    }

    @Test
    void theDefaultsAreFiveFilesOfTwoMegabytesInTheAppDataFolder() throws IOException {
        try (LogFiles logs = LogFiles.open(dir.resolve("logs"))) {
            assertThat(logs.limitBytes()).isEqualTo(2 * 1024 * 1024);
            assertThat(logs.count()).isEqualTo(5);
            assertThat(logs.file(0).getFileName()).hasToString("funnelboard-0.log");
            assertThat(logs.file(4).getFileName()).hasToString("funnelboard-4.log");
        }
        Path db = Path.of("/home/someone/.local/share/funnelboard/pipeline.db");
        String before = System.clearProperty(LogFiles.FOLDER_PROPERTY);
        try {
            assertThat(LogFiles.folder(db)).isEqualTo(Path.of("/home/someone/.local/share/funnelboard/logs"));
            System.setProperty(LogFiles.FOLDER_PROPERTY, dir.toString());
            assertThat(LogFiles.folder(db)).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty(LogFiles.FOLDER_PROPERTY);
            } else {
                System.setProperty(LogFiles.FOLDER_PROPERTY, before);
            }
        }
    }

    @Test
    void theLogRotatesOverItsFilesAndIsAppendedTo() throws IOException {
        Path folder = dir.resolve("logs");
        Logger log = LoggerFactory.getLogger(LogFilesTest.class);
        try (LogFiles logs = LogFiles.open(folder, 4_000, 3)) {
            log.info("first run");
        }
        try (LogFiles logs = LogFiles.open(folder, 4_000, 3)) {
            log.info("second run");
            logs.flush();
            assertThat(read(logs.file(0))).as("appended, not replaced").contains("first run", "second run");
            for (int i = 0; i < 200; i++) {
                log.warn("line {} {}", i, "x".repeat(100));
            }
            logs.flush();
        }
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
        }
        assertThat(names).containsExactly("funnelboard-0.log", "funnelboard-1.log", "funnelboard-2.log");
        for (String name : names) {
            assertThat(Files.size(folder.resolve(name))).as(name).isLessThanOrEqualTo(4_000 + 200);
        }
        assertThat(read(folder.resolve("funnelboard-0.log"))).contains("line 199");
        assertThat(read(folder.resolve("funnelboard-2.log"))).as("the oldest lines are dropped").doesNotContain("first run");
    }

    @Test
    void aCommandPrintsItsSentenceAndTheLogGetsTheStackTrace() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path logs = dir.resolve("logs");
        Path notAFile = Files.createDirectories(dir.resolve("pipeline.db"));
        List<String> command = com.funnelboard.testing.ChildJvm.command(List.of("-Djava.awt.headless=true", "-Dorg.sqlite.tmpdir=" + dir,
                "-Duser.home=" + home, "-D" + LogFiles.FOLDER_PROPERTY + "=" + logs), Main.class, "--db", notAFile.toString(), "deals", "list");
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("XDG_DATA_HOME");
        pb.environment().remove("DISPLAY");
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(com.funnelboard.cli.ExitCodes.BAD_INPUT);
        assertThat(read(dir.resolve("err.txt")).lines().toList()).containsExactly(notAFile + " is not a file; nothing was changed.");
        assertThat(read(dir.resolve("out.txt"))).isEmpty();
        String log = read(logs.resolve("funnelboard-0.log"));
        assertThat(log).contains("WARNING", notAFile + " is not a file; nothing was changed.", "\tat com.funnelboard.");
        assertThat(home.resolve(".local")).as("nothing written in the home folder").doesNotExist();
    }
}
