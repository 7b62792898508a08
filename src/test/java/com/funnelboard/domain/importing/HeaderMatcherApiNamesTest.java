package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Money;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers as programs write them for other programs: API names, a currency after the name, custom-field suffixes. */
class HeaderMatcherApiNamesTest {

    @Test
    void salesforceApiNamesInCamelOrUpperCaseAreRead() {
        List<String> camel = List.of("Id", "AccountId", "Name", "Amount", "CloseDate", "StageName", "CurrencyIsoCode", "LeadSource",
                "OwnerId", "Description");
        assertThat(HeaderMatcher.match(camel)).containsExactly(DEAL_EXTERNAL_ID, IGNORE, DEAL_TITLE, DEAL_VALUE, DEAL_EXPECTED_CLOSE,
                DEAL_STAGE, DEAL_CURRENCY, DEAL_SOURCE, IGNORE, NOTES);
        List<String> upper = camel.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
        assertThat(HeaderMatcher.match(upper)).containsExactlyElementsOf(HeaderMatcher.match(camel));
        assertThat(HeaderMatcher.match(List.of("FIRSTNAME", "LASTNAME", "EMAIL", "MOBILEPHONE", "TITLE"))).containsExactly(
                CONTACT_FIRST_NAME, CONTACT_LAST_NAME, CONTACT_EMAIL, CONTACT_PHONE, CONTACT_TITLE);
    }

    /** An assistant's number is someone else's: Salesforce's AssistantPhone was kept as the contact's third number. */
    @Test
    void anAssistantsColumnIsLeftOutInAnySpelling() {
        assertThat(HeaderMatcher.match(List.of("MobilePhone", "AssistantPhone", "Assistant's Phone", "Phone (Assistant)", "assistant_phone",
                "Telefon Assistentin"))).containsExactly(CONTACT_PHONE, IGNORE, IGNORE, IGNORE, IGNORE, IGNORE);
    }

    @Test
    void snakeCaseAndSuffixedNames() {
        assertThat(HeaderMatcher.match(List.of("id", "name", "value", "currency", "stage_name", "owner_name", "organization_name",
                "contact_name", "source_name", "loss_reason_name", "expected_close_date"))).containsExactly(DEAL_EXTERNAL_ID, DEAL_TITLE,
                DEAL_VALUE, DEAL_CURRENCY, DEAL_STAGE, DEAL_OWNER, ORGANIZATION_NAME, CONTACT_NAME, DEAL_SOURCE, DEAL_LOST_REASON,
                DEAL_EXPECTED_CLOSE);
        assertThat(HeaderMatcher.field("Reason_For_Loss__s")).isEqualTo(DEAL_LOST_REASON);
        assertThat(HeaderMatcher.field("Next_Step__c")).isEqualTo(NOTES);
    }

    @Test
    void aCurrencyAfterTheColumnsNameIsTheCurrencyOfItsBareAmounts() {
        List<String> headers = List.of("Kunde", "Kontakt", "E-Mail", "Umsatz (USD)", "Phase");
        List<ImportField> mapping = HeaderMatcher.match(headers);
        assertThat(mapping).containsExactly(ORGANIZATION_NAME, CONTACT_NAME, CONTACT_EMAIL, DEAL_VALUE, DEAL_STAGE);
        assertThat(HeaderMatcher.currencyOf("Umsatz (USD)")).isEqualTo("USD");
        assertThat(HeaderMatcher.currencyOf("Value [€]")).isEqualTo("€");
        assertThat(HeaderMatcher.currencyOf("Amount in GBP")).isEqualTo("GBP");
        assertThat(HeaderMatcher.currencyOf("Amount")).isNull();
        RowParser parser = new RowParser(headers, mapping, new StageNames(Map.of()), "EUR", Locale.GERMANY);
        assertThat(parser.parse(2, new String[] {"Nordwind", "Anna", "anna@x.example", "12.500", "Neu"}).deal().value())
                .isEqualTo(new Money(1_250_000, "USD"));
        assertThat(HeaderMatcher.field("Value [€]")).isEqualTo(DEAL_VALUE);
    }

    @Test
    void theNameOfAnOpportunitiesExportIsTheDealsAndASheetOfPeopleKeepsItsNames() {
        assertThat(HeaderMatcher.match(List.of("Name", "Account", "Amount", "Stage", "Close date"))).containsExactly(DEAL_TITLE,
                ORGANIZATION_NAME, DEAL_VALUE, DEAL_STAGE, DEAL_EXPECTED_CLOSE);
        assertThat(HeaderMatcher.match(List.of("Name", "Company", "Deal value", "Stage"))).first().isEqualTo(CONTACT_NAME);
        assertThat(HeaderMatcher.match(List.of("Name", "Account", "Email", "Amount", "Close date"))).first().isEqualTo(CONTACT_NAME);
    }

    @Test
    void moreWordsOfBusinessSheets() {
        assertThat(HeaderMatcher.match(List.of("Firma", "Ansprechpartner", "E-Mail", "Projekt", "Wert", "Status", "Abschluss bis",
                "Nächster Schritt", "Kommentar"))).containsExactly(ORGANIZATION_NAME, CONTACT_NAME, CONTACT_EMAIL, DEAL_TITLE, DEAL_VALUE,
                DEAL_STAGE, DEAL_EXPECTED_CLOSE, NOTES, NOTES);
        assertThat(HeaderMatcher.match(List.of("Client", "Contact", "Courriel", "Commentaire", "Prochaine étape"))).containsExactly(
                ORGANIZATION_NAME, CONTACT_NAME, CONTACT_EMAIL, NOTES, NOTES);
        assertThat(HeaderMatcher.match(List.of("Azienda", "Referente", "Commerciale", "Fonte", "Note"))).containsExactly(ORGANIZATION_NAME,
                CONTACT_NAME, DEAL_OWNER, DEAL_SOURCE, NOTES);
        assertThat(HeaderMatcher.match(List.of("Empresa", "Persona de contacto", "Importe", "Fecha prevista de cierre", "Observaciones")))
                .containsExactly(ORGANIZATION_NAME, CONTACT_NAME, DEAL_VALUE, DEAL_EXPECTED_CLOSE, NOTES);
        assertThat(HeaderMatcher.match(List.of("First name", "Last name", "Emails", "Work number", "Mobile number", "Accounts")))
                .containsExactly(CONTACT_FIRST_NAME, CONTACT_LAST_NAME, CONTACT_EMAIL, CONTACT_PHONE, CONTACT_PHONE, ORGANIZATION_NAME);
    }

    @Test
    void aPipedrivePersonsOrganizationIsWhereThePersonWorks() {
        assertThat(HeaderMatcher.match(List.of("Person - Name", "Person - Organization", "Person - Email - Work"))).containsExactly(
                CONTACT_NAME, ORGANIZATION_NAME, CONTACT_EMAIL);
    }

    /** Zoho's classic deals ("Potentials") and a Pipedrive person's labels, which were not imported. */
    @Test
    void zohoPotentialsAndPipedrivePersonLabels() {
        assertThat(HeaderMatcher.field("Potential Name")).isEqualTo(DEAL_TITLE);
        assertThat(HeaderMatcher.field("Potential Owner")).isEqualTo(DEAL_OWNER);
        assertThat(HeaderMatcher.field("Person - Labels")).isEqualTo(TAGS);
    }
}
