package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Columns that other programs write as parts of one field or in units of their own: an amount in
 * millionths beside its currency code (Twenty, Google Ads), a list of people and companies whose
 * companies' rows are marked (Less Annoying CRM's "Is Company"), and a created date with its time.
 */
class CsvImportFieldPartsTest extends ImportCase {

    @Test
    void anAmountInMillionthsIsReadInItsUnitsWithTheCurrencyCodeBesideItHoweverTheHeadersJoinFieldAndPart() throws Exception {
        ImportResult r = run("""
                Deal,Amount / Amount Micros,Amount / Currency Code,Close Date
                Slash,1200000000,USD,2026-05-01
                """);
        assertThat(r.problemCount()).isZero();
        r = run("""
                name,amountAmountMicros,amountCurrencyCode,closeDate
                Camel,2500000000,GBP,2026-05-01
                """);
        assertThat(r.problemCount()).isZero();
        r = run("""
                Opportunity,Amount Amount Micros,Amount Currency Code,Close Date
                Spaced,1234567,USD,2026-05-01
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(deals().values()).extracting(DealCard::title, DealCard::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Slash", new Money(120_000, "USD")),
                org.assertj.core.groups.Tuple.tuple("Camel", new Money(250_000, "GBP")),
                // 1.234567 dollars, to the cent
                org.assertj.core.groups.Tuple.tuple("Spaced", new Money(123, "USD")));
    }

    @Test
    void anAmountColumnNamedInMicrosIsScaledAndAPlainAmountIsNot() throws Exception {
        run("""
                Deal,Amount (micros),Currency
                Scaled,7000000,USD
                """);
        run("""
                Deal,Amount,Currency
                Plain,7000000,USD
                """);
        assertThat(deals().values()).extracting(DealCard::title, DealCard::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Scaled", new Money(700, "USD")),
                org.assertj.core.groups.Tuple.tuple("Plain", new Money(700_000_000, "USD")));
    }

    @Test
    void aRowMarkedAsACompanysIsAnOrganizationNotAPersonNamedAfterIt() throws Exception {
        ImportResult r = run("""
                Name,First Name,Last Name,Company,Email,Is Company
                Globex Corporation,,,,info@globex.example,Yes
                Hank Scorpio,Hank,Scorpio,Globex Corporation,hank@globex.example,No
                Initech,,,,,TRUE
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(r.organizations().created()).isEqualTo(2);
        // The company's own address stays, on a contact named after it at the company: nothing written is lost.
        assertThat(r.contacts().created()).isEqualTo(2);
        assertThat(contacts().keySet()).containsExactlyInAnyOrder("Hank Scorpio", "Globex Corporation");
        assertThat(contact("Globex Corporation").emails()).containsExactly("info@globex.example");
        List<ContactSummary> people = store.read(x -> x.contactProfiles().list(null, 100));
        assertThat(people).allSatisfy(p -> assertThat(p.organizationName()).isEqualTo("Globex Corporation"));
    }

    @Test
    void aLineBreakOrTabInANameIsASpaceAndOtherControlCharactersAreDroppedWhileNotesKeepTheirLines() throws Exception {
        ImportResult r = run("Name,Email,Company,Title,Notes,Deal\n"
                + "\"Anna\nBerg\",anna@example.com,\"Acme\tInc\",Buyer\u0007,\"Met at the fair.\r\nCall in May.\",\"Renewal\n2027\"\n"
                + "Ben\u001BGrau,ben@example.com,Acme Inc,Lead\u2028Buyer,,\n");
        assertThat(r.problemCount()).isZero();
        assertThat(contacts().keySet()).containsExactlyInAnyOrder("Anna Berg", "BenGrau");
        assertThat(contact("Anna Berg").title()).isEqualTo("Buyer");
        assertThat(contact("Anna Berg").notes()).isEqualTo("Met at the fair.\nCall in May.");
        assertThat(contact("BenGrau").title()).isEqualTo("Lead Buyer");
        assertThat(r.organizations().created()).as("one organization: the tab is a space").isEqualTo(1);
        assertThat(store.<List<ContactSummary>>read(x -> x.contactProfiles().list(null, 100))).extracting(ContactSummary::organizationName).containsOnly("Acme Inc");
        assertThat(deals().keySet()).containsExactly("Renewal 2027");
    }

    @Test
    void aCreatedDateWithItsTimeKeepsTheTimeAndAnOffsetItNames() throws Exception {
        ImportResult r = run("""
                Deal,Created
                Local,2024-03-05 14:22:10
                Afternoon,3/6/2024 2:05 PM
                Offset,2024-03-07T09:30:00+02:00
                Day only,2024-03-08
                """);
        assertThat(r.problemCount()).isZero();
        // The test store's zone is UTC: a time without an offset is read in it.
        assertThat(deals().values()).extracting(DealCard::title, DealCard::stageEnteredAt).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Local", Instant.parse("2024-03-05T14:22:10Z")),
                org.assertj.core.groups.Tuple.tuple("Afternoon", Instant.parse("2024-03-06T14:05:00Z")),
                org.assertj.core.groups.Tuple.tuple("Offset", Instant.parse("2024-03-07T07:30:00Z")),
                org.assertj.core.groups.Tuple.tuple("Day only", Instant.parse("2024-03-08T12:00:00Z")));
        // A spreadsheet's day number keeps its fraction as the time of day.
        assertThat(run("Deal,Created\nSerial,45357.61\n").problemCount()).isZero();
        assertThat(deals().get("Serial").stageEnteredAt()).isEqualTo(Instant.parse("2024-03-06T14:38:24Z"));
    }
}
