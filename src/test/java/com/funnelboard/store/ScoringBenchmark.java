package com.funnelboard.store;

import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.domain.scoring.Signal;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.InteractionService;
import com.funnelboard.service.SamplePipeline;
import com.funnelboard.service.ScoringService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What lead scoring costs on 100,000 deals (the sample pipeline's deals and interactions, contacts
 * given industries, sizes and titles): a full computation of every score (what a change of the rules
 * or the profile runs, in its transaction), logging one interaction (its deal scored again in the same
 * transaction), and reading a page of 100 cards with their scores. Several runs each, the median printed.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@bench-scoring} ({@code -Dbench.deals=N} for another size)
 */
public final class ScoringBenchmark {

    private static final int RUNS = 5;

    private ScoringBenchmark() {}

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path db = Files.createTempDirectory("funnelboard-scoring-bench").resolve("scoring.db");
        System.out.printf(Locale.ROOT, "Funnelboard scoring benchmark (Java %s, %d cores)%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        Clock clock = Clock.systemUTC();
        try (Store store = Store.open(db, clock)) {
            long t0 = System.nanoTime();
            new SamplePipeline(store).generate(1, deals, "EUR", (d, t) -> {}, () -> false);
            long interactions = store.jdbc(c -> {
                try (var s = c.createStatement()) {
                    // Facts the fit rules look at, on every contact.
                    s.executeUpdate("UPDATE contact SET industry = CASE abs(random()) % 3 WHEN 0 THEN 'Software' WHEN 1 THEN 'Retail' ELSE NULL END, "
                            + "company_size = CASE abs(random()) % 3 WHEN 0 THEN '50' WHEN 1 THEN '11-50' ELSE '5000' END, "
                            + "title = CASE abs(random()) % 2 WHEN 0 THEN 'CEO' ELSE 'Analyst' END");
                    var rs = s.executeQuery("SELECT count(*) FROM interaction");
                    return rs.getLong(1);
                }
            });
            System.out.printf(Locale.ROOT, "%,d deals and %,d interactions generated in %.1f s%n", deals, interactions, (System.nanoTime() - t0) / 1e9);

            ScoringService scoring = new ScoringService(store);
            List<Double> full = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                ScoringRules rules = ScoringRules.DEFAULTS.with(Signal.EXPLICIT_REQUEST, 30 + i + 1);
                long s = System.nanoTime();
                scoring.setRules(rules); // one transaction: the setting, and every deal scored again
                full.add((System.nanoTime() - s) / 1e6);
            }
            System.out.printf(Locale.ROOT, "full computation of every score (a rules change, in its transaction): median %.0f ms (runs: %s)%n",
                    median(full), full.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());

            InteractionService log = new InteractionService(store);
            BoardService board = new BoardService(store);
            UUID deal = board.page(Stage.LEAD, 0, 1).getFirst().id();
            List<Double> one = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long s = System.nanoTime();
                log.log(deal, InteractionKind.EMAIL, Direction.IN, clock.instant(), null);
                one.add((System.nanoTime() - s) / 1e6);
            }
            System.out.printf(Locale.ROOT, "logging one interaction, its deal scored again in the same transaction: median %.1f ms%n", median(one));

            List<Double> pages = new ArrayList<>();
            long leads = board.summaries().get(Stage.LEAD).count();
            for (int i = 0; i < 20; i++) {
                long s = System.nanoTime();
                board.page(Stage.LEAD, (int) Math.max(0, leads - 100 - i * 7L), 100);
                pages.add((System.nanoTime() - s) / 1e6);
            }
            System.out.printf(Locale.ROOT, "a page of 100 cards with their scores, at the end of Lead: median %.1f ms%n", median(pages));

            long s = System.nanoTime();
            int listed = scoring.withScores(store.read(r -> r.board().search(null, null, Integer.MAX_VALUE))).size();
            System.out.printf(Locale.ROOT, "every deal (%,d) with its score, as 'deals list --sort score' reads them: %.0f ms%n", listed,
                    (System.nanoTime() - s) / 1e6);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
