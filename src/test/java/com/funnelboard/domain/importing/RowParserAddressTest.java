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
}
