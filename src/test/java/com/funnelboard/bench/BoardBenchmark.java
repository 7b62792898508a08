package com.funnelboard.bench;

import atlantafx.base.theme.PrimerLight;
import com.funnelboard.app.DesktopApp;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.SamplePipeline;
import com.funnelboard.store.Store;
import com.funnelboard.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Prints how long the board takes to appear — from building the window to the first frame drawn
 * with every column filled — with the 300-deal sample and with 100,000 deals, plus the cost of
 * reading a page deep inside a column. Run with {@code ./mvnw -q test-compile exec:exec@bench}.
 */
public final class BoardBenchmark {

    private BoardBenchmark() {}

    public static void main(String[] args) throws Exception {
        int big = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("funnelboard-bench");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        System.out.printf("Funnelboard board benchmark (Java %s, %d cores)%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        measure(dir.resolve("sample.db"), 300);
        measure(dir.resolve("big.db"), big);
        Platform.exit();
    }

    private static void measure(Path db, int deals) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        long t0 = System.nanoTime();
        try (Store store = Store.open(db, clock)) {
            new SamplePipeline(store).generate(1, deals, "EUR", (d, t) -> {}, () -> false);
        }
        System.out.printf("%n%,d deals: generated in %.1f s, file %.1f MB%n", deals, (System.nanoTime() - t0) / 1e9,
                (Files.size(db) + sizeOr0(db.resolveSibling(db.getFileName() + "-wal"))) / 1e6);
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(boardAppears(db, clock));
        }
        System.out.printf("  board appears (open store → first frame with all columns filled): first %.0f ms, then median %.0f ms%n",
                runs.getFirst(), median(runs.subList(1, runs.size())));
        try (Store store = Store.open(db, clock)) {
            BoardService board = new BoardService(store);
            long leads = board.summaries().get(Stage.LEAD).count();
            List<Double> deep = new ArrayList<>();
            List<Double> summary = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long s = System.nanoTime();
                board.page(Stage.LEAD, (int) Math.max(0, leads - 100 - i * 7L), 100);
                deep.add((System.nanoTime() - s) / 1e6);
                s = System.nanoTime();
                board.summaries();
                summary.add((System.nanoTime() - s) / 1e6);
            }
            System.out.printf("  header query (all columns): median %.1f ms; a page of 100 cards at the end of Lead (%,d cards): median %.1f ms%n",
                    median(summary), leads, median(deep));
        }
    }

    /** Opens the store, builds the window and waits for the first frame with every column filled. */
    private static double boardAppears(Path db, Clock clock) throws Exception {
        long start = System.nanoTime();
        Store store = Store.open(db, clock);
        DesktopApp app = DesktopApp.create(store, clock, Locale.ENGLISH);
        CompletableFuture<Long> shown = new CompletableFuture<>();
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        Platform.runLater(() -> {
            MainView view = app.build();
            Scene scene = new Scene(view, 1400, 900);
            scene.getStylesheets().add(DesktopApp.stylesheet());
            stage[0] = new javafx.stage.Stage();
            stage[0].setScene(scene);
            stage[0].show();
            view.start().thenRun(() -> {
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    shown.complete(System.nanoTime());
                };
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
        });
        long end = shown.get(60, TimeUnit.SECONDS);
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            stage[0].close();
            closed.complete(null);
        });
        closed.get();
        app.close();
        return (end - start) / 1e6;
    }

    private static long sizeOr0(Path p) throws java.io.IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
