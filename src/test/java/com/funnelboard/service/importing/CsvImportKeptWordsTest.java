package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.domain.LostReason;
import com.funnelboard.service.DealService;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A row's words no field of a deal keeps as written go to its notes: a lead source of the file's own ("MFB" became Other, its
 * name gone) and a loss's reason on a deal that is not lost ("Competitor" on an open deal vanished).
 */
class CsvImportKeptWordsTest extends ImportCase {

    @Test
    void aSourceOfTheFilesOwnAndAReasonOfLossOnAnOpenDealAreKeptInTheNotes() throws Exception {
        run("tracker.csv", """
                Deal,Stage,Source,Loss Reason
                Pilot,Prospecting,MFB,
                Rollout,Proposal,Customer referral,Competitor
                Web deal,Closed Lost,website,No budget
                """, ImportOptions.defaults());
        assertThat(notes("Pilot")).isEqualTo("Source: MFB");
        assertThat(deals().get("Pilot").title()).isEqualTo("Pilot");
        assertThat(notes("Rollout")).isEqualTo("Source: Customer referral\nLost reason: Competitor");
        // One of ours, and a lost deal's reason, are kept in their fields: nothing added.
        assertThat(notes("Web deal")).isNull();
        assertThat(details("Web deal").deal().lostReason()).isEqualTo(LostReason.NO_BUDGET);
        // Imported again: the lines are not written twice.
        run("tracker.csv", """
                Deal,Stage,Source,Loss Reason
                Pilot,Prospecting,MFB,
                """, ImportOptions.defaults());
        assertThat(notes("Pilot")).isEqualTo("Source: MFB");
    }

    private com.funnelboard.service.DealDetails details(String title) {
        return new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.US), () -> "me").details(deals().get(title).id());
    }

    private String notes(String title) {
        return details(title).notes();
    }
}
