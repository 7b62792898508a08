package com.funnelboard.service;

import java.text.Collator;
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

    private static final Collator BY_NAME = Collator.getInstance(Locale.ROOT);

    private NameOrder() {}

    static <T> List<T> sorted(List<T> rows, Function<T, String> name) {
        Collator c = (Collator) BY_NAME.clone(); // a collator is not safe across threads
        c.setStrength(Collator.SECONDARY);
        List<T> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(name, Comparator.nullsLast(c::compare)));
        return out;
    }
}
