package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teammate whose clock ran a month ahead, then was set right: what they did meanwhile was kept
 * aside by the others (stamped a month ahead), and everything they did after the correction was
 * too, for a month, as their clock never went back. Now their next change starts them again under
 * a new id with their clock at now and writes the changes stamped ahead again, which the others
 * take at once; when the old ones' time comes they change nothing.
 */
class ShareClockAheadTest {

    @TempDir
    Path dir;
    private final MutableClock idaClock = new MutableClock(Fixtures.NOW.plusSeconds(60), ZoneOffset.UTC);
    private final MutableClock boClock = new MutableClock(Fixtures.NOW.plusSeconds(61), ZoneOffset.UTC);
    private Store ida;
    private Store bo;
    private Deal pilot;

    @BeforeEach
    void twoTeammatesWithOneDeal() throws Exception {
        Path template = dir.resolve("template.db");
        try (Store s = Store.open(template, new com.funnelboard.testing.TickingClock(Fixtures.NOW))) {
            pilot = Fixtures.deal(s, "Pilot", Stage.LEAD, 10_000_00L);
        }
        Files.copy(template, dir.resolve("ida.db"));
        Files.copy(template, dir.resolve("bo.db"));
        ida = Store.open(dir.resolve("ida.db"), idaClock);
        bo = Store.open(dir.resolve("bo.db"), boClock);
    }

    @AfterEach
    void close() {
        ida.close();
        bo.close();
    }

    @Test
    void aCorrectedClockSendsWhatWasStampedAheadAgainAndLaterValuesWin() {
        UUID before = ida.read(r -> r.local().replicaId());
        idaClock.set(Fixtures.NOW.plus(Duration.ofDays(30)));
        retitle(ida, "Pilot A");
        Deal ahead = Fixtures.deal(ida, "Made while ahead", Stage.LEAD, 5_000_00L);

        MergeReport kept = merge(ida, bo);
        assertThat(kept.held()).as("a month ahead of Bo's clock").isEqualTo(2);
        assertThat(kept.heldFrom()).hasSize(1);
        assertThat(kept.sentence()).contains("2 change sets from " + kept.heldFrom().getFirst() + " stamped more than a day ahead of this computer's clock kept aside");
        assertThat(title(bo, pilot.id())).isEqualTo("Pilot");

        // Ida's clock is set right; her next change starts her again.
        idaClock.set(Fixtures.NOW.plus(Duration.ofMinutes(10)));
        retitle(ida, "Pilot B");
        assertThat((Object) ida.read(r -> r.local().replicaId())).as("a new id").isNotEqualTo(before);
        assertThat(title(ida, pilot.id())).isEqualTo("Pilot B");

        merge(ida, bo);
        assertThat(title(bo, pilot.id())).as("taken at once, the later value").isEqualTo("Pilot B");
        assertThat(title(bo, ahead.id())).as("what she made while ahead arrives too").isEqualTo("Made while ahead");
        assertThat(new ShareExchange(bo).conflicts()).isEmpty();

        boClock.set(Fixtures.NOW.plus(Duration.ofMinutes(20)));
        retitle(bo, "Pilot C");
        merge(bo, ida);
        assertThat(title(ida, pilot.id())).as("Bo wrote it knowing Pilot B").isEqualTo("Pilot C");
        assertThat(new ShareExchange(ida).conflicts()).isEmpty();

        // A month later the sets stamped ahead come due at Bo: they change nothing, as Ida's new id saw them.
        boClock.set(Fixtures.NOW.plus(Duration.ofDays(31)));
        idaClock.set(Fixtures.NOW.plus(Duration.ofDays(31)));
        merge(ida, bo);
        assertThat(bo.read(r -> r.local().get("share.seen")).orElseThrow()).as("the old sets are applied now").contains(before.toString());
        for (Store s : List.of(ida, bo)) {
            assertThat(title(s, pilot.id())).isEqualTo("Pilot C");
            assertThat(title(s, ahead.id())).isEqualTo("Made while ahead");
            assertThat(new ShareExchange(s).conflicts()).isEmpty();
        }
    }

    @Test
    void aClockThatIsBehindNowGoesOnFromItsLastStamp() {
        UUID before = ida.read(r -> r.local().replicaId());
        retitle(bo, "Bo's");
        merge(bo, ida);
        // Ida's clock falls back a month (a dead battery): Bo's stamps are ahead of it too, so hers go on from the last.
        idaClock.set(Fixtures.NOW.minus(Duration.ofDays(30)));
        retitle(ida, "Ida's");
        assertThat((Object) ida.read(r -> r.local().replicaId())).isEqualTo(before);
        merge(ida, bo);
        assertThat(title(bo, pilot.id())).isEqualTo("Ida's");
    }

    private void retitle(Store s, String title) {
        s.writeAll(r -> {
            Deal d = r.deals().find(pilot.id()).orElseThrow();
            r.deals().update(new Deal(d.id(), d.contactId(), title, d.stage(), d.value(), d.currency(), d.source(), d.expectedCloseOn(),
                    d.stageEnteredAt(), d.lostReason(), d.lostNote(), d.finalValue(), d.closedOn(), d.createdAt(), d.updatedAt(), d.owner()));
        });
    }

    private static String title(Store s, UUID deal) {
        return s.read(r -> r.deals().find(deal)).map(Deal::title).orElse(null);
    }

    private MergeReport merge(Store from, Store into) {
        Path file = dir.resolve(UUID.randomUUID() + ".funnel");
        new ShareExchange(from).export(file);
        return new ShareExchange(into).merge(file, false, () -> false);
    }
}
