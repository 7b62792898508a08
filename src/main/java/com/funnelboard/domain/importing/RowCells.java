package com.funnelboard.domain.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A row's values by field ({@code cols}: the columns of each field that hold a value), and its
 * problems named by the column they are in.
 */
final class RowCells {

    /** Google Contacts writes several values of one field in one cell, " ::: " apart. */
    private static final Pattern MULTI = Pattern.compile(" ::: ", Pattern.LITERAL);

    private final List<String> headers;

    RowCells(List<String> headers) {
        this.headers = headers;
    }

    void text(long row, ImportField f, Map<ImportField, List<Integer>> cols, String value, String what, int max,
            List<ImportRow.Problem> problems) {
        if (value != null && com.funnelboard.domain.PlainText.length(value.strip()) > max) {
            problems.add(problem(row, cols, f, what + " longer than " + max + " characters"));
        }
    }

    ImportRow.Problem problem(long row, Map<ImportField, List<Integer>> cols, ImportField f, String reason) {
        List<Integer> at = cols.get(f);
        return new ImportRow.Problem(row, at == null ? f.key() : headers.get(at.getFirst()), reason);
    }

    /**
     * A problem of {@code value}, named by the column of {@code f} that holds it (of several phone columns, the one it is in: it
     * named the first, "Mobiltelefon", for a number of "Telefon Kantine"); {@code leftOut} as {@link #detail}.
     */
    ImportRow.Problem problemOf(long row, String[] values, Map<ImportField, List<Integer>> cols, ImportField f, String value, String reason,
            boolean leftOut) {
        for (int i : cols.getOrDefault(f, List.of())) {
            if (i < values.length && values[i].contains(value.strip())) {
                return new ImportRow.Problem(row, headers.get(i), reason, leftOut);
            }
        }
        ImportRow.Problem p = problem(row, cols, f, reason);
        return new ImportRow.Problem(p.row(), p.column(), reason, leftOut);
    }

    /** A problem of a detail the row can be imported without (see {@link ImportRow.Problem#leftOut()}). */
    ImportRow.Problem detail(long row, Map<ImportField, List<Integer>> cols, ImportField f, String reason) {
        ImportRow.Problem p = problem(row, cols, f, reason);
        return new ImportRow.Problem(p.row(), p.column(), reason, true);
    }

    static String first(String[] values, Map<ImportField, List<Integer>> cols, ImportField f) {
        List<Integer> at = cols.get(f);
        return at == null ? null : values[at.getFirst()].strip();
    }

    static List<String> all(String[] values, Map<ImportField, List<Integer>> cols, ImportField f) {
        List<Integer> at = cols.get(f);
        if (at == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i : at) {
            String cell = values[i];
            for (String part : cell.contains(" ::: ") ? MULTI.split(cell) : new String[] {cell}) {
                if (!part.isBlank()) {
                    out.addAll(Cells.listed(part.strip(), f));
                }
            }
        }
        return out;
    }
}
