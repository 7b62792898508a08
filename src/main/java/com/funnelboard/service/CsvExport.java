package com.funnelboard.service;

import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.store.ExportQueries;
import com.funnelboard.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV exports of contacts, organizations, deals, interactions and follow-ups, and the problem report of an
 * import: RFC 4180 (Jackson's CSV module, CRLF), UTF-8 with a byte-order mark so spreadsheets read
 * accents, a header row; text that a spreadsheet would run as a formula is neutralised as in the
 * report CSV, numbers are plain numbers with a dot, moments are ISO 8601 in the user's time zone with
 * its offset ("2026-03-13T00:30:00+01:00": the day written is the user's day, so a lost deal read back
 * keeps the day it was lost). The rows are streamed from the database, and
 * the file is replaced whole or not at all, never the open database.
 */
public final class CsvExport {

    /**
     * A moment as every export writes it, to the millisecond with its offset: "2026-12-07T05:06:59.800+01:00". ISO's own form
     * dropped the digits it could ("…:01.19Z", "…:48Z"), so a column's cells differed in length and a due time, whole seconds,
     * had none where a done time had three.
     */
    static final java.time.format.DateTimeFormatter MOMENT = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");


    /** What to export. */
    public enum Kind {
        CONTACTS, ORGS, DEALS, INTERACTIONS, FOLLOWUPS;

        public static Kind parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "contacts" -> CONTACTS;
                case "orgs", "organizations" -> ORGS;
                case "deals" -> DEALS;
                case "interactions" -> INTERACTIONS;
                case "followups", "follow-ups" -> FOLLOWUPS;
                default -> throw new InvalidInputException("kind", "Export contacts, orgs, deals, interactions or followups, not \"" + s + "\"");
            };
        }
    }

    private final Store store;

    public CsvExport(Store store) {
        this.store = store;
    }

    /** @return the number of rows written (without the header) */
    public long write(Kind kind, Path file) {
        return write(kind, file, null);
    }

    /**
     * Whether a spreadsheet in {@code locale} reads numbers with a decimal comma, and so a CSV's
     * columns by semicolons (Excel in Germany, France, Spain…): then {@link #write(Kind, Path, Locale)}
     * has a form of its own for it.
     */
    public static boolean commaDecimals(Locale locale) {
        return locale != null && java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
    }

    /**
     * As {@link #write(Kind, Path)}; with {@code spreadsheet} a locale that writes a decimal comma,
     * the columns are separated by semicolons and numbers written with its comma ("12500,5"), as a
     * spreadsheet there opens a CSV file by a double click — the standard form put every row in one
     * column and read "999.99" as text. Null or another locale: the standard form.
     *
     * @return the number of rows written (without the header)
     */
    public long write(Kind kind, Path file, Locale spreadsheet) {
        OutputFiles.refuseDatabase(store, file);
        ExportQueries.Kind k = ExportQueries.Kind.valueOf(kind.name());
        boolean comma = commaDecimals(spreadsheet);
        long[] n = new long[1];
        OutputFiles.replaceWhole(file, ".csv", w -> {
            w.write('\uFEFF');
            CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
            // (Quoting each cell exactly when it must be: with a semicolon Jackson's quick test quoted every cell of digits and dashes.)
            try (SequenceWriter out = (comma ? Json.csv().writer(schema.withColumnSeparator(';'))
                    .with(tools.jackson.dataformat.csv.CsvWriteFeature.STRICT_CHECK_FOR_QUOTING) : Json.csv().writer(schema)).writeValues(w)) {
                out.write(ExportQueries.header(k));
                java.time.ZoneId zone = store.clock().getZone();
                List<String> header = ExportQueries.header(k);
                int stage = header.indexOf("stage");
                int closedOn = header.indexOf("closed_on");
                int entered = header.indexOf("stage_entered_at");
                n[0] = store.read(r -> r.exports().each(k, row -> {
                    if (stage >= 0 && closedOn >= 0 && entered >= 0 && "lost".equals(row.get(stage)) && row.get(closedOn) == null
                            && row.get(entered) instanceof java.time.Instant lostAt) {
                        // A lost deal closed the day it was lost, in the user's zone: its closed_on was empty, and a sheet of the
                        // losses by month could not be made from the export (the import reads the day back as it reads a Won one's).
                        row.set(closedOn, java.time.LocalDate.ofInstant(lostAt, zone).toString());
                    }
                    List<Object> cells = new ArrayList<>(row.size());
                    for (Object cell : row) {
                        cells.add(cell instanceof String s ? ReportCsv.neutralized(s) : cell == null ? "" : cell instanceof java.time.Instant t
                                ? MOMENT.format(t.atZone(zone))
                                : comma && cell instanceof java.math.BigDecimal b ? b.toPlainString().replace('.', ',')
                                : comma && (cell instanceof Double || cell instanceof Float) ? cell.toString().replace('.', ',') : cell);
                    }
                    try {
                        out.write(cells);
                    } catch (RuntimeException e) {
                        // The writer's own words ("No space left on device"), without the JSON library's "at [No location information]".
                        String why = e instanceof tools.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage();
                        String sentence = "Cannot write " + file + ": " + why;
                        throw new UncheckedIOException(sentence, new IOException(sentence, e));
                    }
                }));
            }
        });
        return n[0];
    }

    /** Checks, before an import, that its problem report could be written to {@code file} (see {@link OutputFiles#checkWritable}). */
    public void checkProblemsFile(Path file) {
        OutputFiles.checkWritable(store, file, ".csv");
    }

    /** The problems of an import as CSV: row, column, reason. */
    public void problems(Path file, List<ImportRow.Problem> problems) {
        OutputFiles.refuseDatabase(store, file);
        OutputFiles.replaceWhole(file, ".csv", w -> {
            w.write('\uFEFF');
            try (SequenceWriter out = Json.csv().writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(w)) {
                out.write(List.of("row", "column", "reason"));
                for (ImportRow.Problem p : problems) {
                    out.write(List.of(p.row(), ReportCsv.neutralized(p.column() == null ? "" : p.column()), ReportCsv.neutralized(p.reason())));
                }
            }
        });
    }
}
