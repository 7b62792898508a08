package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplePipelineTest {

    @TempDir
    Path dir;

    @Test
    void fillsEveryStageWithEvidenceTheGatesCanUse() {
        try (Store store = Fixtures.store(dir)) {
            AtomicLong progress = new AtomicLong();
            long n = new SamplePipeline(store).generate(42, 300, "EUR", (done, total) -> progress.set(done), () -> false);
            assertThat(n).isEqualTo(300);
            assertThat(progress.get()).isEqualTo(300);
            var summaries = new BoardService(store).summaries();
            for (Stage s : Stage.values()) {
                assertThat(summaries.get(s).count()).as(s.label()).isPositive();
            }
            // Some leads already replied, so the Lead → Prospect gate has evidence to show for them.
            DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "t");
            long replied = new BoardService(store).page(Stage.LEAD, 0, 200).stream()
                    .filter(c -> deals.plan(c.id(), Stage.PROSPECT).evaluate(List.of()).results().getFirst().holds())
                    .count();
            assertThat(replied).isPositive();
        }
    }

    @Test
    void theSameSeedGivesTheSameData() {
        List<String> first;
        try (Store a = Store.open(dir.resolve("a.db"), Fixtures.CLOCK)) {
            new SamplePipeline(a).generate(7, 50, "EUR", (d, t) -> {}, () -> false);
            first = new BoardService(a).page(Stage.LEAD, 0, 100).stream().map(c -> c.id() + c.title()).toList();
        }
        try (Store b = Store.open(dir.resolve("b.db"), Fixtures.CLOCK)) {
            new SamplePipeline(b).generate(7, 50, "EUR", (d, t) -> {}, () -> false);
            assertThat(new BoardService(b).page(Stage.LEAD, 0, 100).stream().map(c -> c.id() + c.title()).toList()).isEqualTo(first);
        }
    }

    @Test
    void cancellingKeepsWhatWasWritten() {
        try (Store store = Fixtures.store(dir)) {
            AtomicLong calls = new AtomicLong();
            long n = new SamplePipeline(store).generate(1, 10_000, "EUR", (d, t) -> {}, () -> calls.incrementAndGet() > 1);
            assertThat(n).isEqualTo(2_000);
            long count = store.read(r -> r.deals().count());
            assertThat(count).isEqualTo(2_000);
        }
    }
}
