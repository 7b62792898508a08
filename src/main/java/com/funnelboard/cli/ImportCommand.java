package com.funnelboard.cli;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.service.importing.ImportRefusedException;
import com.funnelboard.service.importing.ImportResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard import ...}: contacts, organizations and deals from other programs' files. */
@Command(name = "import", addMethodSubcommands = false, description = "Import contacts, organizations and deals from a CSV file or contacts from vCards.")
final class ImportCommand {

    @ParentCommand
    RootCommand root;

    /** Whether two paths name one file (a link, "..", another spelling), or the same path when one does not exist yet. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b) ? java.nio.file.Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Command(name = "csv", description = "Import a CSV file (as one change set: `undo` takes it back whole).")
    int csv(@Mixin CsvOptions given) {
        Path file = given.file;
        String mapping = given.mapping;
        List<String> maps = given.maps;
        List<String> stageMaps = given.stageMaps;
        String onDuplicate = given.onDuplicate;
        boolean dryRun = given.dryRun;
        boolean skipInvalid = given.skipInvalid;
        boolean noHeader = given.noHeader;
        String saveAs = given.saveAs;
        Path errors = given.errors;
        boolean organizations = given.organizations;
        Path organizationsFile = given.organizationsFile;
        String dateOrder = given.dateOrder;
        String currencyCode = given.currencyCode;
        ImportOptions.OnDuplicate policy;
        for (Path read : java.util.Arrays.asList(file, organizationsFile)) {
            if (errors != null && read != null && sameFile(errors, read)) {
                // The report replaces its file whole: named as the file read, it replaced the user's sheet with the problems.
                return root.console().fail(ExitCodes.BAD_INPUT, "--errors " + errors + " is the file being imported; choose another file "
                        + "name for the problem report. Nothing was imported or written");
            }
        }
        Boolean dayFirst = null;
        if (dateOrder != null) {
            String o = dateOrder.strip().toLowerCase(Locale.ROOT);
            if (!o.equals("dmy") && !o.equals("mdy")) {
                return root.console().fail(ExitCodes.BAD_INPUT, "--date-order is dmy (day first) or mdy (month first), not \"" + dateOrder + "\"");
            }
            dayFirst = o.equals("dmy");
        }
        String fileCurrency = null;
        if (currencyCode != null) {
            try {
                fileCurrency = java.util.Currency.getInstance(currencyCode.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return root.console().fail(ExitCodes.BAD_INPUT, "--currency is a currency's three-letter code (EUR, USD, SEK, …), not \""
                        + currencyCode + "\"");
            }
        }
        Map<String, ImportField> columns = new LinkedHashMap<>();
        Map<String, Stage> stages = new LinkedHashMap<>();
        try {
            policy = ImportOptions.OnDuplicate.valueOf(onDuplicate.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return root.console().fail(ExitCodes.BAD_INPUT, "--on-duplicate is skip, update or create, not \"" + onDuplicate + "\"");
        }
        for (String m : maps == null ? List.<String>of() : maps) {
            int eq = m.lastIndexOf('=');
            var field = eq < 0 ? java.util.Optional.<ImportField>empty() : ImportField.parse(m.substring(eq + 1));
            if (field.isEmpty()) {
                return root.console().fail(ExitCodes.BAD_INPUT, "--map " + m + ": write HEADER=FIELD, FIELD one of " + ImportField.keys());
            }
            columns.put(m.substring(0, eq).strip(), field.get());
        }
        for (String m : stageMaps == null ? List.<String>of() : stageMaps) {
            int eq = m.lastIndexOf('=');
            var stage = eq < 0 ? java.util.Optional.<Stage>empty() : Stage.parse(m.substring(eq + 1).strip());
            if (stage.isEmpty()) {
                return root.console().fail(ExitCodes.BAD_INPUT, "--stage-map " + m + ": write FROM=STAGE, STAGE one of lead, prospect, "
                        + "opportunity, won, lost");
            }
            stages.put(m.substring(0, eq).strip(), stage.get());
        }
        Boolean dayFirstOrder = dayFirst;
        String chosenCurrency = fileCurrency;
        return root.run(s -> {
            Map<String, ImportField> chosen = new LinkedHashMap<>();
            if (!mapping.equalsIgnoreCase("auto")) {
                var saved = s.workspace().savedMappings().find(mapping);
                if (saved.isEmpty()) {
                    return s.console().fail(ExitCodes.BAD_INPUT, "There is no saved mapping \"" + mapping + "\"");
                }
                chosen.putAll(saved.get());
            }
            chosen.putAll(columns);
            ImportOptions options = new ImportOptions(chosen, stages, policy, dryRun, skipInvalid, noHeader ? Boolean.FALSE : null,
                    organizations ? Boolean.TRUE : null, dayFirstOrder, chosenCurrency);
            ImportResult result;
            try {
                CsvImport csv = s.workspace().csvImport();
                result = csv.run(file, options, organizationsFile, (b, size, rows) -> {}, () -> false);
            } catch (ImportRefusedException e) {
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("row", e.row() == 0 ? null : e.row());
                extra.put("column", e.column());
                return s.console().fail(ExitCodes.BAD_INPUT, e.getMessage(), List.of(), extra);
            }
            if (saveAs != null && !saveAs.isBlank()) {
                s.workspace().savedMappings().save(saveAs, chosen);
            }
            if (errors != null && result.problemCount() > 0) {
                s.workspace().exports().problems(errors, result.problems());
            }
            Map<String, Object> doc = document(result);
            if (!result.imported() && !result.dryRun() && result.failedRows() > 0) {
                ImportRow.Problem first = result.firstFailure();
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("problems", doc.get("problems"));
                extra.put("problemCount", result.problemCount());
                return s.console().fail(ExitCodes.BAD_INPUT, String.format(Locale.ROOT, "Row %d%s: %s%s; nothing was imported "
                        + (skipInvalid ? "(no row could be read: fix the file or map the column)" : "(fix the file, map the column, or add --skip-invalid)"), first.row(), first.column() == null ? ""
                        : ", column \"" + first.column() + "\"", first.reason(),
                        result.problemCount() > 1 ? String.format(Locale.ROOT, " (and %,d more %s)", result.problemCount() - 1, result.problemCount() == 2 ? "problem" : "problems") : ""),
                        // One problem is the headline itself; several are listed under it.
                        result.problems().size() > 1 ? result.problems().stream().limit(20).map(ImportCommand::problemLine).toList() : List.of(),
                        extra);
            }
            if (result.dryRun() && result.failedRows() > 0 && !skipInvalid) {
                // What the rows that parse would do is shown; the real import would be refused, as its exit code says.
                s.console().result(doc, () -> {
                    text(s, result);
                    s.console().line("The import itself would be refused: fix the file, map the column, or add --skip-invalid.");
                });
                return ExitCodes.BAD_INPUT;
            }
            s.console().result(doc, () -> text(s, result));
            return ExitCodes.OK;
        });
    }

    @Command(name = "vcard", description = "Import the contacts of a vCard file (2.1, 3.0 or 4.0; photos are not kept) as one change set.")
    int vcard(@Mixin VcardOptions options) {
        Path file = options.file;
        String onDuplicate = options.onDuplicate;
        boolean dryRun = options.dryRun;
        boolean skipInvalid = options.skipInvalid;
        ImportOptions.OnDuplicate policy;
        try {
            policy = ImportOptions.OnDuplicate.valueOf(onDuplicate.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return root.console().fail(ExitCodes.BAD_INPUT, "--on-duplicate is skip, update or create, not \"" + onDuplicate + "\"");
        }
        return root.run(s -> {
            ImportResult result;
            try {
                result = s.workspace().vcardImport().run(file, policy, dryRun, skipInvalid);
            } catch (ImportRefusedException e) {
                return s.console().fail(ExitCodes.BAD_INPUT, e.getMessage());
            }
            if (result.failedRows() > 0 && !skipInvalid) {
                return refusedCards(s, result);
            }
            s.console().result(document(result), () -> text(s, result));
            return ExitCodes.OK;
        });
    }

    /**
     * A vCard file with damaged cards, imported without --skip-invalid: refused whole (a dry run says
     * what the other cards would do, then that the import itself would be refused).
     */
    private static int refusedCards(Session s, ImportResult result) {
        List<ImportRow.Problem> damaged = result.problems().stream().filter(p -> !p.leftOut()).toList();
        ImportRow.Problem first = damaged.isEmpty() ? result.problems().getFirst() : damaged.getFirst();
        String more = result.failedRows() > 1 ? String.format(Locale.ROOT, " (and %,d more damaged %s)", result.failedRows() - 1,
                result.failedRows() == 2 ? "card" : "cards") : "";
        if (result.dryRun()) {
            s.console().result(document(result), () -> {
                text(s, result);
                s.console().line("The import itself would be refused: fix the file or add --skip-invalid.");
            });
            return ExitCodes.BAD_INPUT;
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("problems", document(result).get("problems"));
        extra.put("failed", result.failedRows());
        return s.console().fail(ExitCodes.BAD_INPUT, first.where("Card") + ": " + first.reason() + more
                + "; nothing was imported (fix the file, or add --skip-invalid to import the other cards)",
                damaged.size() > 1 ? damaged.stream().limit(20).map(p -> p.where("Card") + ": " + p.reason()).toList() : List.of(), extra);
    }

    private static String problemLine(ImportRow.Problem p) {
        return p.where("row") + ": " + p.reason();
    }

    /** What the file is made of: a vCard file's cards, a CSV file's rows. */
    private static String unit(ImportResult r) {
        boolean cards = r.format() != null && r.format().startsWith("vCard");
        return cards ? (r.rows() == 1 ? "card" : "cards") : r.rows() == 1 ? "row" : "rows";
    }

    private static void text(Session s, ImportResult r) {
        Console c = s.console();
        c.line((r.dryRun() ? "Dry run of " : "Imported ") + r.file() + " (" + r.format() + (r.layout() == com.funnelboard.domain.importing
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
        for (int i = 0; i < r.mapping().size() && i < r.headers().size(); i++) {
            String h = r.headers().get(i);
            if (r.mapping().get(i) == com.funnelboard.domain.importing.ImportField.IGNORE && h != null && !h.isBlank()) {
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
        if (r.subtotals() > 0) {
            c.line(String.format(Locale.ROOT, "%,d %s only an amount beside an owner, as a report's subtotals do: no deal of %s own, not imported.",
                    r.subtotals(), r.subtotals() == 1 ? "row holds" : "rows hold", r.subtotals() == 1 ? "its" : "their"));
        }
        if (r.notesLeftOut() > 0) {
            c.line(String.format(Locale.ROOT, "The notes of %,d %s not imported: %s no contact to keep them on (deals and organizations have "
                    + "no notes).", r.notesLeftOut(), r.notesLeftOut() == 1 ? "row were" : "rows were", r.notesLeftOut() == 1 ? "it names" : "they name"));
        }
        if (!r.stages().isEmpty()) {
            c.line("Stages:");
            r.stages().forEach((from, sc) -> c.line("  " + Console.pad(from, 24) + " -> " + String.format(Locale.ROOT, "%-12s %,d",
                    sc.stage() == null ? "(unknown)" : sc.stage().key(), sc.count())));
        }
        if (r.failedRows() > 0 || !r.problems().isEmpty()) {
            // A vCard's odd address or number is left out of its contact, which is imported: no row failed.
            long leftOut = r.problems().stream().filter(ImportRow.Problem::leftOut).count();
            String failed = String.format(Locale.ROOT, r.failedRows() == 1 ? "%,d row failed" : "%,d rows failed", r.failedRows());
            c.line(r.failedRows() == 0 ? "Left out:" : leftOut == 0 ? failed + ":"
                    : failed + String.format(Locale.ROOT, ", and %,d %s left out of rows imported without %s:", leftOut,
                            leftOut == 1 ? "value was" : "values were", leftOut == 1 ? "it" : "them"));
            r.problems().stream().limit(20).forEach(p -> c.line("  " + (r.format().equals("vCard") ? p.where("Card") + ": " + p.reason() : problemLine(p))));
        }
        if (r.imported()) {
            c.line("`funnelboard undo` takes the whole import back.");
        }
    }

    private static String[] counts(String what, ImportResult.Counts n) {
        return new String[] {what, Long.toString(n.created()), Long.toString(n.updated()), Long.toString(n.skipped())};
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
        doc.put("notesLeftOut", r.notesLeftOut());
        doc.put("failed", r.failedRows());
        doc.put("subtotals", r.subtotals());
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

    /** The options of {@code import csv}, as fields (see {@link CommandWords}). */
    static final class CsvOptions {
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--mapping", paramLabel = "NAME|auto", defaultValue = "auto",
                description = "A mapping saved with --save-mapping, or auto (match the headers; default).")
        String mapping;
        @Option(names = "--map", paramLabel = "HEADER=FIELD", description = "Repeatable: the field of a column. FIELD is one of "
                + "contact.name, contact.first_name, contact.last_name, contact.middle_name, contact.email, contact.phone, contact.title, "
                + "contact.industry, contact.company_size, contact.persona, contact.pain_points, contact.channel, organization.name, "
                + "organization.industry, organization.size, organization.website, organization.address, deal.title, deal.value, "
                + "deal.currency, deal.stage, deal.owner, deal.expected_close, deal.closed_on, deal.created_on, deal.source, "
                + "deal.external_id, deal.final_value, deal.lost_reason, deal.lost_note, tags, notes, ignore.")
        List<String> maps;
        @Option(names = "--stage-map", paramLabel = "FROM=STAGE", description = "Repeatable: a stage name of the file and ours "
                + "(lead, prospect, opportunity, won, lost).")
        List<String> stageMaps;
        @Option(names = "--on-duplicate", paramLabel = "POLICY", defaultValue = "update",
                description = "skip, update (default: add what the row knows) or create, for a contact with the same e-mail "
                + "(or phone), an organization with the same name, a deal with the same external id.")
        String onDuplicate;
        @Option(names = "--dry-run", description = "Read and match everything, write nothing.")
        boolean dryRun;
        @Option(names = "--skip-invalid", description = "Import the rows that parse; report the others (a value that does not parse, a row of more or fewer values than the header) as failed. A detail that does not parse (a created date, a website, a phone number) is left out of its row, which is imported.")
        boolean skipInvalid;
        @Option(names = "--no-header", description = "The first row is data, not a header (columns are then \"Column 1\", …).")
        boolean noHeader;
        @Option(names = "--save-mapping", paramLabel = "NAME", description = "Save the --map choices under NAME.")
        String saveAs;
        @Option(names = "--errors", paramLabel = "FILE", description = "Write the problems (row, column, reason) as CSV.")
        Path errors;
        @Option(names = "--organizations", description = "The file lists organizations (name, industry, size or employees, website); "
                + "its Name column is the organization's. Detected by the headers when not given.")
        boolean organizations;
        @Option(names = "--organizations-file", paramLabel = "ORGS", description = "A separate organizations file (name, industry, "
                + "employees, website) that fills the organizations the rows refer to, matched by name; imported first, in the "
                + "same change set.")
        Path organizationsFile;
        @Option(names = "--date-order", paramLabel = "dmy|mdy", description = "Dates not written year first have the day "
                + "first (dmy: 03/04/2026 is 3 April) or the month first (mdy: March 4). Told from the values when not given, "
                + "and from your locale when they do not say.")
        String dateOrder;
        @Option(names = "--currency", paramLabel = "CODE", description = "The currency of amounts that name none (12500 with no "
                + "sign, currency column or currency in the header), e.g. SEK; default: the database's currency.")
        String currencyCode;
    }

    /** The options of {@code import vcard}, as fields (see {@link CommandWords}). */
    static final class VcardOptions {
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--on-duplicate", paramLabel = "POLICY", defaultValue = "update",
                description = "skip, update (default) or create, for a contact with the same e-mail (or phone).")
        String onDuplicate;
        @Option(names = "--dry-run", description = "Read and match everything, write nothing.")
        boolean dryRun;
        @Option(names = "--skip-invalid", description = "Import the other cards when some are damaged (by default a damaged card refuses the file).")
        boolean skipInvalid;
    }
}
