package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.LeadSource;
import org.junit.jupiter.api.Test;

/** Lead sources as Salesforce, HubSpot, Pipedrive and German or French CRMs name them. */
class LeadSourcesTest {

    @Test
    void otherCrmsNamesMeanOurSources() {
        assertThat(LeadSources.of("Partner Referral")).isEqualTo(LeadSource.REFERRAL);
        assertThat(LeadSources.of("Employee Referral")).isEqualTo(LeadSource.REFERRAL);
        assertThat(LeadSources.of("Word of mouth")).isEqualTo(LeadSource.REFERRAL);
        assertThat(LeadSources.of("Empfehlung")).isEqualTo(LeadSource.REFERRAL);
        assertThat(LeadSources.of("Trade Show")).isEqualTo(LeadSource.EVENT);
        assertThat(LeadSources.of("Messe")).isEqualTo(LeadSource.EVENT);
        assertThat(LeadSources.of("Web")).isEqualTo(LeadSource.WEBSITE);
        assertThat(LeadSources.of("Organic Search")).isEqualTo(LeadSource.WEBSITE);
        assertThat(LeadSources.of("Paid Social")).as("paid decides").isEqualTo(LeadSource.PAID_AD);
        assertThat(LeadSources.of("Google AdWords")).isEqualTo(LeadSource.PAID_AD);
        assertThat(LeadSources.of("Social Media")).isEqualTo(LeadSource.SOCIAL);
        assertThat(LeadSources.of("LinkedIn")).isEqualTo(LeadSource.SOCIAL);
        assertThat(LeadSources.of("Webinar")).isEqualTo(LeadSource.WEBINAR);
        assertThat(LeadSources.of("Cold Call")).isEqualTo(LeadSource.COLD_CALL);
        assertThat(LeadSources.of("Email Campaign")).isEqualTo(LeadSource.COLD_EMAIL);
        assertThat(LeadSources.of("Contact form")).isEqualTo(LeadSource.FORM);
        assertThat(LeadSources.of("Whitepaper download")).isEqualTo(LeadSource.CONTENT);
        assertThat(LeadSources.of("Live chat")).isEqualTo(LeadSource.CHAT);
    }

    @Test
    void ourOwnKeysAndLabelsAreReadAsTheyAreAndTheRestIsOther() {
        assertThat(LeadSources.of("cold_email")).isEqualTo(LeadSource.COLD_EMAIL);
        assertThat(LeadSources.of("Paid ad")).isEqualTo(LeadSource.PAID_AD);
        assertThat(LeadSources.of("Existing customer")).isEqualTo(LeadSource.OTHER);
        assertThat(LeadSources.of("Purchased list")).isEqualTo(LeadSource.OTHER);
    }
}
