package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's state in a contacts export is no deal's stage; a deals export's status still is. */
class HeaderMatcherStatusTest {

    @Test
    void aHubSpotContactsExportMakesNoDeals() {
        List<String> headers = List.of("Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name", "Lifecycle Stage",
                "Lead Status", "Contact owner", "Create Date");
        List<ImportField> fields = HeaderMatcher.match(headers);
        assertThat(fields).doesNotContain(ImportField.DEAL_STAGE);
        assertThat(fields.stream().anyMatch(ImportField::makesADeal)).as("no column makes a deal").isFalse();
        assertThat(fields).contains(ImportField.CONTACT_FIRST_NAME, ImportField.CONTACT_LAST_NAME, ImportField.CONTACT_EMAIL,
                ImportField.ORGANIZATION_NAME);
    }

    @Test
    void aDealsExportKeepsItsStatusAndAPlainStageColumnStaysTheDealsStage() {
        assertThat(HeaderMatcher.match(List.of("Deal Name", "Amount", "Lead Status"))).containsExactly(ImportField.DEAL_TITLE,
                ImportField.DEAL_VALUE, ImportField.DEAL_STAGE);
        assertThat(HeaderMatcher.match(List.of("Name", "Email", "Company", "Stage"))).contains(ImportField.DEAL_STAGE);
    }

    @Test
    void aPipedriveDealsExportGivesTheLostReasonAndAHubSpotOneItsClosedLostReason() {
        assertThat(HeaderMatcher.match(List.of("Title", "Value", "Currency", "Status", "Won time", "Lost time", "Lost reason")))
                .containsExactly(ImportField.DEAL_TITLE, ImportField.DEAL_VALUE, ImportField.DEAL_CURRENCY, ImportField.DEAL_STAGE,
                        ImportField.DEAL_CLOSED_ON, ImportField.DEAL_CLOSED_ON, ImportField.DEAL_LOST_REASON);
        assertThat(HeaderMatcher.match(List.of("Deal Name", "Amount", "Deal Stage", "Closed Lost Reason", "Closed Won Reason")))
                .containsExactly(ImportField.DEAL_TITLE, ImportField.DEAL_VALUE, ImportField.DEAL_STAGE, ImportField.DEAL_LOST_REASON,
                        ImportField.IGNORE);
    }
}
