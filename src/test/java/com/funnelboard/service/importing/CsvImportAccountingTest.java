package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Customer lists of accounting programs: QuickBooks' "Customer" beside a "Full Name" and its
 * numbers written with their kinds in one cell; Xero's "ContactName" beside a first and last name,
 * its postal address in parts.
 */
class CsvImportAccountingTest extends ImportCase {

    private List<ContactSummary> people() {
        return store.read(r -> r.contactProfiles().list(null, 100));
    }

    private String organizationOf(String person) {
        return people().stream().filter(p -> p.name().equals(person)).findFirst().orElseThrow().organizationName();
    }

    @Test
    void aQuickBooksCustomerIsTheOrganizationAndItsFullNameThePerson() throws Exception {
        ImportResult r = run("""
                Customer,Phone Numbers,Email,Full Name,Billing Address,Open Balance
                Acme Corp,Phone:(415) 555-9933 Mobile:(415) 555-0101,jane@acme.example,Jane Doe,"1 Main St, San Francisco, CA 94105",1200.00
                Bob's Bikes,Phone:(415) 555-1111 Fax:(415) 555-1112,bob@bikes.example,Bob Brown,"2 Side St, Oakland, CA",0.00
                Cathy Lee,Mobile:(415) 555-2222,cathy@lee.example,Cathy Lee,,0.00
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contacts().keySet()).containsExactlyInAnyOrder("Jane Doe", "Bob Brown", "Cathy Lee");
        assertThat(contact("Jane Doe").phones()).containsExactly("(415) 555-9933", "(415) 555-0101");
        assertThat(contact("Bob Brown").phones()).as("a fax is no number to call").containsExactly("(415) 555-1111");
        assertThat(organizationOf("Jane Doe")).isEqualTo("Acme Corp");
        assertThat(organizationOf("Bob Brown")).isEqualTo("Bob's Bikes");
        assertThat(organizationOf("Cathy Lee")).as("billed in her own name: no company").isNull();
        assertThat(r.organizations().created()).isEqualTo(2);
    }

    @Test
    void aXeroContactNameIsTheOrganizationItsFirstAndLastNameThePerson() throws Exception {
        ImportResult r = run("""
                *ContactName,AccountNumber,EmailAddress,FirstName,LastName,POAttentionTo,POAddressLine1,POCity,PORegion,POPostalCode,POCountry,PhoneNumber,MobileNumber
                Acme Ltd,ACM001,jane@acme.example,Jane,Doe,Jane Doe,1 High St,London,,EC1A 1AA,United Kingdom,020 7946 0000,07700 900123
                Bolt Supplies,BOLT01,info@bolt.example,,,,22 Mill Rd,Leeds,,LS1 4AB,United Kingdom,0113 496 0000,
                John Smith,,john@smith.example,John,Smith,,,,,,,,07700 900456
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contacts().keySet()).containsExactlyInAnyOrder("Jane Doe", "Bolt Supplies", "John Smith");
        assertThat(organizationOf("Jane Doe")).isEqualTo("Acme Ltd");
        assertThat(contact("Bolt Supplies").emails()).as("the company's own address, kept").containsExactly("info@bolt.example");
        assertThat(organizationOf("Bolt Supplies")).isEqualTo("Bolt Supplies");
        assertThat(organizationOf("John Smith")).isNull();
        assertThat(store.read(x -> x.organizations().find(contact("Jane Doe").organizationId()).orElseThrow()).address())
                .as("the postal address in parts").isEqualTo("1 High St, London, EC1A 1AA, United Kingdom");
    }
}
