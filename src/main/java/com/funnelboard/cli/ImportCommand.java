package com.funnelboard.cli;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.CsvInput;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.service.importing.ImportRefusedException;
import com.funnelboard.service.importing.ImportResult;
import java.nio.file.Path;
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

    /**
     * Runs {@code read} on the file given or, for "-", on a private copy of standard input named "standard input" (the
     * copy deleted after).
     */
    private ImportResult fileOrInput(Path given, java.util.function.Function<Path, ImportResult> read) {
        if (!StandardInputFile.names(given)) {
            return read.apply(given);
        }
        try (StandardInputFile copy = StandardInputFile.copy(root.standardInput(), CsvInput.MAX_BYTES)) {
            if (java.nio.file.Files.size(copy.file()) == 0) {
                throw new ImportRefusedException("Nothing came on standard input: pipe a file into the command (… | funnelboard import "
                        + "csv -), or name the file.");
            }
            return read.apply(copy.file()).namingFile(StandardInputFile.NAME);
        } catch (java.io.IOException e) {
            throw new ImportRefusedException("Cannot read standard input: " + e.getMessage());
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
        if (StandardInputFile.names(organizationsFile)) {
            return root.console().fail(ExitCodes.BAD_INPUT, "--organizations-file names a file: standard input (\"-\") can be "
                    + "the file imported only. Nothing was imported");
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
            return root.console().fail(ExitCodes.BAD_INPUT, "--on-duplicate is skip, update, replace or create, not \"" + onDuplicate + "\"");
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
            if (errors != null) {
                try {
                    s.workspace().exports().checkProblemsFile(errors);
                } catch (com.funnelboard.service.InvalidInputException e) {
                    String why = String.join("; ", e.problems().values()).replace(". Nothing was written", "");
                    return s.console().fail(ExitCodes.BAD_INPUT, "--errors: " + why + ". Nothing was imported");
                }
            }
            ImportResult result;
            try {
                CsvImport csv = s.workspace().csvImport();
                result = fileOrInput(file, f -> csv.run(f, options, organizationsFile, (b, size, rows) -> {}, () -> false));
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
                try {
                    s.workspace().exports().problems(errors, result.problems());
                } catch (RuntimeException e) {
                    // Checked before the import, and failing now (a full disk): what was imported stays, and is said below.
                    s.console().note("The problem report could not be written to " + errors + ": " + e.getMessage()
                            + (result.imported() && !result.dryRun() ? " (the import itself is saved)" : ""));
                }
            }
            Map<String, Object> doc = ImportReport.document(result);
            // Bare amounts ("153024") take the database's currency or --currency: said, as the window's import says it.
            String bare = ImportReport.bareAmountsCurrency(result, chosenCurrency != null ? chosenCurrency : s.workspace().setup().defaultCurrency());
            doc.put("bareAmountsIn", bare);
            Runnable text = () -> {
                ImportReport.text(s, result);
                if (bare != null && result.deals().created() + result.deals().updated() > 0) {
                    s.console().line(ImportReport.bareAmountsLine(bare));
                }
            };
            // Refused: a row failed without --skip-invalid, or no row at all could be read. Rows read and skipped as already stored
            // (a weekly export imported again) are no failure: the dry run said so, and the import said "no row could be read".
            if (!result.imported() && !result.dryRun() && result.failedRows() > 0 && (!skipInvalid || result.rows() <= result.failedRows())) {
                ImportRow.Problem first = result.firstFailure();
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("problems", doc.get("problems"));
                extra.put("problemCount", result.problemCount());
                return s.console().fail(ExitCodes.BAD_INPUT, String.format(Locale.ROOT, "Row %d%s: %s%s; nothing was imported "
                        + (skipInvalid ? "(no row could be read: fix the file or map the column)" : "(fix the file, map the column, or add --skip-invalid)"), first.row(), first.column() == null ? ""
                        : ", column \"" + first.column() + "\"", first.reason(),
                        result.problemCount() > 1 ? String.format(Locale.ROOT, " (and %,d more %s)", result.problemCount() - 1, result.problemCount() == 2 ? "problem" : "problems") : ""),
                        // One problem is the headline itself; several are listed under it.
                        result.problems().size() > 1 ? ImportReport.shown(result.problems().stream().map(ImportReport::problemLine).toList(),
                                result.problemCount()) : List.of(),
                        extra);
            }
            if (result.dryRun() && result.failedRows() > 0 && !skipInvalid) {
                // What the rows that parse would do is shown; the real import would be refused, as its exit code says.
                s.console().result(doc, () -> {
                    text.run();
                    s.console().line("The import itself would be refused: fix the file, map the column, or add --skip-invalid.");
                });
                return ExitCodes.BAD_INPUT;
            }
            s.console().result(doc, text);
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
            return root.console().fail(ExitCodes.BAD_INPUT, "--on-duplicate is skip, update, replace or create, not \"" + onDuplicate + "\"");
        }
        return root.run(s -> {
            ImportResult result;
            try {
                result = fileOrInput(file, f -> s.workspace().vcardImport().run(f, policy, dryRun, skipInvalid));
            } catch (ImportRefusedException e) {
                return s.console().fail(ExitCodes.BAD_INPUT, e.getMessage());
            }
            if (result.failedRows() > 0 && !skipInvalid) {
                return refusedCards(s, result);
            }
            s.console().result(ImportReport.document(result), () -> ImportReport.text(s, result));
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
            s.console().result(ImportReport.document(result), () -> {
                ImportReport.text(s, result);
                s.console().line("The import itself would be refused: fix the file or add --skip-invalid.");
            });
            return ExitCodes.BAD_INPUT;
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("problems", ImportReport.document(result).get("problems"));
        extra.put("failed", result.failedRows());
        return s.console().fail(ExitCodes.BAD_INPUT, first.where("Card") + ": " + first.reason() + more
                + "; nothing was imported (fix the file, or add --skip-invalid to import the other cards)",
                damaged.size() > 1 ? ImportReport.shown(damaged.stream().map(p -> p.where("Card") + ": " + p.reason()).toList(), damaged.size())
                        : List.of(), extra);
    }

    /** The options of {@code import csv}, as fields (see {@link CommandWords}). */
    static final class CsvOptions {
        @Parameters(paramLabel = "FILE", description = "The CSV file, or - to read standard input.")
        Path file;
        @Option(names = "--mapping", paramLabel = "NAME|auto", defaultValue = "auto",
                description = "A mapping saved with --save-mapping, or auto (match the headers; default).")
        String mapping;
        @Option(names = "--map", paramLabel = "HEADER=FIELD", description = "Repeatable: the field of a column. FIELD is one of "
                + "contact.name, contact.first_name, contact.last_name, contact.middle_name, contact.email, contact.phone, contact.title, contact.id, "
                + "contact.industry, contact.company_size, contact.persona, contact.pain_points, contact.channel, organization.name, "
                + "organization.industry, organization.size, organization.website, organization.address, deal.title, deal.value, "
                + "deal.currency, deal.stage, deal.owner, deal.expected_close, deal.closed_on, deal.created_on, deal.in_stage_since, deal.source, "
                + "deal.external_id, deal.final_value, deal.lost_reason, deal.lost_note, tags, notes, ignore.")
        List<String> maps;
        @Option(names = "--stage-map", paramLabel = "FROM=STAGE", description = "Repeatable: a stage name of the file and ours "
                + "(lead, prospect, opportunity, won, lost).")
        List<String> stageMaps;
        @Option(names = "--on-duplicate", paramLabel = "POLICY", defaultValue = "update",
                description = "skip, update (default: add what the row knows), replace (as update, the row's values replacing the "
                + "stored ones: a file corrected in a spreadsheet) or create, for a contact with the same e-mail "
                + "(or phone), an organization with the same name, a deal with the same external id.")
        String onDuplicate;
        @Option(names = "--dry-run", description = "Read and match everything, write nothing.")
        boolean dryRun;
        @Option(names = "--skip-invalid", description = "Import the rows that parse; report the others (a value that does not parse, a row of more values than the header, a single value on a row of several columns) as failed; a row that ends early is read with its last values empty, as Outlook writes it. A detail that does not parse (a created date, a website, a phone number) is left out of its row, which is imported.")
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
        @Parameters(paramLabel = "FILE", description = "The vCard file, or - to read standard input.")
        Path file;
        @Option(names = "--on-duplicate", paramLabel = "POLICY", defaultValue = "update",
                description = "skip, update (default), replace (the card's values replacing the stored ones) or create, for a contact "
                + "with the same e-mail (or phone).")
        String onDuplicate;
        @Option(names = "--dry-run", description = "Read and match everything, write nothing.")
        boolean dryRun;
        @Option(names = "--skip-invalid", description = "Import the other cards when some are damaged (by default a damaged card refuses the file; a card "
                + "cut short, with no END:VCARD, is read as far as it goes and said, not refused).")
        boolean skipInvalid;
    }
}
