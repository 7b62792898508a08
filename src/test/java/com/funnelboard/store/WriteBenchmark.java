package com.funnelboard.store;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.DealService;
import com.funnelboard.service.SamplePipeline;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * What recording every change costs: a stage move (deal fields plus its history row) and a contact
 * field edit, each through the service as the window runs it, with the change log and without it
 * (the same code path, the log's inserts skipped). Prints median and 95th percentile in microseconds.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@bench-writes}
 */
public final class WriteBenchmark {

    private static final int WARM_UP = 1_000;
    private static final int RUNS = 3_000;

    private WriteBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("funnelboard-write-bench");
        try (Store store = Store.open(dir.resolve("bench.db"), new TickingClock(Instant.parse("2026-03-12T10:00:00Z")))) {
            new SamplePipeline(store).generate(7, 5_000, "EUR", (a, b) -> {}, () -> false);
            DealService deals = new DealService(store, new ChecklistEvaluator(java.time.ZoneOffset.UTC, Locale.UK), () -> "bench");
            ContactService contacts = new ContactService(store, new com.funnelboard.domain.DuplicateFinder("DE"));
            List<UUID> dealIds = store.read(r -> r.board().page(Stage.LEAD, 0, 500)).stream().map(c -> c.id()).toList();
            List<UUID> contactIds = store.read(r -> r.board().page(Stage.PROSPECT, 0, 500)).stream().map(c -> c.contactId()).toList();
            IntConsumer move = i -> {
                UUID id = dealIds.get(i % dealIds.size());
                Stage to = store.read(r -> r.deals().find(id)).orElseThrow().stage() == Stage.LEAD ? Stage.LOST : Stage.LEAD;
                deals.move(new MoveRequest(id, to, List.of(), null, to == Stage.LOST ? com.funnelboard.domain.LostReason.NO_BUDGET : null,
                        null));
            };
            IntConsumer edit = i -> {
                UUID id = contactIds.get(i % contactIds.size());
                ContactProfile p = store.read(r -> r.contactProfiles().find(id)).orElseThrow();
                contacts.save(new ContactProfile(id, p.organizationId(), p.name(), "Title " + i, p.emails(), p.phones(), p.channel(),
                        p.industry(), p.companySize(), p.persona(), p.painPoints(), p.source(), p.tags(), p.notes(), null));
            };
            System.out.println("Write path cost on a 5,000-deal database (" + RUNS + " operations each, after " + WARM_UP + " to warm up)");
            for (boolean recording : new boolean[] {true, false, true, false}) {
                store.recordChanges(recording);
                report("stage move", recording, time(move));
                report("contact field edit", recording, time(edit));
            }
        }
    }

    private static long[] time(IntConsumer op) {
        for (int i = 0; i < WARM_UP; i++) {
            op.accept(i);
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            op.accept(WARM_UP + i);
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static void report(String what, boolean recording, long[] sorted) {
        System.out.printf(Locale.ROOT, "  %-20s %-14s median %5d us   p95 %5d us%n", what, recording ? "with the log" : "without", sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.95)]);
    }
}
