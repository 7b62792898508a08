package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** E-mail cells as mail programs and CRMs write them: with a name, as a link, several in one cell. */
class RowParserAddressTest {

    private static List<String> emails(String cell) {
        return Cells.listed(cell, ImportField.CONTACT_EMAIL);
    }

    @Test
    void aMailboxWithItsNameOrAsALinkGivesItsAddress() {
        assertThat(emails("Klaus Weber <klaus@example.de>")).containsExactly("klaus@example.de");
        assertThat(emails("\"Weber, Klaus\" <klaus@example.de>")).containsExactly("klaus@example.de");
        assertThat(emails("<klaus@example.de>")).containsExactly("klaus@example.de");
        assertThat(emails("mailto:klaus@example.de")).containsExactly("klaus@example.de");
        assertThat(emails("Anna <anna@example.de>, Bernd <bernd@example.de>")).containsExactly("anna@example.de", "bernd@example.de");
    }

    @Test
    void anythingElseStaysAsItIsForItsProblemToNameIt() {
        assertThat(emails("klaus@example.de")).containsExactly("klaus@example.de");
        assertThat(emails("Klaus Weber")).containsExactly("Klaus Weber");
        assertThat(emails("<not an address>")).containsExactly("<not an address>");
    }

    @Test
    void aNumberAsALinkOrKeptAsTextByASpreadsheetGivesTheNumber() {
        List<String> none = List.of();
        assertThat(Cells.listed("tel:+1-201-555-0123", ImportField.CONTACT_PHONE)).containsExactly("+1-201-555-0123");
        assertThat(Cells.listed("TEL:+49 30 1234567;ext=12;phone-context=example.com", ImportField.CONTACT_PHONE))
                .containsExactly("+49 30 1234567;ext=12");
        assertThat(Cells.listed("callto://+4930123456", ImportField.CONTACT_PHONE)).containsExactly("+4930123456");
        assertThat(Cells.listed("'0171 2345678", ImportField.CONTACT_PHONE)).containsExactly("0171 2345678");
        assertThat(Cells.listed("=\"0171 2345678\"", ImportField.CONTACT_PHONE)).containsExactly("0171 2345678");
        assertThat(Cells.listed("tel:+1-201-555-0123, tel:+1-201-555-0199", ImportField.CONTACT_PHONE))
                .containsExactly("+1-201-555-0123", "+1-201-555-0199");
        assertThat(Cells.listed("+49 30 1234567", ImportField.CONTACT_PHONE)).isNotEqualTo(none).containsExactly("+49 30 1234567");
        for (String n : List.of("+1-201-555-0123", "+49 30 1234567;ext=12", "0171 2345678")) {
            assertThat(com.funnelboard.domain.Validation.phone(n)).as(n).isEmpty();
        }
    }

    /** A number that does not parse is named by the column it is in (it was named by the field's first column, "Mobiltelefon"). */
    @Test
    void aBadNumberOrAddressNamesItsOwnColumn() {
        List<String> headers = List.of("Vorname", "Nachname", "Mobiltelefon", "Telefon Kantine", "E-Mail", "E-Mail 2");
        List<ImportField> mapping = List.of(ImportField.CONTACT_FIRST_NAME, ImportField.CONTACT_LAST_NAME, ImportField.CONTACT_PHONE,
                ImportField.CONTACT_PHONE, ImportField.CONTACT_EMAIL, ImportField.CONTACT_EMAIL);
        RowParser parser = new RowParser(headers, mapping, new StageNames(java.util.Map.of()), "EUR", java.util.Locale.GERMANY);
        ImportRow row = parser.parse(2, new String[] {"Jörg", "Müller", "+49 171 2345678", "42", "joerg@example.de", "nicht-da"});
        assertThat(row.problems()).extracting(ImportRow.Problem::column).containsExactlyInAnyOrder("Telefon Kantine", "E-Mail 2");
    }
}
