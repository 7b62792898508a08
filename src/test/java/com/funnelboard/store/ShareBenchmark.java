package com.funnelboard.store;

import com.funnelboard.domain.MergeReport;
import com.funnelboard.service.SamplePipeline;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What sharing costs on big databases: two installations each generate the sample pipeline
 * (different seeds), one exports its share file, the other merges it, then merges it again (which
 * must change nothing). Prints the figures.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@bench-share [-Dbench.deals=20000]}
 */
public final class ShareBenchmark {

    private ShareBenchmark() {}

    public static void main(String[] args) throws Exception {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // A second argument names a folder where the two generated databases are kept between runs.
        Path cache = args.length > 1 ? Path.of(args[1]) : null;
        Path dir = Files.createTempDirectory("funnelboard-share-bench");
        boolean cached = cache != null && Files.exists(cache.resolve("a-" + deals + ".db")) && Files.exists(cache.resolve("b-" + deals + ".db"));
        if (cached) {
            Files.copy(cache.resolve("a-" + deals + ".db"), dir.resolve("a.db"));
            Files.copy(cache.resolve("b-" + deals + ".db"), dir.resolve("b.db"));
        }
        try (Store a = Store.open(dir.resolve("a.db"), new TickingClock(Instant.parse("2026-03-12T10:00:00Z")));
                Store b = Store.open(dir.resolve("b.db"), new TickingClock(Instant.parse("2026-03-12T11:00:00Z")))) {
            if (!cached) {
                long t0 = System.nanoTime();
                new SamplePipeline(a).generate(7, deals, "EUR", (x, y) -> {}, () -> false);
                new SamplePipeline(b).generate(8, deals, "EUR", (x, y) -> {}, () -> false);
                System.out.printf("Two databases of %,d deals each generated in %.1f s%n", deals, (System.nanoTime() - t0) / 1e9);
                if (cache != null) {
                    Files.createDirectories(cache);
                    a.backupTo(cache.resolve("a-" + deals + ".db"));
                    b.backupTo(cache.resolve("b-" + deals + ".db"));
                }
            }
            Path fromB = dir.resolve("b.funnel");
            long e0 = System.nanoTime();
            ShareExchange.Exported exported = new ShareExchange(b).export(fromB);
            long e1 = System.nanoTime();
            System.out.printf("export     %6.2f s  (%,d change sets, %,d entries, %,d MB)%n", (e1 - e0) / 1e9, exported.changeSets(),
                    exported.changes(), Files.size(fromB) / 1_000_000);
            MergeReport first = timed("merge", () -> new ShareExchange(a).merge(fromB, false, () -> false));
            System.out.println("           " + first.sentence());
            MergeReport again = timed("re-merge", () -> new ShareExchange(a).merge(fromB, false, () -> false));
            System.out.println("           " + (again.changeSet() == null ? "changed nothing" : "CHANGED SOMETHING: " + again.sentence()));
            Path fromA = dir.resolve("a.funnel");
            long x0 = System.nanoTime();
            new ShareExchange(a).export(fromA);
            System.out.printf("export of the merged database (%,d deals) %6.2f s, %,d MB%n", 2 * deals, (System.nanoTime() - x0) / 1e9,
                    Files.size(fromA) / 1_000_000);
            timed("merge back", () -> new ShareExchange(b).merge(fromA, false, () -> false));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Wall time, and this thread's CPU time (on a machine shared with other work, the wall time alone says little). */
    private static MergeReport timed(String what, java.util.function.Supplier<MergeReport> work) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        MergeReport r = work.get();
        System.out.printf("%-10s %6.2f s  (CPU %.2f s)%n", what, (System.nanoTime() - t0) / 1e9, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
        return r;
    }
}
