package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What passes as an e-mail address and a phone number, with what address books really hold. */
class ValidationTest {

    @Test
    void phoneNumbersAsAddressBooksWriteThemPassExtensionsAndShortNumbersIncluded() {
        for (String ok : List.of("+49 30 1234567", "(425) 555-0100", "030/123 45 67", "+1.555.123.4567", "(425) 555-0100 x4521",
                "+1-555-123-4567 ext. 89", "555 0100 Ext 12", "+44 20 7946 0958 extension 3", "0800 123 456 #77", "+15555555555;ext=5555",
                "555-0100, 12", "100", "112", "1818", "1-800-MY-APPLE", "0800 FLOWERS", "#31#0612345678")) {
            assertThat(Validation.phone(ok)).as(ok).isEmpty();
        }
    }

    /** Digits of other scripts are digits: an Arabic-Indic or full-width number was "Not a phone number". */
    @Test
    void digitsOfAnyScriptMakeAPhoneNumber() {
        for (String number : new String[] {"٠٥٠١٢٣٤٥٦٧", "+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "۰۹۱۲ ۳۴۵ ۶۷۸۹", "０３－１２３４－５６７８", "+91 ९८७६५ ४३२१०"}) {
            assertThat(Validation.phone(number)).as(number).isEmpty();
        }
        assertThat(Validation.phone("٠٥")).as("two digits").isPresent();
    }

    @Test
    void wordsAndFragmentsAreNotPhoneNumbers() {
        for (String bad : List.of("n/a", "-", "12", "call me", "Mobile", "+", "555-0100 x", "555-0100 ext. twelve", "mail@example.com",
                "1234567890123456789012345678901234567890123")) {
            assertThat(Validation.phone(bad)).as(bad).isPresent();
        }
        assertThat(Validation.phone(" ")).isEmpty(); // blank is "no number", not a wrong one
    }

    @Test
    void anAddressWhoseDomainHasQuotesOrBracketsIsNone() {
        for (String ok : List.of("jane@acme.example", "o'brien@acme.example", "jörg@müller.de", "a+b@mail.co.uk", "x@sub-domain.example")) {
            assertThat(Validation.email(ok)).as(ok).isEmpty();
        }
        for (String bad : List.of("'marco@rossifigli.example'", "jane@acme.example\"", "jane@[acme].example", "jane@acme,co.example",
                "jane@acme")) {
            assertThat(Validation.email(bad)).as(bad).isPresent();
        }
    }
}
