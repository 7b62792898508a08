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

/** The launcher starts the right Java and never the JavaFX toolkit for a command. */
class LauncherIT extends LauncherRuns {

    @Test
    void thePackageHasBothLaunchers() throws IOException {
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
        String bat = Files.readString(LAUNCHER.resolveSibling("funnelboard.bat"));
        assertThat(bat).contains("com.funnelboard.app.Main", "--module-path", "\r\n");
        assertThat(Files.list(LAUNCHER.getParent().resolveSibling("lib")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("funnelboard-") && n.endsWith(".jar"))
                .anyMatch(n -> n.startsWith("sqlite-jdbc"));
    }

    /** Run by cron (no locale: Java reads arguments as ASCII), a name with accents arrives as written. */
    @Test
    void argumentsArriveWholeWithoutALocale() throws Exception {
        Run added = run(Map.of("LANG", "", "LC_ALL", "", "LC_CTYPE", ""), "--db", db.toString(), "deals", "add", "--title",
                "Anfrage M\u00FCller", "--contact", "Jos\u00E9 N\u00FA\u00F1ez", "--json");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Anfrage M\u00FCller", "Jos\u00E9 N\u00FA\u00F1ez");

        // "-" and /dev/stdout are the command's output: the file alone, the sentence on stderr.
        for (String out : List.of("-", "/dev/stdout")) {
            Run exported = run("--db", db.toString(), "export", "csv", "deals", out);
            assertThat(exported.exit()).as(exported.err()).isZero();
            assertThat(exported.out()).startsWith("\uFEFFid,").contains("Anfrage M\u00FCller").doesNotContain("Wrote");
            assertThat(exported.err()).contains("Wrote 1 deal to " + (out.equals("-") ? "standard output." : out));
        }
    }

    @Test
    void commandsRunWithoutStartingTheJavaFxToolkit() throws Exception {
        assertThat(run("--db", db.toString(), "demo", "--deals", "40").exit()).isZero();
        Path classes = dir.resolve("classes.log");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Run r = run(Map.of("FUNNELBOARD_OPTS", "-Xlog:class+load=info:file=" + classes + " -Djava.io.tmpdir=" + tmp), "--db", db.toString(), "deals",
                "list", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("SQLite's library is loaded from lib/native, not copied out of its jar")
                    .noneMatch(n -> n.startsWith("sqlite-"));
        }
        JsonNode doc = CliRunner.JSON.readTree(r.out());
        assertThat(doc.get("deals").size()).isEqualTo(40);
        String loaded = Files.readString(classes);
        assertThat(loaded).as("the class log was written").contains("com.funnelboard.cli.RootCommand");
        assertThat(loaded).as("no JavaFX class was loaded").doesNotContain(" javafx.", " com.sun.javafx.", " com.sun.glass.");
        assertThat(loaded).as("ical4j's time-zone provider is not loaded at start").doesNotContain("net.fortuna.ical4j");
        assertThat(r.err()).isEmpty();

        // The calendar export still works with the launcher's ical4j (which lacks that provider).
        Path ics = dir.resolve("follow-ups.ics");
        Run exported = run("--db", db.toString(), "followups", "export", "--ics", ics.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "END:VCALENDAR");
        assertThat(exported.err()).isEmpty();

        // A report's chart as a PNG: JavaFX on its headless platform, with no display.
        Path png = dir.resolve("funnel.png");
        Run drawn = run("--db", db.toString(), "report", "funnel", "--period", "year", "--png", png.toString());
        assertThat(drawn.exit()).as(drawn.err()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(420);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("a drawn chart (title, axes, bars), not an empty picture").isGreaterThan(20);
    }
}
