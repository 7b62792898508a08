package com.funnelboard.cli;

import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.service.importing.ImportResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import of a CSV or vCard file did, as {@code funnelboard import} tells it: the rows or
 * cards read, the contacts, organizations and deals created, updated and skipped, which column went
 * to which field and how its values were read, the stages matched, and the problems; as text, and
 * as the JSON document.
 */
final class ImportReport {

    private ImportReport() {}

    /** A problem as a line of the text: "row 3, Email: not an e-mail address: …". */
    static String problemLine(ImportRow.Problem p) {
        return p.where("row") + ": " + p.reason();
    }

    /** What the file is made of: a vCard file's cards, a CSV file's rows. */
    private static String unit(ImportResult r) {
        boolean cards = r.format() != null && r.format().startsWith("vCard");
        return cards ? (r.rows() == 1 ? "card" : "cards") : r.rows() == 1 ? "row" : "rows";
    }

    /** What the import did, for a person at a terminal: the counts, the columns, the problems. */
    static void text(Session s, ImportResult r) {
        Console c = s.console();
        // An import that changed nothing (every row read was already stored) says so: "Imported" read as if it had.
        c.line((r.dryRun() ? "Dry run of " : r.imported() ? "Imported " : "Nothing new imported from ") + r.file() + " (" + r.format() + (r.layout() == com.funnelboard.domain.importing
                .HeaderMatcher.Layout.GENERIC ? "" : ", " + r.layout().phrase()) + String.format(Locale.ROOT, "): %s%,d %s in %.1f s.",
                // "2 of 3 rows" when rows failed (imported without them), as the window says it.
                r.failedRows() > 0 && !r.dryRun() ? String.format(Locale.ROOT, "%,d of ", r.rows() - r.failedRows()) : "", r.rows(), unit(r),
                r.millis() / 1000.0));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "CREATED", "UPDATED", "SKIPPED"});
        rows.add(counts("contacts", r.contacts()));
        rows.add(counts("organizations", r.organizations()));
        rows.add(counts("deals", r.deals()));
        c.table(rows);
        // A dry run says which column goes where, so that a column taken for the wrong field is seen before anything is written;
        // so does an import of a file without a header row, whose columns were matched by their values.
        boolean byValues = r.format() != null && r.format().contains("no header row");
        List<String> matched = new ArrayList<>();
        for (int i = 0; (r.dryRun() || byValues) && i < r.mapping().size() && i < r.headers().size(); i++) {
            if (r.mapping().get(i) != com.funnelboard.domain.importing.ImportField.IGNORE) {
                matched.add(r.headers().get(i).strip() + " → " + r.mapping().get(i).key());
            }
        }
        if (!matched.isEmpty()) {
            c.line((byValues ? "Columns (no header row: matched by their values): " : "Columns: ") + String.join(", ", matched) + ".");
        }
        // Columns nothing was matched to: said out loud, so a stage or amount column of a layout not known yet is noticed;
        // a second column of a field that takes one value (a repeated "Amount") is said as such.
        List<String> ignored = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        List<Integer> parts = r.mapping().size() == r.headers().size()
                ? com.funnelboard.domain.importing.HeaderMatcher.addressPartsBesideWhole(r.headers(), r.mapping()) : List.of();
        if (!parts.isEmpty()) {
            c.line("Read where the whole address is empty: " + String.join(", ", parts.stream().map(i -> r.headers().get(i).strip()).toList()) + ".");
        }
        for (int i = 0; i < r.mapping().size() && i < r.headers().size(); i++) {
            String h = r.headers().get(i);
            if (r.mapping().get(i) == com.funnelboard.domain.importing.ImportField.IGNORE && h != null && !h.isBlank() && !parts.contains(i)
                    && !com.funnelboard.domain.importing.ClosedWonFlags.isFlag(h)
                    && !com.funnelboard.domain.importing.GroupLabels.readWithItsGroup(r.headers(), r.mapping(), i)) {
                com.funnelboard.domain.importing.ImportField named = com.funnelboard.domain.importing.HeaderMatcher.field(h);
                (named != com.funnelboard.domain.importing.ImportField.IGNORE && r.mapping().contains(named) ? repeated : ignored).add(h.strip());
            }
        }
        if (!ignored.isEmpty()) {
            c.line("Not imported (no field matched; --map \"HEADER=FIELD\" imports one): " + String.join(", ", ignored.stream().limit(30).toList())
                    + (ignored.size() > 30 ? String.format(Locale.ROOT, " and %,d more", ignored.size() - 30) : "") + ".");
        }
        if (!repeated.isEmpty()) {
            c.line("Not imported (an earlier column gives the same field, which takes one value): " + String.join(", ", repeated.stream().limit(30).toList())
                    + (repeated.size() > 30 ? String.format(Locale.ROOT, " and %,d more", repeated.size() - 30) : "") + ".");
        }
        List<String> told = r.formats().describe(r.headers());
        if (!told.isEmpty()) {
            c.line("Read as: " + String.join("; ", told) + ".");
        }
        if (r.dealsWithoutContact() > 0) {
            c.line(String.format(Locale.ROOT, r.dealsWithoutContact() == 1 ? "%,d deal has no contact (deals list --no-contact shows it)." : "%,d deals have no contact (deals list --no-contact shows them).", r.dealsWithoutContact()));
        }
        r.closedUndatedSentence().ifPresent(c::line);
        r.respelledSentence().ifPresent(c::line);
        r.readingNotes().forEach(c::line);
        if (r.subtotals() > 0) {
            c.line(String.format(Locale.ROOT, "%,d %s only an amount beside an owner, as a report's subtotals do: no deal of %s own, not imported.",
                    r.subtotals(), r.subtotals() == 1 ? "row holds" : "rows hold", r.subtotals() == 1 ? "its" : "their"));
        }
        if (r.notesLeftOut() > 0) {
            c.line(String.format(Locale.ROOT, "The notes or tags of %,d %s not imported: %s no contact to keep them on (an organization keeps "
                    + "neither, a deal no tags).", r.notesLeftOut(), r.notesLeftOut() == 1 ? "row were" : "rows were", r.notesLeftOut() == 1 ? "it names" : "they name"));
        }
        if (!r.stages().isEmpty()) {
            c.line("Stages:");
            r.stages().forEach((from, sc) -> c.line("  " + Console.pad(from, 24) + " -> " + String.format(Locale.ROOT, "%-12s %,d",
                    sc.stage() == null ? "(unknown)" : sc.stage().key(), sc.count())));
        }
        if (r.failedRows() > 0 || !r.problems().isEmpty()) {
            // A vCard's odd address or number is left out of its contact, which is imported: no row failed.
            long leftOut = r.problems().stream().filter(ImportRow.Problem::leftOut).count();
            // A vCard file's rows are its cards, and said so ("1 card failed"; it said "1 row failed").
            String row = r.format() != null && r.format().startsWith("vCard") ? "card" : "row";
            String failed = String.format(Locale.ROOT, "%,d %s failed", r.failedRows(), r.failedRows() == 1 ? row : row + "s");
            c.line(r.failedRows() == 0 ? "Left out:" : leftOut == 0 ? failed + ":"
                    : failed + String.format(Locale.ROOT, ", and %,d %s left out of %ss imported without %s:", leftOut,
                            leftOut == 1 ? "value was" : "values were", row, leftOut == 1 ? "it" : "them"));
            shown(r.problems().stream().map(p -> r.format().equals("vCard") ? p.where("Card") + ": " + p.reason() : problemLine(p)).toList(),
                    r.problemCount()).forEach(line -> c.line("  " + line));
        }
        if (r.imported()) {
            c.line("`funnelboard undo` takes the whole import back.");
        }
    }

    /** How many of an import's problems its text lists; --errors and --json give them all. */
    static final int SHOWN_PROBLEMS = 20;

    /**
     * The first {@link #SHOWN_PROBLEMS} of an import's problem lines, and how many more there are of {@code total} (the list
     * stopped at 20 of 79 without a word, also under a refusal).
     */
    static List<String> shown(List<String> lines, long total) {
        List<String> out = new java.util.ArrayList<>(lines.subList(0, Math.min(SHOWN_PROBLEMS, lines.size())));
        long more = Math.max(total, lines.size()) - out.size();
        if (more > 0) {
            out.add(String.format(Locale.ROOT, "… and %,d more (--errors FILE writes every one, with its row and column).", more));
        }
        return out;
    }

    private static String[] counts(String what, ImportResult.Counts n) {
        return new String[] {what, Long.toString(n.created()), Long.toString(n.updated()), Long.toString(n.skipped())};
    }

    /** What the import did, as the JSON document ({@code --json}) and a refusal's details give it. */
    /**
     * The currency amounts that name none were read in, when the file has such amounts: an amount
     * column with no currency in its values or header, and no currency column. Null otherwise.
     */
    static String bareAmountsCurrency(ImportResult r, String currency) {
        if (r.mapping().contains(com.funnelboard.domain.importing.ImportField.DEAL_CURRENCY)) {
            return null;
        }
        for (int i = 0; i < r.mapping().size(); i++) {
            var f = r.mapping().get(i);
            if ((f == com.funnelboard.domain.importing.ImportField.DEAL_VALUE || f == com.funnelboard.domain.importing.ImportField.DEAL_FINAL_VALUE)
                    && !r.formats().currencies().containsKey(i)) {
                return currency;
            }
        }
        return null;
    }

    /** "Amounts that name no currency were read as EUR (…)", said under the summary. */
    static String bareAmountsLine(String currency) {
        return "Amounts that name no currency were read as " + currency + " (--currency CODE reads them as another; undo, then import again).";
    }

    static Map<String, Object> document(ImportResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", r.file());
        doc.put("format", r.format());
        doc.put("layout", r.layout().name().toLowerCase(Locale.ROOT));
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < r.headers().size(); i++) {
            mapping.put(r.headers().get(i), r.mapping().get(i).key());
        }
        doc.put("mapping", mapping);
        Map<String, Object> formats = new LinkedHashMap<>();
        r.formats().amounts().forEach((i, st) -> formats.put(r.headers().get(i), Map.of("amounts", st.style().example(), "decimal",
                String.valueOf(st.style().decimal()))));
        r.formats().dates().forEach((i, st) -> formats.put(r.headers().get(i), Map.of("dates", st.pattern(), "fromLocale", st.fromLocale())));
        doc.put("formats", formats);
        doc.put("dryRun", r.dryRun());
        doc.put("imported", r.imported());
        doc.put("rows", r.rows());
        doc.put("contacts", counts(r.contacts()));
        doc.put("organizations", counts(r.organizations()));
        doc.put("deals", counts(r.deals()));
        doc.put("dealsWithoutContact", r.dealsWithoutContact());
        doc.put("closedWithoutDate", r.closedUndated());
        doc.put("respelledCompanies", r.respelled()); // "ACME → Acme Inc.": companies that went to an organization spelled otherwise
        doc.put("respelledCount", r.respelledCount());
        doc.put("notesLeftOut", r.notesLeftOut());
        doc.put("failed", r.failedRows());
        doc.put("subtotals", r.subtotals());
        doc.put("readingNotes", r.readingNotes()); // a report's footer left out, rows of fewer values filled out
        Map<String, Object> stages = new LinkedHashMap<>();
        r.stages().forEach((k, v) -> stages.put(k, Map.of("stage", v.stage() == null ? "" : v.stage().key(), "count", v.count())));
        doc.put("stages", stages);
        doc.put("problems", r.problems().stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("row", p.row());
            one.put("column", p.column());
            one.put("reason", p.reason());
            one.put("leftOut", p.leftOut()); // the value was left out and the rest of its row imported
            return one;
        }).toList());
        doc.put("problemCount", r.problemCount());
        doc.put("changeSet", r.changeSet() == null ? null : r.changeSet().toString());
        doc.put("millis", r.millis());
        return doc;
    }

    private static Map<String, Long> counts(ImportResult.Counts c) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("created", c.created());
        m.put("updated", c.updated());
        m.put("skipped", c.skipped());
        return m;
    }
}
