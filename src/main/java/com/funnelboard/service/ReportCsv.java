package com.funnelboard.service;

import com.funnelboard.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a report's table as a CSV file (RFC 4180 quoting by Jackson's CSV module, UTF-8, a
 * header row). Cells typed by people that a spreadsheet would read as a formula — starting with
 * {@code = + - @}, a tab or a carriage return — get a leading single quote, as OWASP recommends
 * against CSV injection. The file is replaced whole or not at all, and never the open database.
 */
public final class ReportCsv {


    private final Store store;

    public ReportCsv(Store store) {
        this.store = store;
    }

    /** @return the number of rows written (without the header) */
    public int write(Path file, ReportTable table) {
        return write(file, table, null);
    }

    /**
     * As {@link #write(Path, ReportTable)}; with {@code spreadsheet} a locale that writes a decimal comma, in the form a
     * spreadsheet there opens by a double click, as the data exports have it (see {@link CsvExport#commaDecimals}): columns
     * separated by semicolons, numbers with its comma ("0,25") — a German sheet put every row of a report in one column.
     */
    public int write(Path file, ReportTable table, java.util.Locale spreadsheet) {
        boolean comma = CsvExport.commaDecimals(spreadsheet);
        OutputFiles.refuseDatabase(store, file);
        OutputFiles.replaceWhole(file, ".csv", w -> {
            // UTF-8 with a byte-order mark, as every export of the app: without it a spreadsheet read a lost note's
            // "wählt" as "wÃ¤hlt" (the data exports had it; the reports' tables did not).
            w.write('\uFEFF');
            CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
            try (SequenceWriter out = (comma ? Json.csv().writer(schema.withColumnSeparator(';'))
                    .with(tools.jackson.dataformat.csv.CsvWriteFeature.STRICT_CHECK_FOR_QUOTING) : Json.csv().writer(schema)).writeValues(w)) {
                out.write(table.header());
                for (List<String> row : table.rows()) {
                    List<String> cells = new ArrayList<>(row.size());
                    for (int i = 0; i < row.size(); i++) {
                        String cell = row.get(i);
                        cells.add(table.userText().contains(i) ? neutralized(cell)
                                : comma && cell != null && DECIMAL.matcher(cell).matches() ? cell.replace('.', ',') : cell);
                    }
                    out.write(cells);
                }
            }
        });
        return table.rows().size();
    }

    /** A number of the app's own cells written with a decimal point ("0.25", "-12500.50"). */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]+\\.[0-9]+");

    /** A cell a spreadsheet would take for a formula, with a single quote before it; any other as it is. */
    static String neutralized(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        // A text that itself starts as a neutralized one does ("'=SUM…") gets its own mark too: read back, the import takes one
        // mark off such a cell, and the text lost its apostrophe.
        boolean looksNeutralized = c == '\'' && cell.length() > 1 && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0;
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || looksNeutralized ? "'" + cell : cell;
    }
}
