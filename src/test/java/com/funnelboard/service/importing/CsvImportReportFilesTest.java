package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.importing.HeaderMatcher;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as spreadsheets and report exports write them: Excel's "sep=" line, a board's title lines
 * with trailing delimiters, a report's total row, a repeated header name, a long note, an accounts
 * export with the company's switchboard and e-mail, currencies named in words.
 */
class CsvImportReportFilesTest {

    @TempDir
    Path dir;

    Store store;
    CsvImport csv;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
        csv = new CsvImport(store, Locale.US, () -> "EUR", new DuplicateFinder("US"), 300);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ImportResult run(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return csv.run(p, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
    }

    @Test
    void excelsSepLineSaysTheDelimiterAndIsNoRow() throws Exception {
        ImportResult r = run("excel.csv", "sep=;\nName;E-Mail;Firma;Betrag\nKarl Huber;karl@huber.example;Huber OG;\"1.500,00\"\n");
        assertThat(r.contacts().created()).isEqualTo(1);
        assertThat(r.deals().created()).isEqualTo(1);
    }

    @Test
    void titleLinesWithTrailingDelimitersAboveTheHeaderAndAGroupsTitleAreSkipped() throws Exception {
        ImportResult r = run("board.csv", """
                Sales Pipeline 2026,,,,
                New Leads,,,,
                Name,Status,Deal Value,Contact Email,Company
                Delta kiosks,Lead,12000,buyer@delta.example,Delta Air Lines
                ,,,,
                Won Deals,,,,
                Name,Status,Deal Value,Contact Email,Company
                Target signage,Won,25000,ops@target.example,Target
                """);
        assertThat(r.deals().created()).as("the two items, not the group titles").isEqualTo(2);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aReportsTotalRowMakesNoDealAndARowWithOneValueIsStillARow() throws Exception {
        String report = """
                "Opportunity Owner","Account Name","Opportunity Name","Stage","Amount"
                "Jane Doe","Acme","Acme pilot","Prospecting","10,000.00"
                "Tom Ray","Globex","Globex renewal","Closed Won","15,750.00"

                "Total","","","","25,750.00"
                """;
        ImportResult r = run("report.csv", report);
        assertThat(r.deals().created()).isEqualTo(2);
        assertThat(run("report.csv", report).deals().created()).as("importing it again adds nothing").isZero();
        ImportResult names = run("names.csv", "Name,Email,Phone\nIda Berg,,\nBo Chen,bo@x.example,\n");
        assertThat(names.contacts().created()).as("a person with only a name is a row").isEqualTo(2);
    }

    @Test
    void aRepeatedHeaderNameIsStillAHeaderAndBothColumnsAreRead() throws Exception {
        ImportResult r = run("sheets.csv", "Name,Email,Phone,Phone,Company\nAna Souza,ana@souza.example,+55 11 91234-5678,+55 11 3456-7890,Souza Ltda\n");
        assertThat(r.contacts().created()).isEqualTo(1);
        var ana = store.read(r2 -> r2.contactProfiles().list(null, 10)).getFirst();
        assertThat(store.read(r2 -> r2.contactProfiles().find(ana.id())).orElseThrow().phones()).hasSize(2);
    }

    @Test
    void aNoteOfAHundredAndTwentyThousandCharactersIsANote() throws Exception {
        ImportResult r = run("long.csv", "Name,Email,Notes\nIda Berg,ida@x.example,\"" + "word ".repeat(24_000) + "\"\n");
        assertThat(r.contacts().created()).isEqualTo(1);
    }

    @Test
    void anAccountsExportWithTheCompanysPhoneAndEmailIsAnOrganizationsFile() throws Exception {
        String text = """
                "ID","Name","Industry","Employees","Billing Street","Billing City","Billing Country","Website","Office Phone","Email Address"
                "a1","Pemberton Plc","Manufacturing","250","10 Works","Sheffield","United Kingdom","https://pemberton.example","+44 114 496 0000","info@pemberton.example"
                """;
        assertThat(HeaderMatcher.layout(java.util.List.of("ID", "Name", "Industry", "Employees", "Billing Street", "Billing City",
                "Billing Country", "Website", "Office Phone", "Email Address"))).isEqualTo(HeaderMatcher.Layout.ORGANIZATIONS);
        ImportResult r = run("accounts.csv", text);
        assertThat(r.organizations().created()).isEqualTo(1);
        assertThat(r.contacts().created()).as("no person named after the company").isZero();
    }

    @Test
    void aCurrencyColumnNamedInWordsOrAsPipedriveHeadsItGivesTheDealsCurrency() throws Exception {
        run("dynamics.csv", "Topic,Potential Customer,Est. Revenue,Currency,Status\nContoso licenses,Contoso,\"$45,000.00\",US Dollar,Open\n");
        run("pipedrive.csv", "Deal - Title,Deal - Value,Deal - Currency of Value\nRossi deal,7800,PLN\n");
        var totals = store.read(r2 -> r2.board().totals());
        assertThat(totals.values().stream().flatMap(java.util.List::stream).map(t -> t.total().currency()).toList())
                .contains("USD", "PLN").doesNotContain("EUR");
    }
}
