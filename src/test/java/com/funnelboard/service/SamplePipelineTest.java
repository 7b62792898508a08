package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample: every stage with evidence, reproducible from its seed, added whole or not at all, and repeatable. */
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

    /** Every deal of the board, as cards (ids, names, values, times, next follow-up), in board order. */
    static List<DealCard> cards(Store store) {
        List<DealCard> all = new ArrayList<>();
        for (Stage s : Stage.values()) {
            all.addAll(new BoardService(store).page(s, 0, 100_000));
        }
        return all;
    }

    /** What a card says, without its keys. */
    static String content(DealCard c) {
        return String.join("|", c.title(), c.stage().key(), c.contactName(), String.valueOf(c.organizationName()),
                String.valueOf(c.value()), String.valueOf(c.stageEnteredAt()), String.valueOf(c.nextFollowUpAt()));
    }

    static Map<String, Long> contentCounts(List<DealCard> cards) {
        return cards.stream().collect(Collectors.groupingBy(SamplePipelineTest::content, Collectors.counting()));
    }

    /** Whether any deal, contact or organization row is stored (every other row belongs to one of them). */
    static boolean anyRow(Store store) {
        return store.read(r -> r.deals().anyStored() || r.contacts().anyStored());
    }

    /**
     * Two installations that each take the sample (the window offers it on an empty file) get the
     * same content under keys of their own: merging their share files then adds the other's rows
     * rather than reporting every date of every sample row as a conflict.
     */
    @Test
    void theSameSeedOnTwoEmptyDatabasesGivesTheSameDataUnderKeysOfTheirOwn() {
        List<DealCard> first;
        List<String> firstFollowUps;
        try (Store a = Store.open(dir.resolve("a.db"), Fixtures.CLOCK)) {
            new SamplePipeline(a).generate(7, 50, "EUR", (d, t) -> {}, () -> false);
            first = cards(a);
            firstFollowUps = followUpContent(a);
        }
        assertThat(first).hasSize(50);
        try (Store b = Store.open(dir.resolve("b.db"), Fixtures.CLOCK)) {
            new SamplePipeline(b).generate(7, 50, "EUR", (d, t) -> {}, () -> false);
            List<DealCard> second = cards(b);
            assertThat(contentCounts(second)).isEqualTo(contentCounts(first));
            assertThat(followUpContent(b)).isEqualTo(firstFollowUps);
            assertThat(second.stream().map(DealCard::id).toList()).as("deal ids").doesNotContainAnyElementsOf(first.stream().map(DealCard::id).toList());
            assertThat(second.stream().map(DealCard::contactId).toList()).as("contact ids")
                    .doesNotContainAnyElementsOf(first.stream().map(DealCard::contactId).toList());
        }
        try (Store c = Store.open(dir.resolve("c.db"), Fixtures.CLOCK)) {
            new SamplePipeline(c).generate(8, 50, "EUR", (d, t) -> {}, () -> false);
            assertThat(contentCounts(cards(c))).as("another seed, another sample").isNotEqualTo(contentCounts(first));
        }
    }

    @Test
    void twoTeammatesWhoEachTookTheSampleMergeWithoutConflicts() {
        try (Store a = Store.open(dir.resolve("a.db"), Fixtures.CLOCK);
                Store b = Store.open(dir.resolve("b.db"), java.time.Clock.offset(Fixtures.CLOCK, java.time.Duration.ofHours(3)))) {
            new SamplePipeline(a).generate(1, 30, "EUR", (d, t) -> {}, () -> false);
            new SamplePipeline(b).generate(1, 30, "EUR", (d, t) -> {}, () -> false);
            java.nio.file.Path file = dir.resolve("a.funnel");
            new ShareService(a).export(file);
            com.funnelboard.domain.MergeReport merged = new ShareService(b).merge(file, () -> false);
            assertThat(merged.conflicts()).isZero();
            assertThat(merged.newRows()).isPositive();
            assertThat(cards(b)).hasSize(60);
        }
    }

    /** The follow-ups' times, kinds and notes, without their keys, in order. */
    private static List<String> followUpContent(Store store) {
        return store.read(r -> r.followUps().between(null, null)).stream()
                .map(f -> f.followUp().dueAt() + "|" + f.followUp().kind() + "|" + f.followUp().note() + "|" + f.dealTitle()).sorted().toList();
    }

    @Test
    void theSameSeedAgainAddsTheSameContentUnderNewKeys() {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            SamplePipeline sample = new SamplePipeline(store);
            sample.generate(7, 300, "EUR", (d, t) -> {}, () -> false);
            List<DealCard> once = cards(store);
            assertThat(sample.generate(7, 300, "EUR", (d, t) -> {}, () -> false)).isEqualTo(300);

            List<DealCard> twice = cards(store);
            assertThat(twice).hasSize(600);
            assertThat(twice.stream().map(DealCard::id).collect(Collectors.toSet())).hasSize(600);
            assertThat(twice.stream().map(DealCard::contactId).collect(Collectors.toSet())).hasSize(600);
            Map<String, Long> doubled = contentCounts(once).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> 2 * e.getValue()));
            assertThat(contentCounts(twice)).isEqualTo(doubled);
        }
    }

    @Test
    void cancellingAddsNothing() {
        try (Store store = Fixtures.store(dir)) {
            AtomicLong calls = new AtomicLong();
            AtomicLong progress = new AtomicLong();
            assertThatThrownBy(() -> new SamplePipeline(store, 200).generate(1, 1_000, "EUR", (d, t) -> progress.set(d),
                    () -> calls.incrementAndGet() > 2))
                    .isInstanceOf(CancellationException.class);
            assertThat(progress.get()).as("two chunks were written before the cancel").isEqualTo(2 * 200);
            assertThat(store.read(r -> r.deals().count()).longValue()).isZero();
            assertThat(anyRow(store)).as("no contact or organization either").isFalse();
        }
    }

    @Test
    void aCancelDuringTheLastChunkStillAddsNothing() {
        try (Store store = Fixtures.store(dir)) {
            AtomicLong progress = new AtomicLong();
            assertThatThrownBy(() -> new SamplePipeline(store).generate(1, 300, "EUR", (d, t) -> progress.set(d),
                    () -> progress.get() == 300))
                    .isInstanceOf(CancellationException.class);
            assertThat(anyRow(store)).isFalse();
        }
    }

    @Test
    void aFailureHalfwayLeavesNoDealsAndTheSameSeedThenWorks() {
        List<DealCard> fresh;
        try (Store other = Store.open(dir.resolve("fresh.db"), Fixtures.CLOCK)) {
            new SamplePipeline(other, 200).generate(5, 210, "EUR", (d, t) -> {}, () -> false);
            fresh = cards(other);
        }
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            List<Long> reported = new ArrayList<>();
            assertThatThrownBy(() -> new SamplePipeline(store, 200).generate(5, 210, "EUR", (done, total) -> {
                reported.add(done);
                if (done > 200) {
                    throw new IllegalStateException("disk full");
                }
            }, () -> false)).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
            assertThat(reported).containsExactly(200L, 210L);
            assertThat(store.read(r -> r.deals().count()).longValue()).isZero();
            assertThat(anyRow(store)).as("no contact or organization of the sample").isFalse();

            // Nothing was left behind: the seed gives what it gives a new database, no more.
            new SamplePipeline(store, 200).generate(5, 210, "EUR", (d, t) -> {}, () -> false);
            assertThat(contentCounts(cards(store))).isEqualTo(contentCounts(fresh));
            assertThat(new HashSet<>(cards(store).stream().map(DealCard::id).toList())).hasSize(210);
        }
    }

    /** The sample's realism at one size: nothing after the clock's now, and the share of open follow-ups that are overdue. */
    private double overdueShareWithNothingInTheFuture(int deals) throws java.sql.SQLException {
        Path db = dir.resolve("sample-" + deals + ".db");
        int overdue;
        int open;
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            new SamplePipeline(store).generate(7, deals, "EUR", (done, total) -> {}, () -> false);
            overdue = store.read(r -> r.followUps().countOpen(null, Fixtures.NOW));
            open = store.read(r -> r.followUps().countOpen(null, null));
        }
        long now = Fixtures.NOW.toEpochMilli();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                java.sql.Statement st = c.createStatement()) {
            for (String q : List.of("SELECT count(*) FROM interaction WHERE occurred_at > " + now,
                    "SELECT count(*) FROM stage_change WHERE changed_at > " + now,
                    "SELECT count(*) FROM deal WHERE stage_entered_at > " + now + " OR created_at > " + now)) {
                try (java.sql.ResultSet rs = st.executeQuery(q)) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(deals + " deals: " + q).isZero();
                }
            }
            try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM interaction")) {
                rs.next();
                assertThat(rs.getInt(1)).as("interactions").isGreaterThan(deals);
            }
        }
        assertThat(open).as("open follow-ups").isGreaterThan(deals / 2);
        return (double) overdue / open;
    }

    @Test
    void nothingIsDatedAfterNowAndAFewFollowUpsAreOverdueAtAnySize() throws Exception {
        double small = overdueShareWithNothingInTheFuture(300);
        double large = overdueShareWithNothingInTheFuture(3_000);
        assertThat(small).as("overdue share of 300 deals").isBetween(0.03, 0.08);
        assertThat(large).as("overdue share of 3,000 deals").isBetween(0.03, 0.08);
        assertThat(Math.abs(small - large)).as("the same share at both sizes").isLessThan(0.01);
    }
}
