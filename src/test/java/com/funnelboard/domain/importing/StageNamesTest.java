package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Other programs' and people's stage names read as ours; a name nothing tells stays unknown (a problem of its row). */
class StageNamesTest {

    private final StageNames names = new StageNames(Map.of("Pitch", Stage.OPPORTUNITY));

    @Test
    void numberedPhasesAreReadWithoutTheirNumber() {
        assertThat(names.stage("3 - Propose")).contains(Stage.OPPORTUNITY);
        assertThat(names.stage("1-Qualify")).contains(Stage.PROSPECT);
        assertThat(names.stage("03. Angebot")).contains(Stage.OPPORTUNITY);
        assertThat(names.stage("2 Pitch")).as("the user's own names too").contains(Stage.OPPORTUNITY);
    }

    @Test
    void wonAndLostWithWordsAfterThem() {
        assertThat(names.stage("Lost - price")).contains(Stage.LOST);
        assertThat(names.stage("Lost to competitor")).contains(Stage.LOST);
        assertThat(names.stage("Won - pending PO")).contains(Stage.WON);
        assertThat(names.stage("Closed Won - Paid")).contains(Stage.WON);
        assertThat(names.stage("Closed Lost: no budget")).contains(Stage.LOST);
        assertThat(names.stage("Proposal for Acme")).as("only won and lost are read from first words").isEqualTo(Optional.empty());
        assertThat(names.stage("Closed")).as("won or lost, nothing says").isEmpty();
    }

    @Test
    void zendeskSellsUnqualifiedIsLostAndASheetsWordsAreKnown() {
        assertThat(names.stage("Unqualified")).contains(Stage.LOST);
        assertThat(names.stage("Quote")).contains(Stage.OPPORTUNITY);
        assertThat(names.stage("Follow up")).contains(Stage.PROSPECT);
        assertThat(names.stage("Contract Signed")).contains(Stage.WON);
        assertThat(names.stage("Hot")).contains(Stage.OPPORTUNITY);
        assertThat(names.stage("Presentation")).contains(Stage.OPPORTUNITY);
    }

    @Test
    void aLostStageSaysWhy() {
        assertThat(StageNames.whyLost("Lost - price")).isEqualTo("price");
        assertThat(StageNames.whyLost("Closed Lost (no budget)")).isEqualTo("no budget");
        assertThat(StageNames.whyLost("Lost to competitor")).isEqualTo("to competitor");
        assertThat(StageNames.whyLost("Lost")).isNull();
        assertThat(StageNames.whyLost("Won - paid")).isNull();
        java.util.List<String> headers = java.util.List.of("Deal", "Stage");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", java.util.Locale.UK);
        ImportRow row = parser.parse(2, new String[] {"Rollout", "Lost - price"});
        assertThat(row.deal().stage()).isEqualTo(Stage.LOST);
        assertThat(row.deal().lostReason()).isEqualTo(com.funnelboard.domain.LostReason.NO_BUDGET);
        assertThat(row.deal().lostNote()).isEqualTo("price");
        assertThat(LostReasons.of("Out-Sold").reason()).isEqualTo(com.funnelboard.domain.LostReason.COMPETITOR);
    }

    @Test
    void forecastCategoriesClosingPhasesAndMoreLanguages() {
        assertThat(names.stage("4 - Close")).contains(Stage.OPPORTUNITY);
        assertThat(names.stage("Stage 2: Develop")).contains(Stage.OPPORTUNITY);
        assertThat(names.stage("Verbal Commit")).contains(Stage.OPPORTUNITY);
        assertThat(names.stage("In trattativa")).contains(Stage.OPPORTUNITY);
        assertThat(names.stage("Nueva")).contains(Stage.LEAD);
        assertThat(names.stage("Qualified Out")).contains(Stage.LOST);
        assertThat(names.stage("Paid")).contains(Stage.WON);
    }
}
