package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An organization's address given in parts, on one line as its country writes it. */
class AddressLineTest {

    private static String address(List<String> headers, String... values) {
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.GERMANY);
        return parser.parse(2, values).organization().address();
    }

    @Test
    void aGermanFilesPostalCodeGoesBeforeThePlace() {
        // It read "Kölner Straße 5, 53721, Siegburg".
        assertThat(address(List.of("Firma", "Straße", "PLZ", "Ort"), "Vogt Kältetechnik GmbH", "Kölner Straße 5", "53721", "Siegburg"))
                .isEqualTo("Kölner Straße 5, 53721 Siegburg");
        assertThat(address(List.of("Firma", "Straße", "Ort", "PLZ"), "Vogt", "Kölner Straße 5", "Siegburg", "53721"))
                .as("whatever the columns' order").isEqualTo("Kölner Straße 5, 53721 Siegburg");
        assertThat(address(List.of("Firma", "Straße", "PLZ", "Ort"), "Vogt", "Kölner Straße 5", "", "Siegburg"))
                .isEqualTo("Kölner Straße 5, Siegburg");
    }

    @Test
    void anAmericanFilesZipFollowsThePlaceAndState() {
        assertThat(address(List.of("Company", "Street", "City", "State", "Zip"), "Ridge", "100 Ridge Rd", "Columbus", "OH", "43215"))
                .isEqualTo("100 Ridge Rd, Columbus, OH, 43215");
    }

    @Test
    void partsInAnyOrderAreWrittenStreetPlaceRegionCodeCountry() {
        // Dynamics 365's columns: "Los Angeles, United States, California, 789 Maple Valley, 75045".
        assertThat(address(List.of("Company Name", "Address 1: City", "Address 1: Country/Region", "Address 1: State/Province",
                "Address 1: Street 1", "Address 1: ZIP/Postal Code"), "Contoso", "Los Angeles", "United States", "California", "789 Maple Valley",
                "75045")).isEqualTo("789 Maple Valley, Los Angeles, California, 75045, United States");
        assertThat(address(List.of("Firma", "Land", "Ort", "PLZ", "Straße"), "Vogt", "Deutschland", "Siegburg", "53721", "Kölner Straße 5"))
                .isEqualTo("Kölner Straße 5, 53721 Siegburg, Deutschland");
    }

    /** Zoho's accounts name the postal code "Billing Code": it was left out (and, read as an address, became the whole address). */
    @Test
    void zohosBillingCodeIsThePostalCode() {
        assertThat(address(List.of("Account Name", "Billing Street", "Billing City", "Billing State", "Billing Code", "Billing Country"),
                "Zylker Inc", "4 Main St", "Pleasanton", "CA", "94588", "USA")).isEqualTo("4 Main St, Pleasanton, CA, 94588, USA");
        assertThat(HeaderMatcher.field("Code")).as("a bare code is anything").isEqualTo(ImportField.IGNORE);
    }
}
