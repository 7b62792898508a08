package com.funnelboard.service.importing;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ColumnFormats;
import com.funnelboard.domain.importing.HeaderMatcher;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.domain.importing.RowParser;
import com.funnelboard.domain.importing.StageNames;
import com.funnelboard.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Imports a CSV file of contacts, organizations and deals as one change set (origin import), so
 * undo takes it back whole: the rows are streamed, parsed by the column mapping, matched against
 * what is stored and written a chunk at a time, all in one transaction. A cancelled or failed
 * import, a dry run, and a file with values that do not parse (unless their rows are to be skipped)
 * leave the database exactly as it was.
 */
public final class CsvImport {

    /**
     * Rows per chunk: one lookup query per kind and one batch of inserts per table per chunk. With
     * 10,000 a million rows import in about 62 s, with 2,000 in about 80 s: smaller chunks switch
     * between the tables and their indexes five times as often.
     */
    static final int CHUNK = 10_000;
    private final int chunkRows;

    /** Receives progress: bytes read of the file's size, and data rows read. */
    public interface Progress {
        void update(long bytes, long size, long rows);
    }

    private final Store store;
    private final Locale locale;
    private final java.util.function.Supplier<String> currency;
    private final DuplicateFinder finder;

    /** @param currency the currency of amounts a file gives without one */
    public CsvImport(Store store, Locale locale, String currency, DuplicateFinder finder) {
        this(store, locale, () -> currency, finder);
    }

    /** @param currency read when an import or preview runs (in the background), not when this is made */
    public CsvImport(Store store, Locale locale, java.util.function.Supplier<String> currency, DuplicateFinder finder) {
        this(store, locale, currency, finder, CHUNK);
    }

    /** With chunks of {@code chunkRows} rows (tests cross chunk boundaries with small files). */
    CsvImport(Store store, Locale locale, java.util.function.Supplier<String> currency, DuplicateFinder finder, int chunkRows) {
        this.store = store;
        this.locale = locale;
        this.currency = currency;
        this.finder = finder;
        this.chunkRows = chunkRows;
    }

    /** The first rows of a file as they would be imported, with the detected format and mapping. */
    /** @param currency the currency the file's amounts that name none are read in */
    public record Preview(String format, HeaderMatcher.Layout layout, List<String> headers, List<ImportField> mapping,
            List<String[]> values, List<ImportRow> rows, ColumnFormats formats, String currency) {}

    /**
     * Reads the header and the first {@code limit} rows (nothing is written).
     *
     * @throws ImportRefusedException when the file cannot be read as CSV
     */
    public Preview preview(Path file, ImportOptions options, int limit) {
        try (CsvInput in = CsvInput.open(file, options.header())) {
            if (options.skipInvalid()) {
                in.returningRaggedRows(); // shown as the rows that fail, as the import will skip them
            }
            List<ImportField> mapping = ColumnMapping.mapping(in, options);
            RowParser parser = parser(file, options, in.headers(), mapping);
            List<String[]> values = new ArrayList<>();
            List<ImportRow> rows = new ArrayList<>();
            String[] v;
            while (rows.size() < limit && (v = in.next()) != null) {
                values.add(v.length == in.headers().size() ? v : inColumns(v, in.headers().size()));
                rows.add(parser.parse(in.row(), v));
            }
            return new Preview(in.describe(), ColumnMapping.layout(in.headers(), options), in.headers(), mapping, values, rows, parser.formats(),
                    options.currency() != null ? options.currency() : currency.get());
        }
    }

    /** A ragged row's values as the preview's columns show them: cut at the last column, or empty past its own end. */
    private static String[] inColumns(String[] v, int columns) {
        String[] out = java.util.Arrays.copyOf(v, columns);
        java.util.Arrays.fill(out, Math.min(v.length, columns), columns, "");
        return out;
    }

    /**
     * Every stage name of the file's stage column, in the order first met, with its count and the
     * stage it becomes under the options (null when no one mapped it): read through the whole
     * file, streamed; nothing is written. Empty when no column holds a stage.
     *
     * @throws ImportRefusedException when the file cannot be read as CSV
     */
    public Map<String, ImportResult.StageCount> stages(Path file, ImportOptions options) {
        try (CsvInput in = CsvInput.open(file, options.header())) {
            List<ImportField> mapping = ColumnMapping.mapping(in, options);
            if (!mapping.contains(ImportField.DEAL_STAGE)) {
                return Map.of();
            }
            RowParser parser = parser(file, options, in.headers(), mapping);
            Reading reading = new Reading();
            String[] v;
            while ((v = in.next()) != null) {
                ImportRow row = parser.parse(in.row(), v);
                reading.add(row, row.valid());
            }
            return reading.stages;
        }
    }

    /**
     * The parser of a file's rows, with how its amount and date columns write their values told from
     * its first {@link ColumnFormats#SAMPLE_ROWS} rows (read once more, apart from the import's stream).
     */
    private RowParser parser(Path file, ImportOptions options, List<String> headers, List<ImportField> mapping) {
        ColumnFormats formats = ColumnFormats.NONE;
        if (ColumnFormats.needed(mapping)) {
            List<String[]> sample = new ArrayList<>();
            try (CsvInput in = CsvInput.open(file, options.header())) {
                String[] v;
                while (sample.size() < ColumnFormats.SAMPLE_ROWS && (v = in.next()) != null) {
                    sample.add(v);
                }
            } catch (ImportRefusedException e) {
                // a row further on that cannot be read: the import's own reading refuses it, naming the row
            }
            formats = ColumnFormats.sniff(headers, mapping, sample, locale, options.dayFirst(), options.currency());
        }
        return new RowParser(headers, mapping, StageNames.of(ColumnMapping.layout(headers, options), options.stages()),
                options.currency() != null ? options.currency() : currency.get(), locale, formats);
    }

    /**
     * Whether {@code file} is a database this program has open, which must not be read as a file
     * (reading it through Java drops SQLite's locks on it; an import refuses it in a sentence).
     */
    public static boolean isOpenDatabase(Path file) {
        return com.funnelboard.store.DatabaseFile.isOpenHere(file);
    }

    /**
     * Imports the file.
     *
     * @param cancelled asked between chunks; when it says true the import stops and nothing is written
     * @throws ImportRefusedException when the file cannot be read as CSV (nothing is written)
     * @throws CancellationException when cancelled (nothing is written)
     */
    public ImportResult run(Path file, ImportOptions options, Progress progress, BooleanSupplier cancelled) {
        return run(file, options, null, progress, cancelled);
    }

    /**
     * Imports the file with a separate organizations file (name, industry, size or employees,
     * website) that fills the organizations its rows refer to, matched by name: both in one
     * transaction and one change set, the organizations file first (so the rows of the main file
     * find its organizations with their details). Its rows are counted with the organizations; a
     * value of it that does not parse refuses the import, naming that file.
     *
     * @param organizations the organizations file, or null for none
     */
    public ImportResult run(Path file, ImportOptions options, Path organizations, Progress progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        String name = file.getFileName().toString();
        try (CsvInput in = CsvInput.open(file, options.header());
                CsvInput orgsIn = organizations == null ? null : CsvInput.open(organizations, null)) {
            if (options.skipInvalid() || options.dryRun()) {
                // A dry run reads on past a row of too many or too few values, to list every problem of the file at once (it stopped
                // there, and the others showed only once that one was fixed).
                in.returningRaggedRows();
            }
            List<ImportField> mapping = new ArrayList<>(ColumnMapping.mapping(in, options));
            OrganizationIds orgIds = organizations == null ? null : OrganizationIds.of(in.headers(), mapping, organizations, asOrganizations(options));
            if (orgIds != null) {
                mapping.set(orgIds.column(), ImportField.ORGANIZATION_NAME);
                in.readingCells(orgIds::named);
            }
            RowParser parser = parser(file, options, in.headers(), mapping);
            ImportTally tally = new ImportTally();
            // Skipping invalid rows, only the rows kept count in the stages, in a dry run as in the import it tries out.
            Reading reading = new Reading(options.skipInvalid());
            UUID changeSet = null;
            boolean imported = false;
            try {
                changeSet = store.write(ChangeOrigin.IMPORT, "Imported " + name, r -> {
                    ImportChunk chunk = new ImportChunk(r, options.onDuplicate(), finder, store.author(), store.clock().getZone(),
                            store.clock().instant(), tally);
                    r.imports().largeCache();
                    r.imports().deferSearch();
                    if (manyContacts(in.size(), mapping, chunkRows, r.imports().contactCount())) {
                        r.imports().buildContactIndexesAtTheEnd(); // with the search documents, before the commit
                    } else {
                        chunk.matchPeopleWithoutReach();
                    }
                    if (orgsIn != null) {
                        Reading orgs = new Reading();
                        // The user's column choices are the main file's; this file is mapped by its own headers.
                        ImportOptions asOrgs = asOrganizations(options);
                        feed(orgsIn, new RowParser(orgsIn.headers(), ColumnMapping.mapping(orgsIn, asOrgs), new StageNames(Map.of()),
                                currency.get(), locale), chunk, orgs, asOrgs, name, progress, cancelled);
                        if (orgs.problemCount > 0 && !options.skipInvalid()) {
                            ImportRow.Problem first = orgs.problems.getFirst();
                            throw new ImportRefusedException(first.row(), first.column(), "The organizations file "
                                    + organizations.getFileName() + " has " + orgs.problemCount + " value(s) that do not parse, the first in "
                                    + first.where("row") + ": " + first.reason() + "; nothing was imported.");
                        }
                    }
                    feed(in, parser, chunk, reading, options, name, progress, cancelled);
                    if (!options.dryRun() && (reading.problemCount == 0 || options.skipInvalid())) {
                        r.imports().writeDeferredSearch();
                    }
                    progress.update(in.size(), in.size(), reading.rows);
                    if (reading.rows == 0) {
                        throw new ImportRefusedException(1, null, "The file " + name + " has a header row but no data rows; nothing was imported.");
                    }
                    if (options.dryRun() || reading.problemCount > 0 && !options.skipInvalid()) {
                        throw new Rollback();
                    }
                    // Asked once more before the commit: a file within one chunk was never asked, and Cancel did nothing.
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("The import of " + name + " was cancelled; nothing was imported.");
                    }
                    r.describe(summary(name, tally));
                    return r.changeSetId();
                });
                imported = tally.contacts.created + tally.contacts.updated + tally.organizations.created + tally.organizations.updated
                        + tally.deals.created + tally.deals.updated > 0;
                changeSet = imported ? changeSet : null;
            } catch (Rollback e) {
                changeSet = null;
            }
            return new ImportResult(file.toString(), in.describe(), ColumnMapping.layout(in.headers(), options), in.headers(), mapping,
                    reading.rows, tally.contacts.done(), tally.organizations.done(), tally.deals.done(), tally.dealsWithoutContact,
                    reading.failedRows, withLeftOut(reading.problems, tally.leftOut), reading.problemCount + tally.leftOutCount, reading.stages,
                    imported, options.dryRun(),
                    changeSet, (System.nanoTime() - started) / 1_000_000, parser.formats(), reading.notesLeftOut, reading.subtotals,
                    tally.closedUndated, tally.respelledShown(), tally.respelledCount, readingNotes(in.readingNotes(), tally));
        }
    }

    /** The options the organizations file is read with: the user's column choices are the main file's; it is mapped by its own headers. */
    private static ImportOptions asOrganizations(ImportOptions options) {
        return new ImportOptions(Map.of(), Map.of(), options.onDuplicate(), options.dryRun(), options.skipInvalid(), null).asOrganizations();
    }

    /** The problems of reading and those of writing (deals left out), in file order, up to {@link ImportResult#MAX_PROBLEMS}. */
    private static List<ImportRow.Problem> withLeftOut(List<ImportRow.Problem> read, List<ImportRow.Problem> written) {
        if (written.isEmpty()) {
            return List.copyOf(read);
        }
        List<ImportRow.Problem> all = new java.util.ArrayList<>(read);
        all.addAll(written);
        all.sort(java.util.Comparator.comparingLong(ImportRow.Problem::row));
        return List.copyOf(all.subList(0, Math.min(all.size(), ImportResult.MAX_PROBLEMS)));
    }

    /**
     * Whether the file looks like it adds more contacts than are stored, and at least five chunks of
     * them: then the contacts' indexes by name, e-mail and organization are built once at the end of
     * the import rather than row by row (a million contacts: about 3 s to build them against 6–10 s
     * to insert into them). Its size tells, at {@link #BYTES_PER_ROW} bytes a row (a contact with
     * name, e-mail, phone, company and job title takes about 80; a wider export more, so its rows are
     * overestimated, which costs building the indexes over the stored contacts as well).
     */
    static boolean manyContacts(long fileBytes, List<ImportField> mapping, int chunkRows, long storedContacts) {
        long rows = fileBytes / BYTES_PER_ROW;
        return mapping.stream().anyMatch(f -> f.name().startsWith("CONTACT_")) && rows >= 5L * chunkRows && rows >= storedContacts;
    }

    /** See {@link #manyContacts}. */
    static final int BYTES_PER_ROW = 80;

    /**
     * Reads every row of a file, writing them a chunk at a time; asks {@code cancelled} between
     * chunks. The rows are read and parsed on a second thread while a chunk is written (see {@link RowReader}).
     */
    private void feed(CsvInput in, RowParser parser, ImportChunk chunk, Reading reading, ImportOptions options, String name,
            Progress progress, BooleanSupplier cancelled) {
        List<ImportRow> rows = new ArrayList<>(chunkRows);
        try (RowReader reader = new RowReader(in, parser, chunkRows)) {
            RowReader.Batch batch;
            while ((batch = reader.next()) != null) {
                for (ImportRow row : batch.rows()) {
                    boolean kept = !row.subtotal() && (row.valid() || options.skipInvalid() && row.importableWithout());
                    reading.add(row, kept);
                    if (kept) {
                        rows.add(row);
                    }
                    if (rows.size() == chunkRows || reading.rows % chunkRows == 0) {
                        flush(chunk, rows, reading, options);
                        progress.update(batch.position(), in.size(), reading.rows);
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("The import of " + name + " was cancelled; nothing was imported.");
                        }
                    }
                }
            }
        }
        flush(chunk, rows, reading, options);
    }

    /**
     * Writes the chunk's rows, unless the import will be refused anyway (a row that did not parse, not
     * to be skipped); a dry run writes them all the same (and takes them back), to count what the rows
     * that parse would do.
     */
    private static void flush(ImportChunk chunk, List<ImportRow> rows, Reading reading, ImportOptions options) {
        if (!rows.isEmpty() && (options.skipInvalid() || options.dryRun() || reading.problemCount == 0)) {
            chunk.write(rows);
        }
        rows.clear();
    }

    /** "Imported people.csv: 120 contacts, 4 organizations, 30 deals". */
    static String summary(String name, ImportTally t) {
        List<String> parts = new ArrayList<>();
        add(parts, t.contacts, "contact");
        add(parts, t.organizations, "organization");
        add(parts, t.deals, "deal");
        return "Imported " + name + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    private static void add(List<String> parts, ImportTally.Count c, String what) {
        long n = c.created + c.updated;
        if (n > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s"));
        }
    }

    /** What reading the rows found: how many, their problems, the stage names. */
    private static final class Reading {
        long rows;
        long failedRows;
        long problemCount;
        final List<ImportRow.Problem> problems = new ArrayList<>();
        final Map<String, ImportResult.StageCount> stages = new LinkedHashMap<>();

        long notesLeftOut;
        long subtotals;
        /** Whether only the rows imported count in the stages (an import skipping invalid rows: its result); else every row. */
        final boolean keptStagesOnly;

        Reading() {
            this(false);
        }

        Reading(boolean keptStagesOnly) {
            this.keptStagesOnly = keptStagesOnly;
        }

        /** @param kept whether the row is imported: valid, or (invalid rows being skipped) with only details left out */
        void add(ImportRow row, boolean kept) {
            rows++;
            subtotals += row.subtotal() ? 1 : 0;
            notesLeftOut += row.notesLeftOut() && kept ? 1 : 0;
            if (!row.valid()) {
                failedRows += kept ? 0 : 1;
                problemCount += row.problems().size();
                for (ImportRow.Problem p : row.problems()) {
                    if (problems.size() < ImportResult.MAX_PROBLEMS) {
                        problems.add(kept ? p.importedWithout() : new ImportRow.Problem(p.row(), p.column(), p.reason()));
                    }
                }
            }
            if (row.deal() != null && row.deal().stageText() != null && stages.size() < 1_000 && (kept || !keptStagesOnly)) {
                String s = row.deal().stageText();
                ImportResult.StageCount c = stages.get(s);
                Stage mapped = row.problems().stream().anyMatch(p -> p.reason().startsWith("unknown stage")) ? null : row.deal().stage();
                stages.put(s, new ImportResult.StageCount(mapped, c == null ? 1 : c.count() + 1));
            }
        }
    }

    /** What is said of how the file was read, and of the stored values an update kept over the file's. */
    static java.util.List<String> readingNotes(java.util.List<String> read, ImportTally tally) {
        java.util.List<String> out = new java.util.ArrayList<>(read);
        tally.keptStoredSentence().ifPresent(out::add);
        return java.util.List.copyOf(out);
    }

    /** Ends a dry run or a refused import: the transaction is rolled back. */
    private static final class Rollback extends RuntimeException {
        Rollback() {
            super(null, null, false, false);
        }
    }
}
