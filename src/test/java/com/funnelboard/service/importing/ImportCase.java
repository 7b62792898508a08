package com.funnelboard.service.importing;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of imported files share: a new database, an import on a US machine whose currency
 * is the euro (override {@link #importer()} for another), a file written and imported in one call,
 * and the deals and contacts it made, by title and by name.
 */
abstract class ImportCase {

    @TempDir
    Path dir;

    Store store;
    CsvImport csv;

    @BeforeEach
    void openStore() {
        store = Fixtures.store(dir);
        csv = importer();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** The import under test; the store is open. */
    CsvImport importer() {
        return new CsvImport(store, Locale.US, () -> "EUR", new DuplicateFinder("US"));
    }

    /** Writes {@code text} as UTF-8 under a new name and imports it with the default options. */
    ImportResult run(String text) throws Exception {
        return run("in-" + System.nanoTime() + ".csv", text);
    }

    /** Writes {@code text} as UTF-8 under {@code name} and imports it with the default options. */
    ImportResult run(String name, String text) throws Exception {
        return run(name, text, ImportOptions.defaults());
    }

    /** Writes {@code text} as UTF-8 under {@code name} and imports it with {@code options}. */
    ImportResult run(String name, String text, ImportOptions options) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return csv.run(p, options, (b, s, n) -> {}, () -> false);
    }

    /** Writes {@code bytes} under {@code name} (a file in another encoding) and imports it with the default options. */
    ImportResult run(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return csv.run(p, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
    }

    /** Every deal on the board (the first 100 of each stage), by title. */
    Map<String, DealCard> deals() {
        Map<String, DealCard> out = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            for (DealCard d : store.read(r -> r.board().page(s, 0, 100))) {
                out.put(d.title(), d);
            }
        }
        return out;
    }

    /** Every contact (the first 100), by name. */
    Map<String, ContactProfile> contacts() {
        Map<String, ContactProfile> out = new LinkedHashMap<>();
        for (ContactSummary c : store.read(r -> r.contactProfiles().list(null, 100))) {
            out.put(c.name(), store.read(r -> r.contactProfiles().find(c.id()).orElseThrow()));
        }
        return out;
    }

    /** The contact named {@code name}; fails naming the contacts there are when there is none. */
    ContactProfile contact(String name) {
        ContactProfile c = contacts().get(name);
        if (c == null) {
            throw new AssertionError("no contact " + name + " among " + contacts().keySet());
        }
        return c;
    }
}
