package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
            }
        }
    }
}
