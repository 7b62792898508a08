package com.funnelboard.ui.importing;

import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.service.importing.ImportResult;
import java.util.Locale;
import javafx.util.StringConverter;

/** What the import windows say: the duplicate policies by name, and what came of an import. */
final class ImportSentences {

    private ImportSentences() {}

    /**
     * The preview's list of what is wrong with its rows and of what the import leaves out of them, a line each: a value
     * that fails its row, one the row is imported without, notes and tags no contact keeps. What is left out was said
     * only after the import ("The notes or tags of 6 rows were not imported"), the preview saying "None." — a CRM's
     * deal descriptions were gone by then.
     */
    static java.util.List<String> previewProblems(java.util.List<ImportRow> rows) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (ImportRow row : rows) {
            for (ImportRow.Problem problem : row.problems()) {
                // A detail the row can do without: ticking "Import anyway" imports the row without it.
                lines.add(problem.where("Row") + ": " + problem.reason() + (problem.leftOut()
                        ? " \u2014 with \u201CImport anyway\u201D ticked, the row is imported without it" : ""));
            }
            for (ImportRow.Problem notice : row.notices()) {
                lines.add(notice.where("Row") + ": " + notice.reason() + (notice.wholeRow() ? "" : " \u2014 left out, the row is imported without it"));
            }
            if (row.notesLeftOut()) {
                lines.add("Row " + row.row() + ": its notes or tags are left out \u2014 it names no contact to keep them on (an organization "
                        + "keeps neither, a deal no tags)");
            }
        }
        return lines;
    }

    /** How the duplicate policies read in a choice box. */
    static StringConverter<ImportOptions.OnDuplicate> policyNames() {
        return new StringConverter<>() {
            @Override
            public String toString(ImportOptions.OnDuplicate p) {
                return p == null ? "" : switch (p) {
                    case SKIP -> "Skip contacts, organizations and deals already stored";
                    case UPDATE -> "Update them with what the file adds";
                    case REPLACE -> "Update them, the file's values replacing theirs";
                    case CREATE -> "Create them anyway";
                };
            }

            @Override
            public ImportOptions.OnDuplicate fromString(String s) {
                return null;
            }
        };
    }

    /** @param skippingInvalid whether the box to import the other rows was ticked (then no row could be read at all) */
    static String describe(ImportResult r, boolean skippingInvalid) {
        String counts = String.format(Locale.ROOT, "contacts %,d created, %,d updated, %,d skipped · organizations %,d created, %,d updated · "
                + "deals %,d created, %,d updated, %,d skipped", r.contacts().created(), r.contacts().updated(), r.contacts().skipped(),
                r.organizations().created(), r.organizations().updated(), r.deals().created(), r.deals().updated(), r.deals().skipped());
        if (!r.imported() && r.failedRows() > 0) {
            ImportRow.Problem p = r.firstFailure();
            return String.format(Locale.ROOT, "Nothing was imported: %,d %s, the first in %s: %s. %s", r.problemCount(),
                    r.problemCount() == 1 ? "problem" : "problems",
                    p.where("row"), p.reason(), skippingInvalid ? "No row could be read: fix the file or map its columns."
                            : "Fix the file, or tick \u201CImport anyway\u201D to import the other rows.");
        }
        // "Imported 4 rows" above "3 rows failed" read as a contradiction: the rows that failed are not among those imported.
        String imported = r.failedRows() > 0 ? String.format(Locale.ROOT, "%,d of %s", Math.max(0, r.rows() - r.failedRows()), rows(r.rows()))
                : rows(r.rows());
        return String.format(Locale.ROOT, "Imported %s:\n%s%s.%s\nEdit → Undo takes the whole import back.", imported, counts,
                (r.failedRows() > 0 ? " · " + rows(r.failedRows()) + " failed" : "") + leftOut(r),
                (r.subtotals() > 0 ? String.format(Locale.ROOT, "\n%s of only an amount (a report's subtotals) %s not imported.",
                        rows(r.subtotals()), r.subtotals() == 1 ? "was" : "were") : "") + (r.notesLeftOut() > 0 ? String.format(Locale.ROOT,
                        "\nThe notes or tags of %s were not imported: %s no contact to keep them on.", rows(r.notesLeftOut()),
                        r.notesLeftOut() == 1 ? "it names" : "they name") : "") + r.closedUndatedSentence().map(c -> "\n" + c).orElse("")
                        + r.respelledSentence().map(c -> "\n" + c).orElse("") + r.readingNotes().stream().map(c -> "\n" + c).collect(java.util.stream.Collectors.joining())
                        + (r.dealsWithoutContact() > 0 ? String.format(Locale.ROOT, "\n%,d %s no contact (More filters \u2192 Only deals with no contact "
                                + "shows %s).", r.dealsWithoutContact(), r.dealsWithoutContact() == 1 ? "deal has" : "deals have",
                                r.dealsWithoutContact() == 1 ? "it" : "them") : ""));
    }

    /** "1 row", "1,204 rows". */
    static String rows(long n) {
        return String.format(Locale.ROOT, n == 1 ? "%,d row" : "%,d rows", n);
    }

    /**
     * " · 3 values left out (their rows were imported)", " · 1 row not imported: it names nobody, or was deleted where it came
     * from", or nothing. A row that named
     * nobody was counted as a value left out of a row imported, which the problem report contradicted.
     */
    static String leftOut(ImportResult r) {
        long rows = r.problems().stream().filter(ImportRow.Problem::wholeRow).count();
        long n = r.problems().stream().filter(p -> p.leftOut() && !p.wholeRow()).count();
        return (n == 0 ? "" : String.format(Locale.ROOT, " · %,d %s left out (%s imported)", n, n == 1 ? "value" : "values",
                n == 1 ? "its row was" : "their rows were"))
                + (rows == 0 ? "" : " \u00B7 " + rows(rows) + (rows == 1 ? " not imported: it names nobody, or was deleted where it came from"
                        : " not imported: they name nobody, or were deleted where they came from"));
    }


    /**
     * What a dry run found, said before the import: "In the file: 12 cards — 9 new contacts, 3 already
     * stored (updated), 0 new organizations · 1 damaged card", and for a CSV file its deals too
     * ("… 1 new organization, 40 new deals, 2 already stored (left as they are) · 3 rows fail").
     */
    static String inTheFile(ImportResult r, String rowWord) {
        boolean cards = rowWord.equals("card");
        String deals = r.deals().created() + r.deals().updated() + r.deals().skipped() == 0 ? ""
                : ", " + count(r.deals().created(), "new deal") + stored(r.deals());
        String failed = r.failedRows() == 0 ? "" : " \u00B7 " + (cards ? count(r.failedRows(), "damaged card")
                : rows(r.failedRows()) + (r.failedRows() == 1 ? " fails" : " fail"));
        return String.format(Locale.ROOT, "In the file: %s \u2014 %s%s, %s%s%s%s.", count(r.rows(), rowWord), count(r.contacts().created(), "new contact"),
                stored(r.contacts()), count(r.organizations().created(), "new organization"), cards ? "" : stored(r.organizations()), deals, failed);
    }

    /** "9 new contacts", "1 new contact". */
    private static String count(long n, String what) {
        return String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    /** ", 3 already stored (updated)", or nothing when none was. */
    private static String stored(ImportResult.Counts c) {
        long stored = c.updated() + c.skipped();
        if (stored == 0) {
            return "";
        }
        String what = c.skipped() == 0 ? "updated" : c.updated() == 0 ? "left as they are" : "updated or left";
        return String.format(Locale.ROOT, ", %,d already stored (%s)", stored, what);
    }
}
