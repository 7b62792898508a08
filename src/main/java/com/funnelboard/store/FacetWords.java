package com.funnelboard.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The texts of {@link DealFacets} (owners, sources, currencies, industries, sizes, personas, channels, tags), each kept once, by code; null is -1. */
final class FacetWords {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    int code(String text) {
        if (text == null) {
            return -1;
        }
        Integer c = codes.get(text);
        if (c == null) {
            c = texts.size();
            codes.put(text, c);
            texts.add(text);
        }
        return c;
    }

    int size() {
        return texts.size();
    }

    String text(int code) {
        return texts.get(code);
    }

    void clear() {
        codes.clear();
        texts.clear();
    }

    /** Which codes' texts pass {@code test}. */
    boolean[] where(java.util.function.Predicate<String> test) {
        boolean[] out = new boolean[texts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = test.test(texts.get(i));
        }
        return out;
    }
}
