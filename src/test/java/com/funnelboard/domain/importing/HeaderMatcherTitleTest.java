package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plain "Title" column is read by what the rest of the file holds; a value shown beside its stored form is read as shown. */
class HeaderMatcherTitleTest {

    @Test
    void titleBesideFirstAndLastNamesIsAJobTitleEvenWithADealsFigures() {
        assertThat(HeaderMatcher.match(List.of("First Name", "Last Name", "Title", "Email"))).containsExactly(CONTACT_FIRST_NAME,
                CONTACT_LAST_NAME, CONTACT_TITLE, CONTACT_EMAIL);
        assertThat(HeaderMatcher.match(List.of("First Name", "Last Name", "Title", "Amount", "Close Date"))).containsExactly(
                CONTACT_FIRST_NAME, CONTACT_LAST_NAME, CONTACT_TITLE, DEAL_VALUE, DEAL_EXPECTED_CLOSE);
        assertThat(HeaderMatcher.match(List.of("Name", "Title", "Phone"))).containsExactly(CONTACT_NAME, CONTACT_TITLE, CONTACT_PHONE);
    }

    @Test
    void titleInADealsExportIsTheDealsUnlessItHasOneAlready() {
        assertThat(HeaderMatcher.match(List.of("Title", "Value", "Organization", "Contact person", "Stage"))).containsExactly(DEAL_TITLE,
                DEAL_VALUE, ORGANIZATION_NAME, CONTACT_NAME, DEAL_STAGE);
        assertThat(HeaderMatcher.match(List.of("Deal Name", "Title", "Amount", "Contact"))).as("a second title is not guessed")
                .containsExactly(DEAL_TITLE, IGNORE, DEAL_VALUE, CONTACT_NAME);
        assertThat(HeaderMatcher.match(List.of("Deal Name", "Title", "Amount", "First Name"))).containsExactly(DEAL_TITLE, CONTACT_TITLE,
                DEAL_VALUE, CONTACT_FIRST_NAME);
        assertThat(HeaderMatcher.match(List.of("Title", "Notes"))).as("nothing says whose").containsExactly(IGNORE, NOTES);
    }

    @Test
    void outlooksTitleStaysAnHonorificAndAContactsPrefixedTitleIsAJobTitle() {
        assertThat(HeaderMatcher.match(List.of("Title", "First Name", "Last Name", "Job Title", "E-mail Address", "Business Phone")))
                .startsWith(IGNORE, CONTACT_FIRST_NAME, CONTACT_LAST_NAME, CONTACT_TITLE);
        assertThat(HeaderMatcher.match(List.of("Opportunity Name", "Amount", "Contact: Full Name", "Contact: Title"))).containsExactly(
                DEAL_TITLE, DEAL_VALUE, CONTACT_NAME, CONTACT_TITLE);
    }

    @Test
    void aValueShownBesideItsStoredFormIsReadAsShown() {
        assertThat(HeaderMatcher.match(List.of("value", "value_currency", "value_formatted", "lead_name"))).containsExactly(IGNORE,
                DEAL_CURRENCY, DEAL_VALUE, ORGANIZATION_NAME);
        assertThat(HeaderMatcher.match(List.of("name_formatted", "Amount"))).containsExactly(IGNORE, DEAL_VALUE);
    }

    @Test
    void anExpectedCloseBesideAPlainCloseDateMakesThatTheDayTheDealClosed() {
        assertThat(HeaderMatcher.match(List.of("Deal", "Amount", "Stage", "Expected Close", "Close Date"))).containsExactly(DEAL_TITLE,
                DEAL_VALUE, DEAL_STAGE, DEAL_EXPECTED_CLOSE, DEAL_CLOSED_ON);
        assertThat(HeaderMatcher.match(List.of("Deal", "Close Date", "Expected Close Date"))).containsExactly(DEAL_TITLE,
                DEAL_CLOSED_ON, DEAL_EXPECTED_CLOSE);
        assertThat(HeaderMatcher.match(List.of("Deal", "Close Date"))).as("alone it is the expected close").containsExactly(DEAL_TITLE,
                DEAL_EXPECTED_CLOSE);
    }
}
