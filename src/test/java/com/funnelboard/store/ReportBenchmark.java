package com.funnelboard.store;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.service.ReportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How long each report takes on a large history: 100,000 deals (two years of them) with about
 * 500,000 stage changes — forward moves, skips, moves back, losses and reopened deals — written
 * through the store's own repositories in transactions of 5,000 deals, then every report for a
 * quarter, a year and two years (the whole history, as a custom period), several runs each,
 * printing the median (off any UI thread, as the Reports page computes them).
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@bench-reports} ({@code -Dbench.deals=N} for another size)
 */
public final class ReportBenchmark {

    private static final int RUNS = 7;
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String[] SOURCES = com.funnelboard.testing.Fixtures.BENCH_SOURCES;

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // A second argument names a database to keep (built once if it is missing) instead of a temporary one.
        boolean keep = args.length > 1;
        Path db = keep ? Path.of(args[1]) : Files.createTempDirectory("funnelboard-report-bench").resolve("reports.db");
        boolean build = !Files.exists(db);
        System.out.printf(Locale.ROOT, "Funnelboard report benchmark (Java %s, %d cores)%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        if (build) {
            long t0 = System.nanoTime();
            long changes;
            try (Store store = Store.open(db, Clock.fixed(NOW, ZoneOffset.UTC))) {
                // The change log is not read by any report; leaving its inserts out only makes the file quicker to build.
                store.recordChanges(false);
                changes = generate(store, deals, new Random(17));
            }
            System.out.printf(Locale.ROOT, "%,d deals, %,d stage changes: generated in %.1f s, file %.1f MB%n", deals, changes,
                    (System.nanoTime() - t0) / 1e9, (Files.size(db) + sizeOr0(db.resolveSibling(db.getFileName() + "-wal"))) / 1e6);
        }
        try (Store store = Store.open(db, Clock.fixed(NOW, ZoneOffset.UTC))) {
            ReportService reports = new ReportService(store, ZONE);
            LocalDate today = LocalDate.ofInstant(NOW, ZONE);
            List<ReportService.Period> periods = List.of(new ReportService.Period(today.with(IsoFields.DAY_OF_QUARTER, 1), today),
                    new ReportService.Period(today.withDayOfYear(1), today), new ReportService.Period(today.minusYears(2), today));
            String[] names = {"quarter", "year", "two years"};
            System.out.printf(Locale.ROOT, "%n%-10s %12s %12s %12s   (median of %d runs after one to warm up, ms)%n", "report", names[0], names[1], names[2],
                    RUNS);
            row("funnel", periods, p -> () -> reports.funnel(p));
            row("velocity", periods, p -> () -> reports.velocity(p, "EUR"));
            row("forecast", periods, p -> () -> reports.forecast("EUR"));
            row("lost", periods, p -> () -> reports.lostReasons(p, "EUR"));
            row("pipeline", periods, p -> () -> reports.pipeline(p, "EUR"));
            // With a filter (one source of five): the deals it lets through are read once, as a set.
            com.funnelboard.domain.ReportFilter web = com.funnelboard.domain.ReportFilter.ALL.withSource("website");
            row("funnel/src", periods, p -> () -> reports.funnel(p, web));
            row("velo/src", periods, p -> () -> reports.velocity(p, "EUR", web));
            row("pipe/src", periods, p -> () -> reports.pipeline(p, "EUR", web));
        }
        if (keep) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
        Files.deleteIfExists(db.getParent());
    }

    private static void row(String name, List<ReportService.Period> periods,
            java.util.function.Function<ReportService.Period, Supplier<?>> report) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", name));
        for (ReportService.Period p : periods) {
            Supplier<?> r = report.apply(p);
            r.get();
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long s = System.nanoTime();
                r.get();
                ms.add((System.nanoTime() - s) / 1e6);
            }
            ms.sort(null);
            line.append(String.format(Locale.ROOT, " %12.1f", ms.get(ms.size() / 2)));
        }
        System.out.println(line);
    }

    /** Writes {@code count} deals with random histories; returns the number of stage changes. */
    static long generate(Store store, int count, Random rnd) {
        long changes = 0;
        int batch = 5_000;
        for (int start = 0; start < count; start += batch) {
            int end = Math.min(count, start + batch);
            List<Contact> contacts = new ArrayList<>();
            List<Deal> deals = new ArrayList<>();
            List<StageChange> moves = new ArrayList<>();
            for (int i = start; i < end; i++) {
                deal(i, rnd, contacts, deals, moves);
            }
            store.writeAll(r -> {
                r.contacts().insertAll(contacts);
                r.deals().insertAll(deals);
                r.stageChanges().insertAll(moves);
            });
            changes += moves.size();
        }
        return changes;
    }

    private static void deal(int i, Random rnd, List<Contact> contacts, List<Deal> deals, List<StageChange> all) {
        UUID contact = new UUID(rnd.nextLong(), rnd.nextLong());
        UUID id = new UUID(rnd.nextLong(), rnd.nextLong());
        Instant created = NOW.minus(Duration.ofMinutes(rnd.nextInt(730 * 24 * 60)));
        String currency = rnd.nextInt(20) == 0 ? "USD" : "EUR";
        long value = (1 + rnd.nextInt(200)) * 500_00L;
        List<StageChange> moves = new ArrayList<>();
        Stage stage = Stage.LEAD;
        Instant at = created;
        moves.add(new StageChange(new UUID(rnd.nextLong(), rnd.nextLong()), id, null, Stage.LEAD, at, "bench", List.of(), null, null, null));
        LostReason lostReason = null;
        // About five changes a deal: forward most often, sometimes a skip, a move back, a loss, a reopen.
        int steps = 2 + rnd.nextInt(10);
        for (int s = 0; s < steps; s++) {
            at = at.plus(Duration.ofMinutes(60 + rnd.nextInt(20 * 24 * 60)));
            if (at.isAfter(NOW)) {
                break;
            }
            Stage next = next(stage, rnd);
            if (next == null) {
                continue;
            }
            lostReason = next == Stage.LOST ? LostReason.values()[rnd.nextInt(LostReason.values().length)] : null;
            moves.add(new StageChange(new UUID(rnd.nextLong(), rnd.nextLong()), id, stage, next, at, "bench", List.of(), null, lostReason,
                    lostReason == LostReason.OTHER ? "went another way" : null));
            stage = next;
        }
        boolean won = stage == Stage.WON;
        LocalDate expected = stage.isClosed() || rnd.nextInt(4) == 0 ? null : LocalDate.ofInstant(NOW, ZONE).plusDays(rnd.nextInt(180));
        contacts.add(new Contact(contact, null, "Contact " + i, null, null, null));
        deals.add(new Deal(id, contact, "Deal " + i, stage, new Money(value, currency), currency, SOURCES[rnd.nextInt(SOURCES.length)],
                expected, at, stage == Stage.LOST ? lostReason : null, stage == Stage.LOST && lostReason == LostReason.OTHER ? "went another way" : null,
                won ? new Money(value + rnd.nextInt(10) * 100_00L, currency) : null, won ? LocalDate.ofInstant(at, ZONE) : null, created, at));
        all.addAll(moves);
    }

    /** The next stage of a random walk, or null when the deal stays where it is. */
    private static Stage next(Stage from, Random rnd) {
        int roll = rnd.nextInt(100);
        return switch (from) {
            case LEAD -> roll < 60 ? Stage.PROSPECT : roll < 70 ? Stage.OPPORTUNITY : roll < 73 ? Stage.WON : roll < 90 ? Stage.LOST : null;
            case PROSPECT -> roll < 55 ? Stage.OPPORTUNITY : roll < 62 ? Stage.WON : roll < 72 ? Stage.LEAD : roll < 90 ? Stage.LOST : null;
            case OPPORTUNITY -> roll < 45 ? Stage.WON : roll < 58 ? Stage.PROSPECT : roll < 85 ? Stage.LOST : null;
            case LOST -> roll < 45 ? Stage.LEAD : null;
            case WON -> roll < 8 ? Stage.OPPORTUNITY : null;
        };
    }

    private static long sizeOr0(Path p) throws java.io.IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }
}
