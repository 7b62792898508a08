package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.LostReason;
import org.junit.jupiter.api.Test;

/** Lost reasons as Pipedrive, HubSpot, Salesforce and German or French teams write them. */
class LostReasonsTest {

    @Test
    void otherCrmsWordsMeanOurReasonsAndAreKeptAsTheNote() {
        assertThat(LostReasons.of("Went with a cheaper competitor")).isEqualTo(new LostReasons.Read(LostReason.COMPETITOR,
                "Went with a cheaper competitor"));
        assertThat(LostReasons.of("Closed Lost - Price").reason()).isEqualTo(LostReason.NO_BUDGET);
        assertThat(LostReasons.of("Too expensive").reason()).isEqualTo(LostReason.NO_BUDGET);
        assertThat(LostReasons.of("Lost to competitor on price").reason()).as("the competitor is the more telling").isEqualTo(LostReason.COMPETITOR);
        assertThat(LostReasons.of("Ghosted").reason()).isEqualTo(LostReason.UNRESPONSIVE);
        assertThat(LostReasons.of("No response after demo").reason()).isEqualTo(LostReason.UNRESPONSIVE);
        assertThat(LostReasons.of("Timing - revisit next year").reason()).isEqualTo(LostReason.BAD_TIMING);
        assertThat(LostReasons.of("Project on hold").reason()).isEqualTo(LostReason.BAD_TIMING);
        assertThat(LostReasons.of("Not a good fit").reason()).isEqualTo(LostReason.NOT_A_FIT);
        assertThat(LostReasons.of("Missing features").reason()).isEqualTo(LostReason.NOT_A_FIT);
        assertThat(LostReasons.of("Kein Budget").reason()).isEqualTo(LostReason.NO_BUDGET);
        assertThat(LostReasons.of("Konkurrenz günstiger").reason()).isEqualTo(LostReason.COMPETITOR);
        assertThat(LostReasons.of("Pas de réponse").reason()).isEqualTo(LostReason.UNRESPONSIVE);
        assertThat(LostReasons.of("Stayed with the status quo").reason()).isEqualTo(LostReason.NO_DECISION);
    }

    @Test
    void ourOwnKeysAndNamesAreReadWithoutANoteAndTheRestIsOtherWithItsWords() {
        assertThat(LostReasons.of("no-budget")).isEqualTo(new LostReasons.Read(LostReason.NO_BUDGET, null));
        assertThat(LostReasons.of("Chose a competitor")).isEqualTo(new LostReasons.Read(LostReason.COMPETITOR, null));
        assertThat(LostReasons.of(" NOT_A_FIT ")).isEqualTo(new LostReasons.Read(LostReason.NOT_A_FIT, null));
        assertThat(LostReasons.of("Champion left the company")).isEqualTo(new LostReasons.Read(LostReason.OTHER, "Champion left the company"));
        // Words that only repeat the reason are no note: Zoho's stage "Closed-Lost to Competition" gave "Chose a competitor: to Competition".
        assertThat(LostReasons.of(StageNames.whyLost("Closed-Lost to Competition"))).isEqualTo(new LostReasons.Read(LostReason.COMPETITOR, null));
        assertThat(LostReasons.of("Lost to a competitor")).isEqualTo(new LostReasons.Read(LostReason.COMPETITOR, null));
        assertThat(LostReasons.of("Budget")).isEqualTo(new LostReasons.Read(LostReason.NO_BUDGET, null));
        assertThat(LostReasons.of("Price")).as("says more than no budget").isEqualTo(new LostReasons.Read(LostReason.NO_BUDGET, "Price"));
        assertThat(LostReasons.of("Lost to Acme")).as("names who").isEqualTo(new LostReasons.Read(LostReason.COMPETITOR, "Lost to Acme"));
        assertThat(LostReasons.of("  ")).isNull();
        assertThat(LostReasons.of(null)).isNull();
    }
}
