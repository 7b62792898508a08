package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.DerivedRule;
import com.funnelboard.domain.checklist.Gate;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates a new database starts with are DOMAIN.md's default checklists, in order. */
class DefaultChecklistTest {

    @TempDir
    Path dir;

    private static String describe(ChecklistItem i) {
        return (i.required() ? "required " : "optional ") + (i.isDerived() ? "derived:" + i.rule() : "checked") + " " + i.code();
    }

    @Test
    void defaultsAreStoredAsInTheDomainBrief() {
        try (var store = Fixtures.store(dir)) {
            List<String> leadToProspect = store.read(r -> r.checklists().forGate(new Gate(Stage.LEAD, Stage.PROSPECT)))
                    .stream().map(DefaultChecklistTest::describe).toList();
            assertThat(leadToProspect).containsExactly(
                    "required derived:" + DerivedRule.TWO_WAY_COMMUNICATION + " two-way",
                    "required checked fits-icp",
                    "required checked has-need",
                    "optional checked budget",
                    "optional checked authority",
                    "optional checked timeline");
            List<String> prospectToOpportunity = store.read(r -> r.checklists().forGate(new Gate(Stage.PROSPECT, Stage.OPPORTUNITY)))
                    .stream().map(DefaultChecklistTest::describe).toList();
            assertThat(prospectToOpportunity).containsExactly(
                    "required derived:BUYING_SIGNAL buying-signal",
                    "optional checked detailed-questions",
                    "required derived:VALUE_ESTIMATED value-estimated",
                    "optional derived:CLOSE_DATE_SET close-date",
                    "optional checked budget-confirmed");
            List<String> opportunityToWon = store.read(r -> r.checklists().forGate(new Gate(Stage.OPPORTUNITY, Stage.WON)))
                    .stream().map(DefaultChecklistTest::describe).toList();
            assertThat(opportunityToWon).containsExactly(
                    "required checked proposal-presented",
                    "optional checked terms-negotiated",
                    "required checked signed-or-paid");
        }
    }
}
