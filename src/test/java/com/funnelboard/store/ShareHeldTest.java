package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teammate whose clock runs days ahead: their change sets are kept aside, said once by the merge
 * of the file that brought them, tried again at each later merge without being said again, and
 * applied once their time has come.
 */
class ShareHeldTest {

    @TempDir
    Path dir;

    @Test
    void setsStampedDaysAheadAreSaidByTheirOwnFileOnly() throws Exception {
        try (TwoInstallations two = new TwoInstallations(dir, s -> Fixtures.deal(s, "Pilot", Stage.LEAD, 1_000L))) {
            Files.copy(dir.resolve("template.db"), dir.resolve("eve.db"));
            TickingClock ahead = new TickingClock(Fixtures.NOW.plus(Duration.ofDays(3)));
            try (Store eve = Store.open(dir.resolve("eve.db"), ahead)) {
                var early = Fixtures.deal(eve, "Written three days ahead", Stage.LEAD, 2_000L);
                MergeReport fromEve = two.merge(eve, two.ida);
                assertThat(fromEve.held()).as("kept aside, and said").isGreaterThan(0);
                assertThat(fromEve.sentence()).contains("stamped more than a day ahead");

                Fixtures.deal(two.bo, "Bo's own", Stage.LEAD, 3_000L);
                MergeReport fromBo = two.merge(two.bo, two.ida);
                assertThat(fromBo.held()).as("Bo's file holds none of Eve's sets").isZero();
                assertThat(fromBo.sentence()).doesNotContain("day ahead");
                assertThat(two.ida.read(r -> r.deals().find(early.id())).isEmpty()).as("still kept aside").isTrue();

                // Seen and dropped: they were said by the merge that brought them, and nowhere after.
                List<com.funnelboard.domain.WaitingSet> aside = new WaitingSets(two.ida).list();
                assertThat(aside).isNotEmpty().allMatch(com.funnelboard.domain.WaitingSet::held);
                assertThat(aside).extracting(w -> w.madeAt().isAfter(Fixtures.NOW.plus(Duration.ofDays(2)))).containsOnly(true);
                for (com.funnelboard.domain.WaitingSet w : aside) {
                    new WaitingSets(two.ida).drop(w.id().toString());
                }
                assertThat(new WaitingSets(two.ida).list()).isEmpty();
            }
        }
    }
    /** A forged copy of a teammate's set, stamped ten years ahead and kept aside, no longer keeps the genuine one out for good. */
    @Test
    void aCopyStampedFarAheadDoesNotKeepTheGenuineSetOut() throws Exception {
        try (TwoInstallations two = new TwoInstallations(dir, s -> Fixtures.deal(s, "Pilot", Stage.LEAD, 1_000L))) {
            var made = Fixtures.deal(two.bo, "Bo's", Stage.LEAD, 2_000L);
            java.nio.file.Path genuine = dir.resolve("bo.funnel");
            new ShareExchange(two.bo).export(genuine);
            java.nio.file.Path forged = dir.resolve("forged.funnel");
            Files.copy(genuine, forged);
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + forged); var st = c.createStatement()) {
                st.execute("UPDATE change_set SET hlc = hlc + (10 * 365 * 86400000 << 16) WHERE id = (SELECT id FROM change_set ORDER BY hlc DESC LIMIT 1)");
            }
            ShareForgery.resign(forged);
            MergeReport kept = new ShareExchange(two.ida).merge(forged, false, () -> false);
            assertThat(kept.held()).isEqualTo(1);
            assertThat(two.ida.read(r -> r.deals().find(made.id())).isEmpty()).isTrue();

            MergeReport real = new ShareExchange(two.ida).merge(genuine, false, () -> false);
            assertThat(real.leftOut()).as("the genuine copy is taken, not left out").isEmpty();
            assertThat(real.held()).isZero();
            assertThat(two.ida.read(r -> r.deals().find(made.id())).isPresent()).isTrue();
            assertThat(new ShareExchange(two.ida).merge(forged, false, () -> false).leftOut()).as("the forged copy, now, is the one left out")
                    .hasSize(1);
        }
    }

    /**
     * This computer's clock days behind: a teammate's sets are kept aside. Merging the same file again
     * while the clock is still wrong remembered it as merged whole, so once the clock was right the file
     * said "Nothing new" and its sets stayed aside for good.
     */
    @Test
    void setsKeptAsideByAClockBehindAreAppliedOnceItIsRightThoughTheFileWasMergedAgainMeanwhile() throws Exception {
        try (TwoInstallations two = new TwoInstallations(dir, s -> Fixtures.deal(s, "Pilot", Stage.LEAD, 1_000L))) {
            var made = Fixtures.deal(two.bo, "Bo's", Stage.LEAD, 2_000L);
            Path file = dir.resolve("bo.funnel");
            new ShareExchange(two.bo).export(file);
            Files.copy(dir.resolve("template.db"), dir.resolve("rae.db"));
            try (Store rae = Store.open(dir.resolve("rae.db"), new TickingClock(Fixtures.NOW.minus(Duration.ofDays(3))))) {
                assertThat(new ShareExchange(rae).merge(file, false, () -> false).held()).isGreaterThan(0);
                new ShareExchange(rae).merge(file, false, () -> false);
                assertThat(rae.read(r -> r.deals().find(made.id())).isEmpty()).isTrue();
            }
            try (Store rae = Store.open(dir.resolve("rae.db"), new TickingClock(Fixtures.NOW.plusSeconds(120)))) {
                MergeReport righted = new ShareExchange(rae).merge(file, false, () -> false);
                assertThat(rae.read(r -> r.deals().find(made.id())).isPresent()).as(righted.sentence()).isTrue();
            }
        }
    }
}
