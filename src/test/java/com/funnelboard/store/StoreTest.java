package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void newFilesGetTheSchemaOfTheMigrationsAndEachItsOwnReplica() throws Exception {
        try (Store a = Store.open(dir.resolve("a.db"), Fixtures.CLOCK); Store b = Store.open(dir.resolve("b.db"), Fixtures.CLOCK)) {
            UUID ra = a.read(r -> r.local().replicaId());
            UUID rb = b.read(r -> r.local().replicaId());
            assertThat(ra).isNotEqualTo(rb);
            for (Store s : List.of(a, b)) {
                List<String> differences = s.jdbc(c -> Migrations.schemaDifferences(c, Migrations.LATEST_VERSION));
                int appId = s.jdbc(c -> Migrations.intPragma(c, "application_id"));
                int version = s.jdbc(c -> Migrations.identify(c, "new"));
                List<?> checklist = s.read(r -> r.checklists().forGate(new com.funnelboard.domain.checklist.Gate(
                        com.funnelboard.domain.Stage.LEAD, com.funnelboard.domain.Stage.PROSPECT)));
                assertThat(differences).isEmpty();
                assertThat(appId).isEqualTo(Migrations.APPLICATION_ID);
                assertThat(version).isEqualTo(Migrations.LATEST_VERSION);
                assertThat(checklist).as("the default checklists").isNotEmpty();
            }
        }
    }

    @Test
    void migratesAFreshFileIntoStrictTables() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            List<String> strict = store.jdbc(c -> strings(c,
                    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1 AND name NOT LIKE 'sqlite_%' ORDER BY name"));
            assertThat(strict).contains("checklist_item", "contact", "deal", "follow_up", "interaction", "organization", "settings",
                    "stage_change", "email_address", "phone_number");
            int appId = store.jdbc(c -> Migrations.intPragma(c, "application_id"));
            assertThat(appId).isEqualTo(Migrations.APPLICATION_ID);
            List<String> versions = store.jdbc(c -> strings(c, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"));
            assertThat(versions).containsExactlyElementsOf(SchemaModel.SCRIPTS.stream().map(s -> Integer.toString(SchemaModel.versionOf(s))).toList());
        }
    }

    @Test
    void everyConnectionHasThePragmas() {
        try (Store store = Fixtures.store(dir)) {
            Map<String, String> expected = Map.of(
                    "journal_mode", "wal", "synchronous", "2", "foreign_keys", "1", "busy_timeout", "5000", "trusted_schema", "0");
            // Several connections at once: each one must have been opened with the same settings.
            List<Map<String, String>> seen = store.read(r1 -> store.read(r2 -> store.jdbc(c -> {
                List<Map<String, String>> out = new ArrayList<>();
                for (String p : expected.keySet()) {
                    out.add(Map.of(p, strings(c, "PRAGMA " + p).getFirst()));
                }
                return out;
            })));
            for (Map<String, String> m : seen) {
                m.forEach((k, v) -> assertThat(v).as(k).isEqualTo(expected.get(k)));
            }
        }
    }

    @Test
    void writesTakeTheWriteLockAtBegin() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            String url = "jdbc:sqlite:" + store.file();
            store.writeAll(r -> {
                // Nothing is written yet, but BEGIN IMMEDIATE already holds the write lock.
                try (Connection other = DriverManager.getConnection(url); Statement s = other.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 0");
                    assertThatThrownBy(() -> s.execute("BEGIN IMMEDIATE")).isInstanceOf(SQLException.class).hasMessageContaining("locked");
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Store store = Fixtures.store(dir)) {
            Deal deal = Fixtures.deal(store, "Kept", Stage.LEAD, 100L);
            assertThatThrownBy(() -> store.writeAll(r -> {
                r.deals().moveTo(deal.id(), Stage.PROSPECT, Fixtures.NOW, null, null, null);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(store.read(r -> r.deals().find(deal.id())).orElseThrow().stage()).isEqualTo(Stage.LEAD);
        }
    }

    @Test
    void roundTripsMoneyInstantsAndDatesInOneFormEach() {
        try (Store store = Fixtures.store(dir)) {
            Deal deal = Fixtures.deal(store, "Round trip", Stage.PROSPECT, 123_456_789_012L);
            Deal withDate = new Deal(UUID.randomUUID(), deal.contactId(), "Dated", Stage.LEAD, new Money(5, "JPY"), "JPY", null,
                    LocalDate.of(2026, 4, 30), Fixtures.NOW, null, null, null, null, null, null);
            store.writeAll(r -> r.deals().insert(withDate));
            Deal back = store.read(r -> r.deals().find(deal.id())).orElseThrow();
            assertThat(back.value()).isEqualTo(new Money(123_456_789_012L, "EUR"));
            assertThat(back.stageEnteredAt()).isEqualTo(deal.stageEnteredAt());
            assertThat(store.read(r -> r.deals().find(withDate.id())).orElseThrow().expectedCloseOn()).isEqualTo(LocalDate.of(2026, 4, 30));
            List<String> types = store.jdbc(c -> strings(c,
                    "SELECT DISTINCT typeof(stage_entered_at) || '/' || typeof(created_at) || '/' || typeof(value_minor) || '/' || typeof(id) FROM deal"));
            assertThat(types).containsExactly("integer/integer/integer/text");
            List<String> dates = store.jdbc(c -> strings(c, "SELECT expected_close_on FROM deal WHERE expected_close_on IS NOT NULL"));
            assertThat(dates).containsExactly("2026-04-30");
        }
    }

    @Test
    void createsPrivateFolderAndFile() throws Exception {
        Path db = dir.resolve("new-folder").resolve("pipeline.db");
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db.getParent()))).isEqualTo("rwx------");
        }
    }

    @Test
    void aSecondWindowInThisProcessIsRefusedButCommandsOpenBesideIt() {
        Path db = dir.resolve("test.db");
        try (Store window = Store.open(db, Fixtures.CLOCK, null, StoreAccess.WINDOW)) {
            assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK, null, StoreAccess.WINDOW))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.IN_USE))
                    .hasMessage("Funnelboard already has a window open on " + window.file()
                            + "; switch to that window (commands still work beside it).");
            try (Store command = Store.open(db, Fixtures.CLOCK)) {
                Deal deal = Fixtures.deal(command, "Written beside the window", Stage.LEAD, 100L);
                java.util.Optional<Deal> seen = window.read(r -> r.deals().find(deal.id()));
                assertThat(seen).as("the window reads what the command wrote").isPresent();
            }
        }
        // Once closed, the database opens in a window again.
        Store.open(db, Fixtures.CLOCK, null, StoreAccess.WINDOW).close();
    }

    @Test
    void aWindowInAnotherProcessRefusesASecondWindowButNotACommand() throws Exception {
        Path db = dir.resolve("shared.db");
        Path ready = dir.resolve("holder.ready");
        Process holder = new ProcessBuilder(com.funnelboard.testing.ChildJvm.command(List.of("-Dorg.sqlite.tmpdir=" + dir), LockHolder.class,
                db.toString(), ready.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(ready) && Files.size(ready) >= 6) && holder.isAlive() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(ready).as("the other process holds the database").exists();
            assertThat(Files.readString(ready, StandardCharsets.UTF_8)).isEqualTo("ready\n");
            assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK, null, StoreAccess.WINDOW))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.IN_USE));
            try (Store command = Store.open(db, Fixtures.CLOCK)) {
                Fixtures.deal(command, "Beside the other process's window", Stage.LEAD, null);
                Map<Stage, List<BoardQueries.StageTotal>> totals = command.read(r -> r.board().totals());
                assertThat(totals.get(Stage.LEAD)).hasSize(1);
            }
        } finally {
            holder.destroy();
            holder.waitFor();
        }
        Store.open(db, Fixtures.CLOCK, null, StoreAccess.WINDOW).close();
    }

    @Test
    void aCommandUpgradesAFileOnlyUnderTheLockSoAWindowOfAnOlderVersionBlocksIt() throws Exception {
        Path db = dir.resolve("new.db");
        Files.createFile(db); // empty: the schema is still to be created
        try (DatabaseLock olderWindow = DatabaseLock.window(db.toRealPath())) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.IN_USE))
                    .hasMessageContaining("needs an upgrade, but a Funnelboard window of an older version has it open");
            assertThat(System.nanoTime() - started).as("it waited for a command's upgrade to end first")
                    .isGreaterThanOrEqualTo(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(ConnectionPool.BUSY_TIMEOUT_MS));
            assertThat(Files.size(db)).as("nothing was written").isZero();
        }
        try (Store command = Store.open(db, Fixtures.CLOCK)) {
            int version = command.jdbc(c -> Migrations.identify(c, "new.db"));
            assertThat(version).isEqualTo(Migrations.LATEST_VERSION);
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedUntouched() throws Exception {
        Path db = dir.resolve("notes.db");
        byte[] content = "these are my notes, not a database".getBytes(StandardCharsets.UTF_8);
        Files.write(db, content);
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_A_DATABASE))
                .hasMessageContaining("not a Funnelboard database");
        assertThat(Files.readAllBytes(db)).isEqualTo(content);
    }

    @Test
    void aForeignSqliteDatabaseIsRefusedUntouched() throws Exception {
        Path db = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_A_DATABASE));
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        Path db;
        try (Store store = Fixtures.store(dir)) {
            db = store.file();
            store.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, "
                            + "execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 'x', 0, 1)");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Store.open(db, Fixtures.CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NEWER_SCHEMA))
                .hasMessageContaining("newer Funnelboard");
    }

    @Test
    void latestVersionMatchesTheMigrationFiles() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow();
            assertThat(Migrations.LATEST_VERSION).isEqualTo(highest);
        }
    }

    @Test
    void defaultLocationFollowsThePlatform() {
        Path home = Path.of("/home/rep");
        assertThat(DatabaseFile.defaultLocation(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/rep/.local/share/funnelboard/pipeline.db"));
        assertThat(DatabaseFile.defaultLocation(Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/data/funnelboard/pipeline.db"));
        assertThat(DatabaseFile.defaultLocation(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/rep/Library/Application Support/Funnelboard/pipeline.db"));
        assertThat(DatabaseFile.defaultLocation(Map.of("APPDATA", "/c/Users/rep/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/rep/AppData/Roaming/Funnelboard/pipeline.db"));
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
