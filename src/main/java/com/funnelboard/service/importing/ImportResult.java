package com.funnelboard.service.importing;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ColumnFormats;
import com.funnelboard.domain.importing.HeaderMatcher;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.domain.importing.ImportRow;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import did (or, for a dry run or a refused file, would have done): rows read, what was
 * created, updated and skipped of each kind, the rows that failed with their problems, and the
 * stage names as the file wrote them with how many deals each, mapped to ours.
 *
 * @param imported false for a dry run and for an import refused because rows did not parse (nothing was written)
 * @param problems the first {@link #MAX_PROBLEMS} problems, in file order
 * @param problemCount all problems
 * @param readingNotes sentences on how the file was read that no row's problem says (a report's footer left out, a few short rows filled out)
 * @param changeSet the import's change set (undo takes it back whole); null when nothing was written
 * @param formats how the file's amount and date columns write their values, as told from its first rows
 * @param subtotals rows of a report's subtotals (an amount beside at most an owner), which are no records and were not imported
 * @param respelled the first companies the file spells otherwise than the organization they went to, "ACME → Acme Inc."
 * @param respelledCount how many such spellings in all
 */
public record ImportResult(
        String file,
        String format,
        HeaderMatcher.Layout layout,
        List<String> headers,
        List<ImportField> mapping,
        long rows,
        Counts contacts,
        Counts organizations,
        Counts deals,
        long dealsWithoutContact,
        long failedRows,
        List<ImportRow.Problem> problems,
        long problemCount,
        Map<String, StageCount> stages,
        boolean imported,
        boolean dryRun,
        UUID changeSet,
        long millis,
        ColumnFormats formats,
        long notesLeftOut,
        long subtotals,
        long closedUndated,
        List<String> respelled,
        long respelledCount,
        List<String> readingNotes) {

    /** A result with nothing said of how the file was read (see {@code readingNotes}). */
    public ImportResult(String file, String format, HeaderMatcher.Layout layout, List<String> headers, List<ImportField> mapping, long rows,
            Counts contacts, Counts organizations, Counts deals, long dealsWithoutContact, long failedRows, List<ImportRow.Problem> problems,
            long problemCount, Map<String, StageCount> stages, boolean imported, boolean dryRun, UUID changeSet, long millis,
            ColumnFormats formats, long notesLeftOut, long subtotals, long closedUndated, List<String> respelled, long respelledCount) {
        this(file, format, layout, headers, mapping, rows, contacts, organizations, deals, dealsWithoutContact, failedRows, problems,
                problemCount, stages, imported, dryRun, changeSet, millis, formats, notesLeftOut, subtotals, closedUndated, respelled,
                respelledCount, List.of());
    }

    /** This result, its file named {@code file} (a copy of standard input named as such). */
    public ImportResult namingFile(String file) {
        return new ImportResult(file, format, layout, headers, mapping, rows, contacts, organizations, deals, dealsWithoutContact, failedRows,
                problems, problemCount, stages, imported, dryRun, changeSet, millis, formats, notesLeftOut, subtotals, closedUndated, respelled,
                respelledCount, readingNotes);
    }

    /** A result in which every company was spelled as the organization it went to (see {@code respelled}). */
    public ImportResult(String file, String format, HeaderMatcher.Layout layout, List<String> headers, List<ImportField> mapping, long rows,
            Counts contacts, Counts organizations, Counts deals, long dealsWithoutContact, long failedRows, List<ImportRow.Problem> problems,
            long problemCount, Map<String, StageCount> stages, boolean imported, boolean dryRun, UUID changeSet, long millis,
            ColumnFormats formats, long notesLeftOut, long subtotals, long closedUndated) {
        this(file, format, layout, headers, mapping, rows, contacts, organizations, deals, dealsWithoutContact, failedRows, problems,
                problemCount, stages, imported, dryRun, changeSet, millis, formats, notesLeftOut, subtotals, closedUndated, List.of(), 0);
    }

    /** A result in which every won or lost deal gave its close date. */
    public ImportResult(String file, String format, HeaderMatcher.Layout layout, List<String> headers, List<ImportField> mapping, long rows,
            Counts contacts, Counts organizations, Counts deals, long dealsWithoutContact, long failedRows, List<ImportRow.Problem> problems,
            long problemCount, Map<String, StageCount> stages, boolean imported, boolean dryRun, UUID changeSet, long millis,
            ColumnFormats formats, long notesLeftOut, long subtotals) {
        this(file, format, layout, headers, mapping, rows, contacts, organizations, deals, dealsWithoutContact, failedRows, problems,
                problemCount, stages, imported, dryRun, changeSet, millis, formats, notesLeftOut, subtotals, 0);
    }

    /** A result with no rows of a report's subtotals. */
    public ImportResult(String file, String format, HeaderMatcher.Layout layout, List<String> headers, List<ImportField> mapping, long rows,
            Counts contacts, Counts organizations, Counts deals, long dealsWithoutContact, long failedRows, List<ImportRow.Problem> problems,
            long problemCount, Map<String, StageCount> stages, boolean imported, boolean dryRun, UUID changeSet, long millis,
            ColumnFormats formats, long notesLeftOut) {
        this(file, format, layout, headers, mapping, rows, contacts, organizations, deals, dealsWithoutContact, failedRows, problems,
                problemCount, stages, imported, dryRun, changeSet, millis, formats, notesLeftOut, 0);
    }

    /** A result in which every row's notes had a contact to go to. */
    public ImportResult(String file, String format, HeaderMatcher.Layout layout, List<String> headers, List<ImportField> mapping, long rows,
            Counts contacts, Counts organizations, Counts deals, long dealsWithoutContact, long failedRows, List<ImportRow.Problem> problems,
            long problemCount, Map<String, StageCount> stages, boolean imported, boolean dryRun, UUID changeSet, long millis,
            ColumnFormats formats) {
        this(file, format, layout, headers, mapping, rows, contacts, organizations, deals, dealsWithoutContact, failedRows, problems,
                problemCount, stages, imported, dryRun, changeSet, millis, formats, 0);
    }

    /** A result of a file without amount or date columns told from its values (a vCard file). */
    public ImportResult(String file, String format, HeaderMatcher.Layout layout, List<String> headers, List<ImportField> mapping, long rows,
            Counts contacts, Counts organizations, Counts deals, long dealsWithoutContact, long failedRows, List<ImportRow.Problem> problems,
            long problemCount, Map<String, StageCount> stages, boolean imported, boolean dryRun, UUID changeSet, long millis) {
        this(file, format, layout, headers, mapping, rows, contacts, organizations, deals, dealsWithoutContact, failedRows, problems,
                problemCount, stages, imported, dryRun, changeSet, millis, ColumnFormats.NONE);
    }

    /** The first problem that failed its row (not a value left out of a row imported), or the first problem when there is none. */
    public ImportRow.Problem firstFailure() {
        return problems.stream().filter(p -> !p.leftOut()).findFirst().orElse(problems.getFirst());
    }

    public static final int MAX_PROBLEMS = 1_000;

    /**
     * What the import did with won and lost deals that gave no close date ("3 won or lost deals
     * give no close date: …"), or empty: they are not problems (exports of other programs often
     * leave the date out), but the reports count them on that day.
     */
    public java.util.Optional<String> closedUndatedSentence() {
        if (closedUndated == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, closedUndated == 1
                ? "%,d won or lost deal gives no close date: it counts as closed on the day the file says it was created, or today where it "
                        + "says neither, and the reports count it there."
                : "%,d won or lost deals give no close date: they count as closed on the day the file says they were created, or today "
                        + "where it says neither, and the reports count them there.", closedUndated));
    }

    /**
     * "Companies spelled otherwise went to the organization of that name: ACME → Acme Inc., acme inc → Acme Inc. (and 3 more
     * spellings)", empty when every company was written as the organization it went to. "ACME" went to "Acme Inc." without a
     * word (an organization's name is read by its words and its legal form, see OrganizationNames).
     */
    public java.util.Optional<String> respelledSentence() {
        if (respelledCount == 0) {
            return java.util.Optional.empty();
        }
        long more = respelledCount - respelled.size();
        return java.util.Optional.of("Companies spelled otherwise went to the organization of that name: " + String.join(", ", respelled)
                + (more == 0 ? "" : String.format(java.util.Locale.ROOT, " (and %,d more %s)", more, more == 1 ? "spelling" : "spellings")) + ".");
    }

    /** How many of one kind were created, updated and skipped. */
    public record Counts(long created, long updated, long skipped) {}

    /** A stage name of the file, our stage for it (null when unknown) and how many rows named it. */
    public record StageCount(Stage stage, long count) {}
}
