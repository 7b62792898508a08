package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import com.funnelboard.domain.checklist.Gate;
import com.funnelboard.testing.Properties;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionTest {

    @Test
    void forwardMovesPassEveryGateOnTheWay() {
        assertThat(Transition.of(Stage.LEAD, Stage.PROSPECT))
                .isEqualTo(new Transition.Forward(Stage.LEAD, Stage.PROSPECT, List.of(new Gate(Stage.LEAD, Stage.PROSPECT))));
        assertThat(Transition.of(Stage.LEAD, Stage.WON)).isInstanceOfSatisfying(Transition.Forward.class, f -> assertThat(f.gates())
                .containsExactly(new Gate(Stage.LEAD, Stage.PROSPECT), new Gate(Stage.PROSPECT, Stage.OPPORTUNITY),
                        new Gate(Stage.OPPORTUNITY, Stage.WON)));
    }

    @Test
    void backwardMovesAreFree() {
        assertThat(Transition.of(Stage.OPPORTUNITY, Stage.PROSPECT)).isInstanceOf(Transition.Backward.class);
        assertThat(Transition.of(Stage.WON, Stage.LEAD)).isInstanceOf(Transition.Backward.class);
    }

    @Test
    void lostDealsOnlyReopenAsLeads() {
        assertThat(Transition.of(Stage.LOST, Stage.LEAD)).isInstanceOf(Transition.Reopen.class);
        assertThat(Transition.of(Stage.LOST, Stage.PROSPECT)).isInstanceOf(Transition.Refused.class);
        assertThat(Transition.of(Stage.LOST, Stage.WON)).isInstanceOf(Transition.Refused.class);
    }

    @Test
    void anyOpenOrWonDealCanBeLost() {
        for (Stage s : List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY, Stage.WON)) {
            assertThat(Transition.of(s, Stage.LOST)).isEqualTo(new Transition.ToLost(s));
        }
    }

    @Test
    void everyPairHasExactlyOneMeaning() {
        Set<List<Stage>> tried = new HashSet<>();
        // Values already tried are skipped, so 1000 examples cover all 25 pairs.
        Properties.qt(1000)
                .forAll(arbitrary().enumValues(Stage.class), arbitrary().enumValues(Stage.class))
                .checkAssert((from, to) -> {
                    tried.add(List.of(from, to));
                    everyPairHasExactlyOneMeaning(from, to);
                });
        assertThat(tried).as("every pair of stages tried").hasSize(Stage.values().length * Stage.values().length);
    }

    private static void everyPairHasExactlyOneMeaning(Stage from, Stage to) {
        Transition t = Transition.of(from, to);
        assertThat(t.from()).isEqualTo(from);
        assertThat(t.to()).isEqualTo(to);
        if (t instanceof Transition.Forward f) {
            assertThat(f.gates()).isNotEmpty();
            assertThat(f.gates().getFirst().from()).isEqualTo(from);
            assertThat(f.gates().getLast().to()).isEqualTo(to);
            for (int i = 1; i < f.gates().size(); i++) {
                assertThat(f.gates().get(i).from()).isEqualTo(f.gates().get(i - 1).to());
            }
        }
        assertThat(t instanceof Transition.Stay).isEqualTo(from == to);
        assertThat(t instanceof Transition.ToLost).isEqualTo(from != to && to == Stage.LOST);
    }

    @Test
    void stagesParseCaseInsensitively() {
        assertThat(Stage.parse("lead")).contains(Stage.LEAD);
        assertThat(Stage.parse(" Prospect ")).contains(Stage.PROSPECT);
        assertThat(Stage.parse("OPPORTUNITY")).contains(Stage.OPPORTUNITY);
        assertThat(Stage.parse("closed")).isEmpty();
        assertThat(InteractionKind.parse("demo-request")).contains(InteractionKind.DEMO_REQUEST);
        assertThat(InteractionKind.parse("Demo Request")).contains(InteractionKind.DEMO_REQUEST);
    }
}
