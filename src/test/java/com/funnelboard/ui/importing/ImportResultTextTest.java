package com.funnelboard.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.service.importing.ImportResult;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the import dialog says after an import: the rows that failed are not counted among those imported. */
class ImportResultTextTest {

    private static ImportResult result(long rows, long failed) {
        List<ImportRow.Problem> problems = java.util.stream.LongStream.range(0, failed)
                .mapToObj(i -> new ImportRow.Problem(2 + i, "Amount", "not an amount")).toList();
        return new ImportResult("leads.csv", "UTF-8", null, List.of("Name", "Amount"), List.of(), rows, new ImportResult.Counts(rows - failed, 0, 0),
                new ImportResult.Counts(0, 0, 0), new ImportResult.Counts(0, 0, 0), 0, failed, problems, failed, Map.of(), true, false,
                UUID.randomUUID(), 10);
    }

    @Test
    void wonAndLostDealsWithoutACloseDateAreSaidOnce() {
        ImportResult r = new ImportResult("crm.csv", "UTF-8", null, List.of("Deal", "Stage"), List.of(), 3, new ImportResult.Counts(0, 0, 0),
                new ImportResult.Counts(0, 0, 0), new ImportResult.Counts(3, 0, 0), 0, 0, List.of(), 0, Map.of(), true, false, UUID.randomUUID(), 10,
                com.funnelboard.domain.importing.ColumnFormats.NONE, 0, 0, 2);
        assertThat(ImportSentences.describe(r, false)).contains("\n2 won or lost deals give no close date: they count as closed on the day the file "
                + "says they were created, or today where it says neither, and the reports count them there.");
        assertThat(ImportSentences.describe(result(3, 0), false)).doesNotContain("close date");
    }

    @Test
    void rowsThatFailedAreNotSaidImported() {
        assertThat(ImportSentences.describe(result(4, 3), true)).startsWith("Imported 1 of 4 rows:").contains("3 rows failed");
        assertThat(ImportSentences.describe(result(1_200, 0), false)).startsWith("Imported 1,200 rows:").doesNotContain("failed");
        assertThat(ImportSentences.describe(result(3, 1), true)).as("one row is a row").startsWith("Imported 2 of 3 rows:").contains("1 row failed")
                .doesNotContain("1 rows");
        assertThat(ImportSentences.describe(result(1, 0), true)).startsWith("Imported 1 row:");
    }

    @Test
    void aRefusedImportSaysItsOneProblemAsOneAndNamesTheBoxByItsLabel() {
        ImportResult one = result(3, 1);
        ImportResult refused = new ImportResult(one.file(), one.format(), null, one.headers(), List.of(), 3, new ImportResult.Counts(0, 0, 0),
                one.organizations(), one.deals(), 0, 1, one.problems(), 1, Map.of(), false, false, null, 10);
        assertThat(ImportSentences.describe(refused, false)).startsWith("Nothing was imported: 1 problem, the first in row 2, Amount: not an amount.")
                .endsWith("tick \u201CImport anyway\u201D to import the other rows.");
    }

    /** One row's notes left out, or one subtotal, is said of one row ("The notes or tags of 1 rows were not imported"). */
    @Test
    void oneRowLeftOutIsOneRow() {
        ImportResult r = new ImportResult("zoho.csv", "UTF-8", null, List.of("Deal", "Description"), List.of(), 2, new ImportResult.Counts(0, 0, 0),
                new ImportResult.Counts(0, 0, 0), new ImportResult.Counts(2, 0, 0), 0, 0, List.of(), 0, Map.of(), true, false, UUID.randomUUID(), 10,
                com.funnelboard.domain.importing.ColumnFormats.NONE, 1, 1);
        assertThat(ImportSentences.describe(r, false)).contains("\nThe notes or tags of 1 row were not imported: it names no contact to keep them on.")
                .contains("\n1 row of only an amount (a report's subtotals) was not imported.").doesNotContain("1 rows");
    }

    /** A row that named nobody is said as a row not imported, not as a value left out of a row imported (its report said otherwise). */
    @Test
    void aRowThatNamedNobodyIsNotAValueLeftOut() {
        List<ImportRow.Problem> notices = List.of(new ImportRow.Problem(8, null, ImportRow.Problem.NOTHING_MADE + " (URL \"https://x\")", true),
                new ImportRow.Problem(3, "Email", "not an e-mail address: \"x\"", true));
        ImportResult r = new ImportResult("Connections.csv", "UTF-8", null, List.of("First Name", "URL"), List.of(), 9, new ImportResult.Counts(8, 0, 0),
                new ImportResult.Counts(0, 0, 0), new ImportResult.Counts(0, 0, 0), 0, 0, notices, 2, Map.of(), true, false, UUID.randomUUID(), 10);
        assertThat(ImportSentences.describe(r, false)).contains(" · 1 value left out (its row was imported) · 1 row not imported: it names nobody, "
                + "or was deleted where it came from");
    }
}
