package com.funnelboard.service.importing;

import com.funnelboard.service.Json;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.type.TypeReference;

/**
 * Column mappings saved by name (header to field), so the next export of the same program maps
 * itself. They belong to this installation, not to the shared data: kept in its own folder
 * ({@value #FILE}), so every database it opens has them (a consultant's next client's new database
 * too); those an earlier version kept in a database's local settings are still read there. A store
 * opened without an installation folder keeps them in its local settings.
 */
public final class SavedMappings {

    private static final String PREFIX = "import.mapping.";

    /** The file of this installation's mappings, in its folder. */
    static final String FILE = "import-mappings.json";

    private final Store store;

    public SavedMappings(Store store) {
        this.store = store;
    }

    public void save(String name, Map<String, ImportField> columns) {
        Map<String, String> keys = new LinkedHashMap<>();
        columns.forEach((h, f) -> keys.put(h, f.key()));
        Optional<Path> file = file();
        if (file.isEmpty()) {
            String json = Json.mapper().writeValueAsString(keys);
            store.writeAll(r -> r.local().put(PREFIX + name.strip(), json));
            return;
        }
        synchronized (SavedMappings.class) {
            if (Files.exists(file.get()) && readable(file.get()).isEmpty()) {
                // Never written over: the mappings it holds may be read again once it is mended.
                throw new com.funnelboard.service.InvalidInputException("mapping", "The saved mappings in " + file.get()
                        + " cannot be read, so this one was not saved beside them (the file is as it was); move it aside to start afresh");
            }
            Map<String, Map<String, String>> all = new TreeMap<>(inFile(file.get()));
            all.put(name.strip(), keys);
            Path tmp = file.get().resolveSibling(FILE + ".tmp");
            try {
                Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(all));
                Files.move(tmp, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("The mapping could not be saved in " + file.get() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The names of the saved mappings, in order. */
    public java.util.List<String> names() {
        java.util.Set<String> names = new TreeSet<>(store.read(r -> r.local().startingWith(PREFIX)).keySet().stream()
                .map(k -> k.substring(PREFIX.length())).toList());
        file().ifPresent(f -> names.addAll(inFile(f).keySet()));
        return java.util.List.copyOf(names);
    }

    public Optional<Map<String, ImportField>> find(String name) {
        Optional<Map<String, String>> kept = file().map(f -> inFile(f).get(name.strip()));
        if (kept.isEmpty()) {
            kept = store.read(r -> r.local().get(PREFIX + name.strip()))
                    .map(json -> Json.mapper().readValue(json, new TypeReference<Map<String, String>>() {}));
        }
        return kept.map(keys -> {
            Map<String, ImportField> out = new LinkedHashMap<>();
            keys.forEach((h, k) -> ImportField.parse(k).ifPresent(f -> out.put(h, f)));
            return out;
        });
    }

    private Optional<Path> file() {
        return store.installationFolder().map(folder -> folder.resolve(FILE));
    }

    /** The mappings kept in {@code file}; none when there is no such file, or it cannot be read (said in the log). */
    private static Map<String, Map<String, String>> inFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        return readable(file).orElseGet(() -> {
            org.slf4j.LoggerFactory.getLogger(SavedMappings.class).warn("The saved import mappings in {} could not be read; none are used", file);
            return Map.of();
        });
    }

    /** The mappings of {@code file} when it reads as them (names to headers to field keys), else empty. */
    private static Optional<Map<String, Map<String, String>>> readable(Path file) {
        try {
            return Optional.of(Json.mapper().readValue(Files.readString(file), new TypeReference<Map<String, Map<String, String>>>() {}));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
