package com.funnelboard.bench;

import com.funnelboard.service.SamplePipeline;
import com.funnelboard.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start of the installed app, measured from outside: the wall-clock time from starting the
 * app image's launcher to its first frame showing the board's first pages on a 100,000-deal
 * database; the same for a one-label JavaFX window on the same runtime (the floor); a command
 * without a window; and the app's resident memory once the board has settled. Needs the app image
 * ({@code ./mvnw -Pinstaller -DskipTests package}) and a display ({@code xvfb-run -a} without one):
 * {@code ./mvnw -q test-compile exec:exec@bench-start}.
 */
public final class StartBenchmark {

    private StartBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        // The window as the menu entry starts it: through the packages' `funnelboard` command where the image has it.
        Path launcher = Files.isExecutable(image.resolve("bin/funnelboard-command")) ? image.resolve("bin/funnelboard-command")
                : image.resolve("bin/Funnelboard");
        Path java = image.resolve("lib/runtime/bin/java");
        Path testClasses = Path.of(args[1]);
        int deals = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        if (!Files.isExecutable(launcher)) {
            System.err.println("No app image at " + image + ": build it with ./mvnw -Pinstaller -DskipTests package");
            System.exit(2);
        }
        if (System.getenv("DISPLAY") == null) {
            System.err.println("The start-up benchmark needs a display: run it under xvfb-run -a.");
            System.exit(2);
        }
        Path dir = Files.createTempDirectory("funnelboard-start");
        Path db = dir.resolve("pipeline.db");
        // A fourth argument names a folder where the generated database is kept between runs (generating it takes minutes).
        Path cached = args.length > 3 ? Path.of(args[3]).resolve("start-" + deals + ".db") : null;
        if (cached != null && Files.exists(cached)) {
            Files.copy(cached, db);
        } else {
            try (Store store = Store.open(db, Clock.systemDefaultZone())) {
                new SamplePipeline(store).generate(1, deals, "EUR", (d, t) -> {}, () -> false);
                if (cached != null) {
                    Files.createDirectories(cached.getParent());
                    store.backupTo(cached);
                }
            }
        }
        System.out.printf("Funnelboard cold start (%d cores, %,d deals)%n", Runtime.getRuntime().availableProcessors(), deals);
        // The first start after generating records the file as known (a later start only quick-checks it).
        startApp(launcher, db, dir, false);
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        List<Long> command = new ArrayList<>();
        List<Long> version = new ArrayList<>();
        // Commands as a shell runs them: the Linux packages' `funnelboard` command where the image has it.
        Path commands = Files.isExecutable(image.resolve("bin/funnelboard-command")) ? image.resolve("bin/funnelboard-command") : launcher;
        for (int i = 0; i < 5; i++) {
            app.add(startApp(launcher, db, dir, false));
            bare.add(startBare(java, testClasses, dir));
            command.add(timeCommand(commands, "--db", db.toString(), "deals", "list", "--limit", "1"));
            version.add(timeCommand(commands, "--version"));
        }
        long rss = startApp(launcher, db, dir, true);
        long a = median(app);
        long b = median(bare);
        System.out.printf("  app window with the board:  median %d ms   (runs %s)%n", a, app);
        System.out.printf("  bare one-label window:      median %d ms   (runs %s)%n", b, bare);
        System.out.printf("  ratio app / bare:           %.2f%n", (double) a / b);
        System.out.printf("  command (deals list):       median %d ms   (runs %s)%n", median(command), command);
        System.out.printf("  command (--version):        median %d ms   (runs %s)%n", median(version), version);
        System.out.printf("  resident memory, board idle 5 s after start: %d MB%n", rss / 1024);
    }

    /** Starts the app and returns the ms until its board is drawn; with {@code memory}, its resident KB 5 s later. */
    private static long startApp(Path launcher, Path db, Path dir, boolean memory) throws Exception {
        Path ready = dir.resolve("ready");
        Files.deleteIfExists(ready);
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--db", db.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Dfunnelboard.readyFile=" + ready + " -Dfunnelboard.exitWhenReady=" + !memory);
        long start = System.currentTimeMillis();
        Process p = pb.start();
        long shown = waitFor(ready, p) - start;
        if (!memory) {
            p.waitFor();
            return shown;
        }
        Thread.sleep(5000);
        long kb = Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1);
        p.destroy();
        p.waitFor();
        return kb;
    }

    private static long startBare(Path java, Path testClasses, Path dir) throws Exception {
        Path ready = dir.resolve("ready-bare");
        Files.deleteIfExists(ready);
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "--enable-native-access=javafx.graphics,ALL-UNNAMED",
                "-Dprism.lcdtext=false", "-Xlog:disable", "-Xlog:all=warning:stderr", "-Dfunnelboard.readyFile=" + ready,
                "-cp", testClasses.toString(), BareWindow.class.getName()).redirectErrorStream(true).redirectOutput(dir.resolve("bare.log").toFile());
        long start = System.currentTimeMillis();
        Process p = pb.start();
        long shown = waitFor(ready, p) - start;
        p.waitFor();
        return shown;
    }

    private static long timeCommand(Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long waitFor(Path ready, Process p) throws IOException, InterruptedException {
        for (int i = 0; i < 60_000; i++) {
            String at = Files.exists(ready) ? Files.readString(ready).strip() : "";
            if (!at.isEmpty()) {
                return Long.parseLong(at);
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("The process ended (exit " + p.exitValue() + ") before its window was ready");
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("No window after 2 minutes");
    }

    private static long median(List<Long> xs) {
        List<Long> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
