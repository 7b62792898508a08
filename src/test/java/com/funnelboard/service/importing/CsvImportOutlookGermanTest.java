package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Outlook's German export (Windows-1252, semicolons) is Outlook's: middle names kept, the company's switchboard no one's own number. */
class CsvImportOutlookGermanTest extends ImportCase {

    @Test
    void aGermanOutlookExportIsReadAsOutlooks() throws Exception {
        String text = "\"Anrede\";\"Vorname\";\"Weitere Vornamen\";\"Nachname\";\"Firma\";\"Position\";\"Telefon geschäftlich\";"
                + "\"Telefon Firma\";\"Mobiltelefon\";\"E-Mail-Adresse\"\r\n"
                + "\"Herr\";\"Hans\";\"Peter\";\"Schulz\";\"Stadtwerke Köln GmbH\";\"Einkäufer\";\"\";\"+49 221 178-0\";\"\";\"\"\r\n"
                + "\"Frau\";\"Karin\";\"\";\"Becker\";\"Stadtwerke Köln GmbH\";\"IT-Leiterin\";\"\";\"+49 221 178-0\";\"+49 171 5550123\";\"\"\r\n";
        ImportResult r = run("Kontakte.CSV", text.getBytes(Charset.forName("windows-1252")));

        assertThat(r.layout()).isEqualTo(com.funnelboard.domain.importing.HeaderMatcher.Layout.OUTLOOK);
        assertThat(contacts()).containsOnlyKeys("Hans Peter Schulz", "Karin Becker");
        assertThat(contact("Hans Peter Schulz").phones()).as("the switchboard is nobody's own number").isEmpty();
        assertThat(contact("Karin Becker").phones()).hasSize(1);
        assertThat(contact("Karin Becker").title()).isEqualTo("IT-Leiterin");
    }
}
