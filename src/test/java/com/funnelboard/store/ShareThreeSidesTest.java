package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.DealService;
import com.funnelboard.service.PeopleService;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three teammates move one deal without seeing each other's move: Ida to Won, Bo to Lost, Cy back
 * to Prospect. "Theirs" names no one value then, and whose is kept must be said — it kept the first
 * teammate's; and where the teammates' values were relayed to an installation that wrote none, a
 * stage (which no typed value may set) could not be decided at all.
 */
class ShareThreeSidesTest {

    @TempDir
    Path dir;
    private TwoInstallations two;
    private Store cy;
    private Store dan;
    private Deal deal;

    @BeforeEach
    void threeMovesOfOneDeal() throws Exception {
        two = new TwoInstallations(dir, s -> deal = Fixtures.deal(s, "Pilot", Stage.OPPORTUNITY, 29_000_00L));
        Files.copy(dir.resolve("template.db"), dir.resolve("cy.db"));
        Files.copy(dir.resolve("template.db"), dir.resolve("dan.db"));
        cy = Store.open(dir.resolve("cy.db"), new TickingClock(Fixtures.NOW.plusSeconds(62)));
        dan = Store.open(dir.resolve("dan.db"), new TickingClock(Fixtures.NOW.plusSeconds(63)));
        new PeopleService(two.ida).setIdentity("Ida Berg", "ida@nordwind.example");
        new PeopleService(two.bo).setIdentity("Bo Lind", "bo@nordwind.example");
        new PeopleService(cy).setIdentity("Cy Chen", "cy@nordwind.example");
        deals(two.ida).move(new MoveRequest(deal.id(), Stage.WON, List.of(), "Signed", null, null,
                new WonDetails.Entry("28,500", null, Locale.ENGLISH)));
        deals(two.bo).move(new MoveRequest(deal.id(), Stage.LOST, List.of(), null, LostReason.COMPETITOR, null));
        deals(cy).move(new MoveRequest(deal.id(), Stage.PROSPECT, List.of(), null, null, null));
    }

    @AfterEach
    void close() {
        two.close();
        cy.close();
        dan.close();
    }

    private static DealService deals(Store s) {
        return new DealService(s, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), s::author);
    }

    private FieldConflict stageConflict(Store s) {
        return new ShareExchange(s).conflicts().stream().filter(c -> c.field().equals("stage")).findFirst().orElseThrow();
    }

    @Test
    void keepingTheirsAmongTwoTeammatesMovesAsksWhoseAndKeepsTheOneNamed() {
        two.merge(two.bo, two.ida);
        two.merge(cy, two.ida);
        FieldConflict stage = stageConflict(two.ida);
        assertThat(stage.sides()).hasSize(3);
        assertThat(stage.theirsIsAmbiguous()).isTrue();

        assertThatThrownBy(() -> new ShareExchange(two.ida).resolve(stage.id().toString(), FieldConflict.Keep.THEIRS, null))
                .as("it kept whichever teammate's came first").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bo Lind").hasMessageContaining("Cy Chen").hasMessageContaining("theirs=WHO");
        assertThatThrownBy(() -> new ShareExchange(two.ida).resolve(stage.id().toString(), FieldConflict.Keep.THEIRS, "dan@nordwind.example"))
                .hasMessageContaining("was written by \u201Cdan@nordwind.example\u201D").hasMessageContaining("Cy Chen");

        new ShareExchange(two.ida).resolve(stage.id().toString(), FieldConflict.Keep.THEIRS, "CY@nordwind.example");
        Deal kept = two.ida.read(r -> r.deals().find(deal.id())).orElseThrow();
        assertThat(kept.stage()).isEqualTo(Stage.PROSPECT);
        assertThat(kept.finalValue()).isNull();
        assertThat(kept.lostReason()).isNull();
        assertThat(new ShareExchange(two.ida).conflicts()).extracting(FieldConflict::field).doesNotContain("stage");
    }

    @Test
    void aStageRelayedFromTwoTeammatesIsKeptByNamingWhoseItIs() {
        // Dan wrote nothing: Bo's and Cy's moves reach him, neither is his.
        two.merge(two.bo, dan);
        two.merge(cy, dan);
        FieldConflict stage = stageConflict(dan);
        assertThat(stage.sides()).noneMatch(FieldConflict.Side::mine);
        String id = stage.id().toString();
        assertThatThrownBy(() -> new ShareExchange(dan).resolve(id, FieldConflict.Keep.MINE, null)).hasMessageContaining("theirs=WHO");
        assertThatThrownBy(() -> new ShareExchange(dan).resolve(id, FieldConflict.Keep.VALUE, "lost"))
                .as("a stage is moved, never typed").hasMessageContaining("theirs=WHO");

        new ShareExchange(dan).resolve(id, FieldConflict.Keep.THEIRS, "Bo Lind");
        Deal kept = dan.read(r -> r.deals().find(deal.id())).orElseThrow();
        assertThat(kept.stage()).isEqualTo(Stage.LOST);
        assertThat(kept.lostReason()).isEqualTo(LostReason.COMPETITOR);
        assertThat(new ShareExchange(dan).conflicts()).extracting(FieldConflict::field).doesNotContain("stage");
    }

    @Test
    void anInstallationIdNamesASideToo() {
        two.merge(two.bo, two.ida);
        two.merge(cy, two.ida);
        FieldConflict stage = stageConflict(two.ida);
        FieldConflict.Side bo = stage.sides().stream().filter(s -> s.author().contains("Bo Lind")).findFirst().orElseThrow();
        assertThat(stage.writtenBy(bo.replica().toString().substring(0, 8))).isEqualTo(bo);
        assertThat(stage.writtenBy("bo lind")).isEqualTo(bo);
        assertThat(stage.writtenBy("BO")).as("a first name alone, one author's only (it was refused)").isEqualTo(bo);
    }
}
