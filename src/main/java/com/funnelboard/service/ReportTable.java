package com.funnelboard.service;

import java.util.List;
import java.util.Set;

/**
 * A report as a table, for a CSV file: a header and rows of cells as text (numbers plain, amounts
 * with a dot and the currency in its own column).
 *
 * @param userText the columns whose cells come from what people typed (a source, a note): written
 *     so a spreadsheet never takes them for a formula
 */
public record ReportTable(List<String> header, List<List<String>> rows, Set<Integer> userText) {

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        userText = Set.copyOf(userText);
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("A row has " + r.size() + " cells for " + header.size() + " columns");
            }
        }
    }
}
