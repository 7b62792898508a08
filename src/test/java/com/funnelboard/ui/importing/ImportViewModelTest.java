package com.funnelboard.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.service.CsvExport;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's model: the order of a file's dates, as the values tell or as the user says, in the preview and the import. */
class ImportViewModelTest {

    @TempDir
    Path dir;

    Store store;
    ImportViewModel model;
    Path csv;

    @BeforeEach
    void setUp() throws Exception {
        store = Fixtures.store(dir);
        model = new ImportViewModel(new CsvImport(store, Locale.US, "EUR", new DuplicateFinder("US")), new CsvExport(store),
                new UiExecutors(Runnable::run, Runnable::run));
        csv = dir.resolve("deals.csv");
        Files.writeString(csv, "Deal Name,Amount,Stage,Close Date\nPilot,1200,Won,03/04/2026\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void datesTheValuesCannotTellFollowTheLocaleUntilTheUserSaysDayFirst() throws Exception {
        CsvImport.Preview told = model.preview(csv, Map.of(), Map.of()).get();
        assertThat(told.formats().summary()).isEqualTo("dates MM/dd/yyyy (your locale's order)");
        assertThat(told.rows().getFirst().deal().closedOn()).isEqualTo(LocalDate.of(2026, 3, 4));

        model.setDayFirst(true);
        CsvImport.Preview said = model.preview(csv, Map.of(), Map.of()).get();
        assertThat(said.formats().summary()).isEqualTo("dates dd/MM/yyyy");
        assertThat(said.rows().getFirst().deal().closedOn()).isEqualTo(LocalDate.of(2026, 4, 3));

        ImportViewModel.ImportTask task = model.start(csv, Map.of(), Map.of(), ImportOptions.OnDuplicate.UPDATE, false);
        task.stop();
        assertThat(task.options().dayFirst()).as("the import reads them as the preview did").isTrue();
    }

    @Test
    void bareAmountsAreInTheDatabasesCurrencyUntilTheUserPicksTheFilesOwn() throws Exception {
        CsvImport.Preview before = model.preview(csv, Map.of(), Map.of()).get();
        assertThat(before.currency()).isEqualTo("EUR");
        assertThat(before.rows().getFirst().deal().value()).isEqualTo(new com.funnelboard.domain.Money(120_000, "EUR"));

        model.setCurrency("SEK");
        CsvImport.Preview after = model.preview(csv, Map.of(), Map.of()).get();
        assertThat(after.currency()).isEqualTo("SEK");
        assertThat(after.rows().getFirst().deal().value()).isEqualTo(new com.funnelboard.domain.Money(120_000, "SEK"));

        ImportViewModel.ImportTask task = model.start(csv, Map.of(), Map.of(), ImportOptions.OnDuplicate.UPDATE, false);
        task.stop();
        assertThat(task.options().currency()).as("the import reads them as the preview did").isEqualTo("SEK");
    }

    /**
     * Before Import, the wizard says what it would do with the choices made: which contacts,
     * organizations and deals are new and which already stored, counted by a dry run that writes nothing.
     */
    @Test
    void aDryRunCountsTheNewAndTheAlreadyStoredAndWritesNothing() throws Exception {
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "Name,Email,Company,Deal Name,Amount\nAnn Lee,ann@x.example,Acme,Pilot,1200\n"
                + "Bob Ray,bob@x.example,Acme,Rollout,5000\nCy Poe,cy@x.example,Zeta,,\n");
        new CsvImport(store, Locale.US, "EUR", new DuplicateFinder("US")).run(people, // Ann, Bob, Cy, Acme, Zeta and two deals stored
                ImportViewModel.options(Map.of(), Map.of(), ImportOptions.OnDuplicate.UPDATE, false, null), (bytes, size, rows) -> { }, () -> false);
        Files.writeString(people, "Name,Email,Company,Deal Name,Amount\nAnn Lee,ann@x.example,Acme,Pilot,1200\n"
                + "Dee Fox,dee@x.example,Acme,,\nEd Kim,ed@x.example,Nova,Renewal,800\n");
        long contacts = store.read(r -> r.contactProfiles().list(null, 100).size());

        ImportViewModel.DryRun run = model.count(people, Map.of(), Map.of(), ImportOptions.OnDuplicate.UPDATE, false, null, null);
        com.funnelboard.service.importing.ImportResult r = run.result().get();
        assertThat(ImportSentences.inTheFile(r, "row")).isEqualTo(
                "In the file: 3 rows \u2014 2 new contacts, 1 already stored (left as they are), 1 new organization, "
                        + "1 already stored (left as they are), 1 new deal, 1 already stored (left as they are).");
        long after = store.read(r2 -> r2.contactProfiles().list(null, 100).size());
        assertThat(after).as("nothing written").isEqualTo(contacts);

        // A large file is not counted first: the dry run would keep the database's writing busy as long as the import.
        Path large = dir.resolve("large.csv");
        try (var out = Files.newBufferedWriter(large)) {
            out.write("Name,Email\n");
            for (int i = 0; out != null && Files.size(large) <= ImportViewModel.COUNT_LIMIT; i++) {
                for (int j = 0; j < 10_000; j++) {
                    out.write("Person " + i + "-" + j + ",p" + i + "-" + j + "@x.example\n");
                }
                out.flush();
            }
        }
        assertThat(model.count(large, Map.of(), Map.of(), ImportOptions.OnDuplicate.UPDATE, false, null, null)).isNull();

        ImportViewModel.DryRun stopped = model.count(people, Map.of(), Map.of(), ImportOptions.OnDuplicate.SKIP, false, null, null);
        stopped.stop().run();
        com.funnelboard.service.importing.ImportResult skipping = stopped.result().handle((x, e) -> x).get();
        if (skipping != null) { // (it may end before the stop is read: three rows are one chunk)
            assertThat(skipping.contacts().created()).isEqualTo(2);
        }
    }

    /** A row of too many values refuses the preview until "Import anyway" is ticked; then it shows as the row that fails. */
    @Test
    void aFileRefusedAtARowIsPreviewedWithThatRowFailingOnceImportAnywayIsTicked() throws Exception {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "Name,Email,Company\nAnn Lee,ann@x.example,Acme\nBob Ray,bob@x.example,Zeta,Inc,extra\nCy Poe,cy@x.example\n");
        assertThat(model.preview(ragged, Map.of(), Map.of(), null, false)).failsWithin(java.time.Duration.ofSeconds(5))
                .withThrowableThat().withMessageContaining("row 3: 5 values where the header has 3");
        CsvImport.Preview p = model.preview(ragged, Map.of(), Map.of(), null, true).get();
        assertThat(p.rows()).hasSize(3);
        assertThat(p.rows().get(1).problems()).singleElement().satisfies(x -> assertThat(x.reason()).startsWith("5 values where the header has 3"));
        assertThat(p.values().get(1)).as("shown in the preview's three columns").containsExactly("Bob Ray", "bob@x.example", "Zeta");
        assertThat(p.rows().get(2).problems()).as("a row ending early is a row").isEmpty();
        assertThat(p.rows().get(2).contact().emails()).containsExactly("cy@x.example");
    }

    @Test
    void aDryRunStoppedBeforeItEndsSaysNothingAndLeavesNoCount() throws Exception {
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ").append(i).append("\r\nEMAIL:p").append(i).append("@example.com\r\nEND:VCARD\r\n");
        }
        Path vcf = dir.resolve("phone.vcf");
        Files.writeString(vcf, cards, StandardCharsets.UTF_8);
        java.util.List<Runnable> waiting = new java.util.ArrayList<>();
        ImportViewModel vcards = new ImportViewModel(new CsvImport(store, Locale.US, "EUR", new DuplicateFinder("US")), new CsvExport(store),
                new UiExecutors(waiting::add, Runnable::run), new com.funnelboard.service.importing.VcardImport(store, new DuplicateFinder("US")));

        ImportViewModel.DryRun read = vcards.previewVcard(vcf, ImportOptions.OnDuplicate.UPDATE);
        ImportViewModel.DryRun stopped = vcards.previewVcard(vcf, ImportOptions.OnDuplicate.UPDATE);
        stopped.stop().run();
        waiting.forEach(Runnable::run);

        assertThat(read.result().get().rows()).as("a preview left alone reads every card").isEqualTo(1_000);
        assertThat(stopped.result()).isCompletedExceptionally();
        Throwable why = org.assertj.core.api.Assertions.catchThrowable(() -> stopped.result().join());
        assertThat(ImportViewModel.DryRun.stopped(why)).as("stopped at its first hundred cards, not read to the end").isTrue();
        assertThat(ImportViewModel.DryRun.stopped(new IllegalStateException("unreadable"))).isFalse();
    }

    /**
     * What the import will leave out is in the preview's problems before it runs: a CRM's deal descriptions on deals with no
     * contact (the preview said "None." and only the result said the notes were not imported), a value a row is imported
     * without.
     */
    @Test
    void thePreviewSaysWhatTheImportLeavesOut() throws Exception {
        Path deals = dir.resolve("opportunities.csv");
        Files.writeString(deals, "Name,Description,Amount,StageName,CloseDate,CreatedDate,Tags\n"
                + "Acme widgets,\"The deal is at 50% because they are evaluating our ROI\",110000,Closed Won,2026-02-10,2026-03-01,fair\n"
                + "Other widgets,,5000,Closed Won,2026-02-10,2026-01-01,\n", StandardCharsets.UTF_8);
        CsvImport.Preview p = model.preview(deals, Map.of(), Map.of()).get();
        assertThat(ImportSentences.previewProblems(p.rows())).containsExactly(
                "Row 2, CreatedDate: \"2026-03-01\" is after the deal closed (2026-02-10), so it counts as made the day it closed"
                        + " \u2014 left out, the row is imported without it",
                "Row 2: its notes or tags are left out \u2014 it names no contact to keep them on (an organization keeps neither, a deal no tags)");
        assertThat(p.rows().getFirst().deal().notes()).as("the description is the deal's notes")
                .isEqualTo("The deal is at 50% because they are evaluating our ROI");
        Files.writeString(deals, "Deal Name,Amount\nPilot,1200\n", StandardCharsets.UTF_8);
        assertThat(ImportSentences.previewProblems(model.preview(deals, Map.of(), Map.of()).get().rows())).isEmpty();
    }
}
