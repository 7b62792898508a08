package com.funnelboard.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The live deals, contacts and organizations whose title or name holds every one of some words anywhere: the words of
 * scripts without spaces ({@link com.funnelboard.domain.SearchText#unspacedWords}), which the full-text index finds by
 * the beginning of a run only. One statement's text for the search box, the board's facets and its SQL filter alike.
 */
final class NamesHolding {

    private NamesHolding() {}

    /** The ids of one table's rows ({@code deal}, {@code contact} or {@code organization}); word {@code i} is {@code mark.apply(i)}. */
    static String of(String table, int words, IntFunction<String> mark) {
        String column = table.equals("deal") ? "title" : "name";
        StringBuilder holds = new StringBuilder();
        for (int i = 0; i < words; i++) {
            holds.append(" AND instr(").append(column).append(", ").append(mark.apply(i)).append(") > 0");
        }
        return "SELECT id FROM " + table + " WHERE deleted_at IS NULL" + holds;
    }

    /** The rows of all three as (k, id), k the table's name, with {@code ?} for each word; bound by {@link #binds}. */
    static String rows(int words) {
        StringBuilder sql = new StringBuilder();
        for (String table : List.of("deal", "contact", "organization")) {
            sql.append(sql.isEmpty() ? "" : " UNION ALL ").append(of(table, words, i -> "?").replace("SELECT id", "SELECT '" + table + "' AS k, id"));
        }
        return sql.toString();
    }

    /** The values of {@link #rows}' placeholders: the words, once for each table. */
    static Object[] binds(List<String> words) {
        List<Object> binds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            binds.addAll(words);
        }
        return binds.toArray();
    }
}
