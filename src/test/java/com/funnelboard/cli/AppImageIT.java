package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installer's app image (built by {@code -Pinstaller}; skipped without it): its own trimmed
 * runtime must hold every module the app needs, so its launcher creates a database, writes
 * through the whole write path (migrations, jOOQ, the change log) and reads it back as JSON.
 */
class AppImageIT {

    static final Path IMAGE = Path.of(System.getProperty("appImage", "target/installer/Funnelboard"));

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    Run run(String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of(), args);
    }

    /** Runs the `funnelboard` command the Linux packages put on PATH (it picks one of the image's launchers). */
    Run run(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(IMAGE.resolve("bin/funnelboard-command"), env, args);
    }

    Run run(Path launcher, java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the app image did not exit within 60 s: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theAppImageRunsCommandsOnItsOwnRuntime() throws Exception {
        assumeTrue(Files.isExecutable(IMAGE.resolve("bin/funnelboard-command")), "no app image: build with -Pinstaller on Linux");
        assertThat(IMAGE.resolve("lib/runtime/release")).exists();
        Path db = dir.resolve("pipeline.db");

        Run added = run("--db", db.toString(), "deals", "add", "--title", "Pilot \u2013 Nordwind", "--contact", "Ida Berg",
                "--org", "Nordwind AB", "--value", "12500");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.err()).doesNotContain("WARNING", "Exception");

        // The command starts the image's Java itself: jpackage's native launchers ask rpm and dpkg
        // which package owns them at every start. Stand-ins on PATH record any such question.
        Path fakes = Files.createDirectories(dir.resolve("fakes"));
        Path asked = dir.resolve("asked.txt");
        for (String tool : List.of("rpm", "dpkg")) {
            Path fake = fakes.resolve(tool);
            Files.writeString(fake, "#!/bin/sh\necho " + tool + " >> '" + asked + "'\nexit 1\n");
            fake.toFile().setExecutable(true);
        }
        // A short command runs on the command launcher (the client compiler alone), a bulk one on the app's.
        java.util.Map<String, String> flagsAndPath = java.util.Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags", "PATH",
                fakes + ":" + System.getenv("PATH"));
        // Through a link, as the packages' /usr/bin/funnelboard runs it: the command finds the image it links to.
        Path link = Files.createSymbolicLink(dir.resolve("funnelboard"), IMAGE.resolve("bin/funnelboard-command").toAbsolutePath());
        Run listed = run(link, flagsAndPath, "--db", db.toString(), "deals", "list", "--json");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Pilot \u2013 Nordwind", "Ida Berg", "12500.00").contains("-XX:TieredStopAtLevel=1");
        Run export = run(flagsAndPath, "--db", db.toString(), "export", "--help");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel");
        assertThat(asked).as("no package manager asked").doesNotExist();
        // The image's ICU holds the charset detector alone, and it tells a Polish Windows-1250 file.
        Path polish = dir.resolve("pl.csv");
        Files.write(polish, "Imię;Nazwisko;Firma\nŁukasz;Żółkiewski;Źródło Sp. z o.o.\nMałgorzata;Bąk;Stal SA\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1250")));
        Run imported = run("--db", db.toString(), "import", "csv", polish.toString(), "--dry-run");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("windows-1250");
        if (Files.exists(IMAGE.resolve("lib/app/funnelboard-cli.aot"))) { // CI skips the training run
            Run ahead = run(java.util.Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"), "--db", db.toString(), "deals", "list");
            assertThat(ahead.exit()).as("the ahead-of-time cache is used (AOTMode=on refuses to run without it): " + ahead.err()).isZero();
            Run cached = run(java.util.Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintSharedArchiveAndExit"), "--db", db.toString(), "deals", "list");
            assertThat(cached.out()).as("the cache holds picocli's classes").contains(": picocli.CommandLine app_loader");
        }

    }

    /** Run by cron (no locale: Java reads arguments as ASCII), a name with accents arrives as written. */
    @Test
    void argumentsArriveWholeWithoutALocale() throws Exception {
        assumeTrue(Files.isExecutable(IMAGE.resolve("bin/funnelboard-command")), "no app image: build with -Pinstaller on Linux");
        Path db = dir.resolve("cron.db");
        java.util.Map<String, String> none = java.util.Map.of("LANG", "", "LC_ALL", "", "LC_CTYPE", "");
        Run added = run(none, "--db", db.toString(), "deals", "add", "--title", "Anfrage M\u00FCller", "--contact", "Jos\u00E9 N\u00FA\u00F1ez",
                "--json");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Anfrage M\u00FCller", "Jos\u00E9 N\u00FA\u00F1ez");
    }

    /**
     * The ahead-of-time cache leaves out classes it cannot verify when it is written, those of class
     * files older than Java 6; the installer writes such classes again (picocli's, vinnie's).
     */
    @Test
    void everyClassOfTheImageCanBeInTheAheadOfTimeCache() throws Exception {
        assumeTrue(Files.isExecutable(IMAGE.resolve("bin/funnelboard-command")), "no app image: build with -Pinstaller on Linux");
        List<String> old = new ArrayList<>();
        int classes = 0;
        try (var jars = Files.newDirectoryStream(IMAGE.resolve("lib/app"), "*.jar")) {
            for (Path jar : jars) {
                try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
                    for (var e : java.util.Collections.list(zip.entries())) {
                        if (!e.getName().endsWith(".class") || e.getName().startsWith("META-INF/") || e.getName().endsWith("module-info.class")) {
                            continue;
                        }
                        classes++;
                        try (var in = zip.getInputStream(e)) {
                            byte[] head = in.readNBytes(8);
                            if ((((head[6] & 0xff) << 8) | (head[7] & 0xff)) < 50) {
                                old.add(jar.getFileName() + "!" + e.getName());
                            }
                        }
                    }
                }
            }
        }
        assertThat(classes).as("classes looked at").isGreaterThan(5_000);
        assertThat(old).as("class files older than Java 6").isEmpty();
    }

    /** The package CI builds beside the image: what `dpkg -i` puts in place and what its scripts do. */
    @Test
    void theDebianPackageHoldsTheAppItsMenuEntryAndTheCommandOnPath() throws Exception {
        Path deb;
        try (var found = Files.list(IMAGE.getParent())) {
            deb = found.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst().orElse(null);
        }
        assumeTrue(deb != null, "no .deb: build with -Pinstaller on a Debian-like system");

        String files = output("dpkg-deb", "-c", deb.toString());
        assertThat(files).contains("./opt/funnelboard/bin/Funnelboard", "./opt/funnelboard/bin/funnelboard-cli",
                "./opt/funnelboard/bin/funnelboard-command", "./opt/funnelboard/lib/app/funnelboard-cli.cfg", "./opt/funnelboard/lib/app/Funnelboard.cfg",
                "./opt/funnelboard/lib/runtime/release", "./opt/funnelboard/lib/funnelboard-Funnelboard.desktop",
                "./opt/funnelboard/lib/share/metainfo/com.funnelboard.Funnelboard.metainfo.xml");
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            assertThat(files).contains("./opt/funnelboard/lib/share/icons/hicolor/" + size + "x" + size + "/apps/funnelboard.png");
        }
        Path root = dir.resolve("root");
        output("dpkg-deb", "-x", deb.toString(), root.toString());
        String entry = Files.readString(root.resolve("opt/funnelboard/lib/funnelboard-Funnelboard.desktop"));
        assertThat(entry).contains("Exec=/opt/funnelboard/bin/funnelboard-command %f", "MimeType=application/x-funnelboard-share",
                "Icon=/opt/funnelboard/lib/Funnelboard.png", "Categories=Office");
        assertThat(root.resolve("opt/funnelboard/lib/Funnelboard.png")).as("our icon, not jpackage's default")
                .hasSameBinaryContentAs(Path.of("icons/funnelboard-256.png"));
        assertThat(Files.readString(root.resolve("opt/funnelboard/lib/funnelboard-Funnelboard-MimeInfo.xml")))
                .contains("application/x-funnelboard-share", "*.funnel");
        Path control = dir.resolve("control");
        output("dpkg-deb", "-e", deb.toString(), control.toString());
        String postinst = Files.readString(control.resolve("postinst"));
        assertThat(postinst).contains("xdg-desktop-menu install", "xdg-mime install", "ln -sf /opt/funnelboard/bin/funnelboard-command /usr/bin/funnelboard");
        assertThat(Files.readString(control.resolve("prerm"))).contains("/usr/bin/funnelboard");
        assertThat(Files.readString(control.resolve("control"))).contains("Package: funnelboard", "Section: office");
    }

    private String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
