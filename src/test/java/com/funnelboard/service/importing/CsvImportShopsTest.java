package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Customer lists of online shops and newsletter tools: Shopify's, WooCommerce's, Brevo's. */
class CsvImportShopsTest extends ImportCase {

    @Test
    void aShopifyCustomerKeepsTheCompanyAndNumberOfItsDefaultAddress() throws Exception {
        ImportResult r = run("""
                Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags
                '7012345678901,Russell,Winfield,russel.winfield@example.com,yes,Company HQ,105 Victoria St,,Toronto,ON,CA,M5C1N7,+16135550135,,no,0.00,0,This customer loves ice cream,no,"VIP, wholesale"
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contact("Russell Winfield").phones()).containsExactly("+16135550135");
        assertThat(String.join(",", contact("Russell Winfield").tags())).contains("VIP").contains("wholesale");
        com.funnelboard.domain.OrganizationProfile o = store.read(x -> x.organizations().find(contact("Russell Winfield").organizationId())
                .orElseThrow());
        assertThat(o.name()).isEqualTo("Company HQ");
        assertThat(o.address()).isEqualTo("105 Victoria St, Toronto, ON, M5C1N7, CA");
    }

    @Test
    void wooCommerceBillingFieldsAndBrevosSms() throws Exception {
        assertThat(run("""
                customer_id,billing_first_name,billing_last_name,billing_company,billing_email,billing_phone
                12,Ana,Costa,Costa Lda,ana@costa.example,+351 21 123 4567
                """).problemCount()).isZero();
        assertThat(contact("Ana Costa").phones()).containsExactly("+351 21 123 4567");
        assertThat(contact("Ana Costa").emails()).containsExactly("ana@costa.example");
        assertThat(run("""
                EMAIL;FIRSTNAME;LASTNAME;SMS
                lea@brevo.example;Léa;Martin;+33612345678
                """).problemCount()).isZero();
        assertThat(contact("Léa Martin").phones()).containsExactly("+33612345678");
    }

    @Test
    void aCapsulePartyWithALegalFormIsAnOrganizationAndAPersonsNameAPerson() throws Exception {
        run("capsule.csv", """
                Name,Description,Party,Milestone,Value,Currency,Expected Close Date,Owner
                Office fit-out,Two floors,Thornbury Estates Ltd,Proposal,"45,000.00",GBP,30/04/2024,Emma Clarke
                Maintenance contract,,Gareth Evans,Negotiation,950.00,GBP,15/05/2024,Emma Clarke
                Kitchen,,Sam Co,Lead,100.00,GBP,15/05/2024,Emma Clarke
                """);
        assertThat(deals().get("Office fit-out").organizationName()).isEqualTo("Thornbury Estates Ltd");
        assertThat(deals().get("Office fit-out").contactId()).isNull();
        assertThat(contacts()).containsOnlyKeys("Gareth Evans", "Sam Co");
    }
}
