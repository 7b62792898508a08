package com.funnelboard.service.importing;

import com.funnelboard.service.Json;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.store.Store;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;

/**
 * Column mappings saved by name (header to field), so the next export of the same program maps
 * itself. They belong to this installation (local settings), not to the shared data.
 */
public final class SavedMappings {

    private static final String PREFIX = "import.mapping.";

    private final Store store;

    public SavedMappings(Store store) {
        this.store = store;
    }

    public void save(String name, Map<String, ImportField> columns) {
        Map<String, String> keys = new LinkedHashMap<>();
        columns.forEach((h, f) -> keys.put(h, f.key()));
        String json = Json.mapper().writeValueAsString(keys);
        store.writeAll(r -> r.local().put(PREFIX + name.strip(), json));
    }

    /** The names of the saved mappings, in order. */
    public java.util.List<String> names() {
        return store.read(r -> r.local().startingWith(PREFIX)).keySet().stream().map(k -> k.substring(PREFIX.length())).toList();
    }

    public Optional<Map<String, ImportField>> find(String name) {
        return store.read(r -> r.local().get(PREFIX + name.strip())).map(json -> {
            Map<String, String> keys = Json.mapper().readValue(json, new TypeReference<Map<String, String>>() {});
            Map<String, ImportField> out = new LinkedHashMap<>();
            keys.forEach((h, k) -> ImportField.parse(k).ifPresent(f -> out.put(h, f)));
            return out;
        });
    }
}
