package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exports that name their columns by the program's own field names: Bitrix24's deals, Odoo's leads. */
class ApiNamedExportsTest {

    private static RowParser parser(List<String> headers) {
        return new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);
    }

    @Test
    void bitrixDealsTakeTheirTitleAmountStageAndCurrency() {
        // OPPORTUNITY is the amount: it became the deal's title ("100000.00"), and TITLE, STAGE_ID and CURRENCY_ID were not imported.
        List<String> headers = List.of("ID", "TITLE", "TYPE_ID", "STAGE_ID", "CURRENCY_ID", "OPPORTUNITY", "CLOSEDATE", "DATE_CREATE");
        assertThat(HeaderMatcher.layout(headers)).isEqualTo(HeaderMatcher.Layout.BITRIX);
        ImportRow row = parser(headers).parse(2, new String[] {"3", "Портативные зарядные устройства", "SALE", "EXECUTING", "RUB", "10000.00",
            "2021-02-11T03:00:00+03:00", "2021-02-04T13:10:22+03:00"});
        assertThat(row.problems()).isEmpty();
        assertThat(row.deal().title()).isEqualTo("Портативные зарядные устройства");
        assertThat(row.deal().value().minor()).isEqualTo(10_000_00L);
        assertThat(row.deal().currency()).isEqualTo("RUB");
        assertThat(row.deal().stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(row.deal().externalKey()).isEqualTo("3");
        assertThat(parser(headers).parse(3, new String[] {"4", "Игрушки", "SALE", "LOSE", "RUB", "90000.00", "", ""}).deal().stage())
                .isEqualTo(Stage.LOST);
    }

    @Test
    void odooLeadsTakeTheirTitleCompanyPersonAndAddress() {
        // "name" is the lead's title: it became the organization, and email_from and partner_name were not imported.
        List<String> headers = List.of("id", "contact_name", "partner_name", "email_from", "mobile", "name", "planned_revenue", "date_deadline");
        assertThat(HeaderMatcher.layout(headers)).isEqualTo(HeaderMatcher.Layout.ODOO);
        ImportRow row = parser(headers).parse(2, new String[] {"__export__.crm_lead_522", "Samvel Hakobyan", "New Era Wholesale",
            "newera@example.com", "702-544-7834 / 818-257-2525", "VSE-SD-1/16-New Era Wholesale", "12000", "2016-03-01"});
        assertThat(row.problems()).isEmpty();
        assertThat(row.deal().title()).isEqualTo("VSE-SD-1/16-New Era Wholesale");
        assertThat(row.organization().name()).isEqualTo("New Era Wholesale");
        assertThat(row.contact().name()).isEqualTo("Samvel Hakobyan");
        assertThat(row.contact().emails()).containsExactly("newera@example.com");
        assertThat(row.contact().phones()).as("two numbers, which no one number has the digits of").containsExactly("702-544-7834", "818-257-2525");
        assertThat(row.deal().value().minor()).isEqualTo(12_000_00L);
    }

    @Test
    void aGermanNumberWithASlashIsOne() {
        List<String> headers = List.of("Name", "Telefon");
        assertThat(parser(headers).parse(2, new String[] {"Jörg Müller", "030 / 123 45 67"}).contact().phones()).containsExactly("030 / 123 45 67");
    }

    @Test
    void aNameEndingInAShortLegalFormInCapitalsIsACompany() {
        // Odoo's partners, companies and people in one column: "Steiner Mechanik AG" was a person, the GmbH next to it a company.
        List<String> headers = List.of("Name", "E-Mail");
        RowParser p = parser(headers);
        assertThat(p.parse(2, new String[] {"Steiner Mechanik AG", "info@steiner.example"}).organization().name()).isEqualTo("Steiner Mechanik AG");
        assertThat(p.parse(3, new String[] {"Oberflächentechnik GmbH", "info@ot.example"}).organization().name()).isEqualTo("Oberflächentechnik GmbH");
        assertThat(p.parse(4, new String[] {"Anita Inglin", "anita@example.ch"}).organization()).isNull();
        assertThat(p.parse(5, new String[] {"Ag Berg", "ag@example.ch"}).organization()).as("a name beginning so").isNull();
    }
}
