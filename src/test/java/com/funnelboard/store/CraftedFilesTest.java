package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.DatabaseCheck;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of crafted database files (src/test/resources/crafted: each script is applied to a real
 * database, the template once per table), and damaged files made here (truncated, bit-flipped):
 * every one is refused with a sentence that names the problem, and left byte-identical.
 */
class CraftedFilesTest {

    /** Every table of the schema, plus the migration history: each gets a planted trigger in turn. */
    private static final List<String> TABLES = List.of("organization", "contact", "deal", "interaction", "follow_up", "stage_change",
            "checklist_item", "settings", "email_address", "phone_number", "deal_score", "flyway_schema_history", "search_doc", "search_data",
            "search_idx", "search_content", "search_config", "search_docsize", "report_move");

    @TempDir
    Path dir;

    /** (name, sql, expected kind, expected words, base version) for each crafted file. */
    static Stream<Arguments> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(CraftedFilesTest.class.getResource("/crafted").toURI());
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String sql = Files.readString(f, StandardCharsets.UTF_8);
                String header = sql.lines().findFirst().orElseThrow();
                assertThat(header).startsWith("-- expect ");
                String kind = header.substring("-- expect ".length(), header.indexOf(':'));
                String words = header.substring(header.indexOf(':') + 1).strip();
                String name = f.getFileName().toString();
                int base = name.contains("older-version") ? Migrations.PREVIOUS_VERSION : Migrations.LATEST_VERSION;
                if (name.equals("trigger-template.sql")) {
                    for (String table : TABLES) {
                        out.add(Arguments.of("trigger on " + table, sql.replace("{table}", table), kind, words.replace("{table}", table), base));
                    }
                } else {
                    out.add(Arguments.of(name, sql, kind, words, base));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void craftedFileIsRefusedAndLeftByteIdentical(String name, String sql, String kind, String words, int baseVersion) throws Exception {
        Path db = baseDatabase(baseVersion);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
        String before = fingerprint(db);
        java.nio.file.Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".lock")); // the one opening it to craft left: as a file sent by someone
        List<String> there = besides(db);

        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind().name()).isEqualTo(kind))
                .hasMessageContaining(words)
                .hasMessageContaining("nothing was changed");
        assertThat(fingerprint(db)).as("the file is byte-identical").isEqualTo(before);
        // Refused again on a second try, by a window too: nothing was "half-accepted", and nothing new is left beside it.
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK, null, StoreAccess.WINDOW)).isInstanceOf(StoreException.class);
        assertThat(fingerprint(db)).isEqualTo(before);
        assertThat(besides(db)).as("nothing new beside it").isEqualTo(there);
    }

    private static List<String> besides(Path db) throws java.io.IOException {
        try (var files = Files.list(db.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSameFileWithoutTheCraftingOpensAndAnOlderOneIsMigrated() throws Exception {
        Path older = baseDatabase(Migrations.PREVIOUS_VERSION);
        try (Store store = Store.open(older, Fixtures.CLOCK)) {
            List<com.funnelboard.domain.DealCard> leads = store.read(r -> r.board().page(Stage.LEAD, 0, 10));
            assertThat(leads).hasSize(1);
        }
        assertThat(Store.check(older).healthy()).isTrue();
        assertThat(Store.check(older).version()).isEqualTo(Migrations.LATEST_VERSION);
    }

    @Test
    void aTruncatedFileIsRefusedUntouched() throws Exception {
        Path db = baseDatabase(Migrations.LATEST_VERSION);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        String before = fingerprint(db);
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isIn(StoreException.Kind.DAMAGED,
                        StoreException.Kind.NOT_A_DATABASE))
                .hasMessageContaining("damaged");
        assertThat(fingerprint(db)).isEqualTo(before);
        assertThat(Store.check(db).healthy()).isFalse();
    }

    @Test
    void aBitFlippedFileIsRefusedUntouched() throws Exception {
        Path db = baseDatabase(Migrations.LATEST_VERSION);
        int pageSize;
        int root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            pageSize = s.executeQuery("PRAGMA page_size").getInt(1);
            root = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'deal'").getInt(1);
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long header = (long) (root - 1) * pageSize + (root == 1 ? 100 : 0);
            for (int i = 3; i <= 4; i++) { // the page's cell count
                f.seek(header + i);
                int b = f.read();
                f.seek(header + i);
                f.write(b ^ 0x5A);
            }
        }
        String before = fingerprint(db);
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED))
                .hasMessageContaining("damaged");
        assertThat(fingerprint(db)).isEqualTo(before);
        DatabaseCheck check = Store.check(db);
        assertThat(check.healthy()).isFalse();
        assertThat(check.integrity()).isNotEmpty();
        assertThat(check.verdict()).contains("integrity check failed");
    }

    @Test
    void aFileThatIsOnlyTheSqliteHeaderIsRefused() throws Exception {
        Path db = dir.resolve("header.db");
        Files.write(db, "SQLite format 3\0garbage that is not a database page".getBytes(StandardCharsets.US_ASCII));
        String before = fingerprint(db);
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Funnelboard database");
        assertThat(fingerprint(db)).isEqualTo(before);
    }

    /** A real database at {@code version} with a deal in it, closed, in rollback-journal form. */
    private Path baseDatabase(int version) throws Exception {
        Path db = dir.resolve("shared-" + System.nanoTime() + ".db");
        if (version == Migrations.LATEST_VERSION) {
            try (Store store = Store.open(db, Fixtures.CLOCK)) {
                Fixtures.deal(store, "Pilot", Stage.LEAD, 125_000L);
            }
        } else {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            }
            Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                    .target(Integer.toString(version)).load().migrate();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO organization (id, name, created_at, updated_at) VALUES ('0b0b0b0b-0000-4000-8000-000000000001', 'Org', 0, 0);"
                        + "INSERT INTO contact (id, organization_id, name, created_at, updated_at) VALUES "
                        + "('0c0c0c0c-0000-4000-8000-000000000001', '0b0b0b0b-0000-4000-8000-000000000001', 'Ida', 0, 0);"
                        + "INSERT INTO deal (id, contact_id, title, stage, currency, stage_entered_at, created_at, updated_at) VALUES "
                        + "('0d0d0d0d-0000-4000-8000-000000000001', '0c0c0c0c-0000-4000-8000-000000000001', 'Pilot', 'lead', 'EUR', 0, 0, 0);");
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA journal_mode = DELETE")) {
            rs.next();
        }
        return db;
    }

    /**
     * What says a file was left as it was: its size and CRC-32C, read in blocks. (A SHA-256 of the
     * 100 MB crafted file, twice per test, was a few seconds of the suite's CPU on the client compiler;
     * a test only needs to see any change, not resist a forger.)
     */
    static String fingerprint(Path file) throws Exception {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        byte[] block = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                crc.update(block, 0, n);
            }
        }
        return Files.size(file) + ":" + Long.toHexString(crc.getValue());
    }
}
