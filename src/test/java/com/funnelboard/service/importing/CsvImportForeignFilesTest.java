package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Files written in German, French and Spanish conventions import right on an English machine: their
 * headers, stage names, amounts ("12.500,50") and dates ("12.03.2026") are read as the file writes them.
 */
@Isolated
class CsvImportForeignFilesTest {

    @TempDir
    Path dir;

    Store store;
    CsvImport csv;
    Locale before;

    @BeforeEach
    void setUp() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        store = Fixtures.store(dir);
        csv = new CsvImport(store, Locale.US, () -> "EUR", new DuplicateFinder("DE"));
    }

    @AfterEach
    void tearDown() {
        store.close();
        Locale.setDefault(before);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ImportResult run(Path p, ImportOptions options) {
        return csv.run(p, options, (b, s, n) -> {}, () -> false);
    }

    /** Each stored deal's title with its value in minor units and its stage. */
    private Map<String, String> deals() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            for (DealCard d : store.read(r -> r.board().page(s, 0, 100))) {
                out.put(d.title(), (d.value() == null ? "-" : d.value().minor() + " " + d.value().currency()) + " " + s);
            }
        }
        return out;
    }

    private static final String GERMAN = """
            Vorname;Nachname;E-Mail;Firma;Betrag;Phase;Abschlussdatum
            Anna;Schmidt;anna@beispiel.de;Nordwind GmbH;12.500,50;Neu;12.03.2026
            Bernd;Müller;bernd@beispiel.de;Südwind AG;1.200;Gewonnen;01.02.2026
            Clara;Weber;clara@beispiel.de;Ostwind KG;3,5;Verloren;15.01.2026
            Dieter;Koch;dieter@beispiel.de;Westwind SE;€ 7.000,-;Qualifiziert;05.06.2026
            """;

    @Test
    void aGermanFileImportsItsContactsValuesAndStagesOnAnEnglishMachine() throws Exception {
        Path p = file("kontakte.csv", GERMAN);
        CsvImport.Preview preview = csv.preview(p, ImportOptions.defaults(), 10);
        assertThat(preview.formats().describe(preview.headers())).containsExactly("Betrag: amounts 1.234,56",
                "Abschlussdatum: dates dd.MM.yyyy");
        assertThat(preview.rows()).allMatch(ImportRow::valid);
        assertThat(preview.rows().stream().map(r -> r.deal().expectedClose())).containsExactly(LocalDate.of(2026, 3, 12),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 5));
        assertThat(preview.rows().getFirst().contact().name()).isEqualTo("Anna Schmidt");

        ImportResult r = run(p, ImportOptions.defaults());

        assertThat(r.problems()).isEmpty();
        assertThat(r.contacts().created()).isEqualTo(4);
        assertThat(deals()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Nordwind GmbH", "1250050 EUR LEAD",
                "Südwind AG", "120000 EUR WON",
                "Ostwind KG", "350 EUR LOST",
                "Westwind SE", "700000 EUR OPPORTUNITY"));
        assertThat(r.formats().summary()).isEqualTo("amounts 1.234,56 · dates dd.MM.yyyy");
    }

    @Test
    void aSheetsDayNumbersAndLinkedPhoneNumbersAreRead() throws Exception {
        // Saved from a spreadsheet whose date cells were numbers, with tel: links and numbers kept as text.
        Path p = file("sheet.csv", """
                Name,Phone,Deal Name,Amount,Expected Close
                Ann Oak,tel:+1-201-555-0123,Pilot,100,46093
                Bob Roe,'0171 2345678,Rollout,200,46094.5
                """);
        CsvImport.Preview preview = csv.preview(p, ImportOptions.defaults(), 10);
        assertThat(preview.rows()).allMatch(ImportRow::valid);
        assertThat(preview.rows().stream().map(r -> r.deal().expectedClose())).containsExactly(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 13));
        assertThat(preview.rows().stream().map(r -> r.contact().phones())).containsExactly(List.of("+1-201-555-0123"), List.of("0171 2345678"));
        assertThat(run(p, ImportOptions.defaults()).problems()).isEmpty();
    }

    @Test
    void frenchAndSpanishFilesToo() throws Exception {
        ImportResult fr = run(file("contacts.csv", """
                Prénom,Nom,Courriel,Société,Montant,Étape,Date de clôture
                Camille,Dubois,camille@exemple.fr,Azur SARL,"12\u202F500,50 €",Nouveau,12/03/2026
                Luc,Martin,luc@exemple.fr,Mistral SA,"1\u00A0200",Gagné,25/02/2026
                Inès,Petit,ines@exemple.fr,Sirocco SAS,"0,99",Perdu,
                """), ImportOptions.defaults());
        assertThat(fr.problems()).isEmpty();
        ImportResult es = run(file("contactos.csv", """
                Nombre;Apellidos;Correo electrónico;Empresa;Importe;Etapa;Fecha de cierre
                Lucía;García;lucia@ejemplo.es;Sol SL;1.500.000,75;Nuevo;2026-03-12
                Pablo;López;pablo@ejemplo.es;Luna SA;2.000;Ganado;2026-01-30
                Marta;Ruiz;marta@ejemplo.es;Estrella SA;USD 950;Perdido;2026-02-02
                """), ImportOptions.defaults());
        assertThat(es.problems()).isEmpty();
        assertThat(deals()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Azur SARL", "1250050 EUR LEAD",
                "Mistral SA", "120000 EUR WON",
                "Sirocco SAS", "99 EUR LOST",
                "Sol SL", "150000075 EUR LEAD",
                "Luna SA", "200000 EUR WON",
                "Estrella SA", "95000 USD LOST"));
        assertThat(fr.formats().summary()).isEqualTo("amounts 1.234,56 · dates dd/MM/yyyy");
    }

    @Test
    void aDotDecimalEnglishFileIsReadAsBefore() throws Exception {
        ImportResult r = run(file("deals.csv", """
                Name,Email,Company,Amount,Stage,Close Date
                Jane Doe,jane@example.com,Acme,12500.50,Qualified,03/12/2026
                John Roe,john@example.com,Globex,"1,200",Closed Won,12/25/2025
                Ann Poe,ann@example.com,Initech,1.5,New,2026-01-31
                Bob Loe,bob@example.com,Umbrella,800,Lost,
                """), ImportOptions.defaults());
        assertThat(r.problems()).isEmpty();
        assertThat(deals()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Acme", "1250050 EUR OPPORTUNITY",
                "Globex", "120000 EUR WON",
                "Initech", "150 EUR LEAD",
                "Umbrella", "80000 EUR LOST"));
        assertThat(r.formats().describe(r.headers())).containsExactly("Amount: amounts 1,234.56", "Close Date: dates MM/dd/yyyy");
    }

    @Test
    void unreadableOrAmbiguousAmountsAreProblemsOfTheirRowsNeverOtherNumbers() throws Exception {
        Path p = file("gemischt.csv", """
                Name;Firma;Betrag;Phase
                Anna;Nordwind;12.500,50;Neu
                Bernd;Südwind;3,5;Neu
                Clara;Ostwind;12,500.50;Neu
                Dieter;Westwind;zwölf;Neu
                Emil;Passat;1.5;Neu
                """);
        ImportResult refused = run(p, ImportOptions.defaults());
        assertThat(refused.imported()).isFalse();
        assertThat(refused.problems()).extracting(ImportRow.Problem::row, ImportRow.Problem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "not an amount: \"zwölf\" (this column writes amounts like 1.234,56)"),
                org.assertj.core.groups.Tuple.tuple(6L, "not an amount: \"1.5\" (this column writes amounts like 1.234,56)"));
        assertThat(refused.problems()).allMatch(x -> x.column().equals("Betrag"));
        assertThat(deals()).isEmpty();

        ImportResult skipped = run(p, new ImportOptions(Map.of(), Map.of(), null, false, true, null));
        assertThat(skipped.failedRows()).isEqualTo(2);
        // "12,500.50" can be read only one way, so it is, in a column of "1.234,56".
        assertThat(deals()).containsExactlyInAnyOrderEntriesOf(Map.of("Nordwind", "1250050 EUR LEAD", "Südwind", "350 EUR LEAD",
                "Ostwind", "1250050 EUR LEAD"));
    }

    /** A "$" is dollars, never the default currency's euros; a sign of several currencies with no dollar among them is asked about. */
    @Test
    void dollarAmountsAreDollarsWhateverTheDefaultCurrency() throws Exception {
        Path p = file("dollars.csv", """
                Name,Company,Deal value,Stage
                A One,Foo,"$2,000",Lead
                B Two,Bar,"1,500 €",Lead
                """);
        assertThat(run(p, ImportOptions.defaults()).imported()).isTrue();
        assertThat(deals()).containsExactlyInAnyOrderEntriesOf(Map.of("Foo", "200000 USD LEAD", "Bar", "150000 EUR LEAD"));

        Path crowns = file("kronor.csv", """
                Name,Company,Deal value
                C Three,Baz,kr 500
                """);
        ImportResult refused = run(crowns, ImportOptions.defaults());
        assertThat(refused.imported()).isFalse();
        assertThat(refused.problems()).singleElement().extracting(ImportRow.Problem::reason).asString()
                .contains("the sign of several currencies");

        Path mismatch = file("mismatch.csv", """
                Name,Company,Deal value,Currency
                D Four,Qux,$900,EUR
                """);
        assertThat(run(mismatch, ImportOptions.defaults()).problems()).singleElement().extracting(ImportRow.Problem::reason).asString()
                .isEqualTo("the amount \"$900\" is in $ but the currency column says EUR");
    }

    @Test
    void aDollarIsTheDefaultCurrencyWhereThatIsADollar() throws Exception {
        CsvImport canadian = new CsvImport(store, Locale.CANADA, () -> "CAD", new DuplicateFinder("CA"));
        Path p = file("cad.csv", """
                Name,Company,Deal value
                E Five,Maple,"$3,250.75"
                """);
        assertThat(canadian.run(p, ImportOptions.defaults(), (b, s, n) -> {}, () -> false).imported()).isTrue();
        assertThat(deals()).containsExactly(Map.entry("Maple", "325075 CAD LEAD"));
    }

    @Test
    void datesWhoseOrderTheFileDoesNotTellFollowTheUsersLocale() throws Exception {
        Path p = file("dates.csv", "Name,Deal,Close date\nAnna,Pilot,03/04/2026\nBernd,Rollout,05/06/2026\n");
        CsvImport.Preview us = csv.preview(p, ImportOptions.defaults(), 10);
        assertThat(us.formats().summary()).isEqualTo("dates MM/dd/yyyy (your locale's order)");
        assertThat(us.rows().getFirst().deal().expectedClose()).isEqualTo(LocalDate.of(2026, 3, 4));
        CsvImport.Preview uk = new CsvImport(store, Locale.UK, () -> "EUR", new DuplicateFinder("GB")).preview(p, ImportOptions.defaults(), 10);
        assertThat(uk.formats().summary()).isEqualTo("dates dd/MM/yyyy (your locale's order)");
        assertThat(uk.rows().getFirst().deal().expectedClose()).isEqualTo(LocalDate.of(2026, 4, 3));

        // Dollar amounts written 1,234.56: an American file, month first, on a day-first machine too (a US export's
        // "10/01/2026" was read as 10 January).
        Path dollars = file("dollars.csv", "Name,Deal,Close date,Amount\nAnna,Pilot,10/01/2026,\"$12,400.00\"\nBernd,Rollout,05/06/2026,$800.00\n");
        CsvImport.Preview inDollars = new CsvImport(store, Locale.UK, () -> "EUR", new DuplicateFinder("GB")).preview(dollars,
                ImportOptions.defaults(), 10);
        assertThat(inDollars.rows().getFirst().deal().expectedClose()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void undecidedDatesOfAFileWithADecimalCommaAreDayFirstWhateverTheLocale() throws Exception {
        Path p = file("affaires.csv", "Société;Contact;Affaire;Montant;Date de clôture\n"
                + "Boulangerie Martin;Julie Martin;Caisse;12 500,00 €;04/03/2026\nTransports Leroy;Marc Leroy;Flotte;8 750,50 €;10/04/2026\n");
        CsvImport.Preview us = csv.preview(p, ImportOptions.defaults(), 10);
        assertThat(us.formats().summary()).isEqualTo("amounts 1.234,56 in EUR · dates dd/MM/yyyy");
        assertThat(us.rows().getFirst().deal().expectedClose()).isEqualTo(LocalDate.of(2026, 3, 4));
        CsvImport.Preview asked = csv.preview(p, ImportOptions.defaults().withDayFirst(false), 10);
        assertThat(asked.rows().getFirst().deal().expectedClose()).as("--date-order mdy still decides").isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void theDayOrderIsToldFromRowsBeyondThePreview() throws Exception {
        StringBuilder text = new StringBuilder("Name,Deal,Close date\n");
        for (int i = 1; i <= 50; i++) {
            text.append("P").append(i).append(",D").append(i).append(",").append(String.format(Locale.ROOT, "%02d/%02d/2026", i % 12 + 1, i % 12 + 1))
                    .append('\n');
        }
        text.append("Last,Late,28/02/2026\n");
        CsvImport.Preview p = csv.preview(file("late.csv", text.toString()), ImportOptions.defaults(), 5);
        assertThat(p.formats().summary()).isEqualTo("dates dd/MM/yyyy");
    }
}
