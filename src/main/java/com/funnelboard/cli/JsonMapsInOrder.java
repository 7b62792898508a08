package com.funnelboard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a JSON object from a map in the same order at every run: a map that keeps an order (a stage's funnel order, a
 * report's columns) in that order, any other by its keys. A map of no order ({@code Map.of}, a hash map) came out in an
 * order that changed from one run to the next (`report lost --json` gave four different byte outputs in four runs), so
 * a nightly diff of the same data was noisy.
 */
@SuppressWarnings("rawtypes")
final class JsonMapsInOrder extends ValueSerializer<Map> {

    @Override
    public void serialize(Map map, JsonGenerator gen, SerializationContext ctxt) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>();
        for (Object e : map.entrySet()) {
            entries.add((Map.Entry<?, ?>) e);
        }
        if (!(map instanceof java.util.SequencedMap)) {
            entries.sort(java.util.Comparator.comparing(e -> name(e.getKey())));
        }
        gen.writeStartObject(map);
        for (Map.Entry<?, ?> e : entries) {
            gen.writeName(name(e.getKey()));
            if (e.getValue() == null) {
                gen.writeNull();
            } else {
                ctxt.writeValue(gen, e.getValue());
            }
        }
        gen.writeEndObject();
    }

    /** A key as Jackson names it: an enum by its name, anything else by its text. */
    private static String name(Object key) {
        return key instanceof Enum<?> e ? e.name() : String.valueOf(key);
    }
}
