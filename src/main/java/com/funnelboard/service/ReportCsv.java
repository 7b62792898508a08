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
        OutputFiles.refuseDatabase(store, file);
        OutputFiles.replaceWhole(file, ".csv", w -> {
            // UTF-8 with a byte-order mark, as every export of the app: without it a spreadsheet read a lost note's
            // "wählt" as "wÃ¤hlt" (the data exports had it; the reports' tables did not).
            w.write('\uFEFF');
            try (SequenceWriter out = Json.csv().writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(w)) {
                out.write(table.header());
                for (List<String> row : table.rows()) {
                    List<String> cells = new ArrayList<>(row.size());
                    for (int i = 0; i < row.size(); i++) {
                        cells.add(table.userText().contains(i) ? neutralized(row.get(i)) : row.get(i));
                    }
                    out.write(cells);
                }
            }
        });
        return table.rows().size();
    }

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
