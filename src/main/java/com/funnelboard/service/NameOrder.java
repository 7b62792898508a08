package com.funnelboard.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names in the order people read them: letters with accents beside their plain letter, case aside
 * ("Änne Öztürk" after "Anna", not after "Zoe Zander": SQLite orders by code point). The store reads
 * the rows in its own order, up to a list's limit; they are put in this one here.
 */
final class NameOrder {

    private NameOrder() {}

    static <T> List<T> sorted(List<T> rows, Function<T, String> name) {
        // The numbers in names by their value ("… 58" before "… 135"); a collator is not safe across threads: one per sort.
        Comparator<String> c = new com.funnelboard.domain.NaturalOrder(Locale.ROOT);
        List<T> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(name, Comparator.nullsLast(c)));
        return out;
    }
}
