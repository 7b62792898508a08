package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** backup create, list and restore, in the app-data folder beside the default database. */
class CliBackupTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    @Test
    void aBackupIsTakenListedPreviewedAndRestored() {
        cli.addDeal("Pilot");
        cli.addDeal("Renewal");
        JsonNode made = cli.json("backup", "create");
        String id = made.get("id").asString();
        assertThat(made.get("healthy").asBoolean()).isTrue();
        assertThat(made.get("deals").asLong()).isEqualTo(2);
        assertThat(Path.of(made.get("file").asString())).startsWith(dir.resolve("backups")).exists();

        cli.setNow(Fixtures.NOW.plusSeconds(60));
        cli.addDeal("Third");
        JsonNode listed = cli.json("backup", "list");
        assertThat(listed.get("backups")).hasSize(1);
        assertThat(listed.get("backups").get(0).get("newestChangeAt").isNull()).isFalse();

        JsonNode preview = cli.json("backup", "restore", id.substring(0, 12), "--dry-run");
        assertThat(preview.get("restored").asBoolean()).isFalse();
        assertThat(preview.get("backup").get("deals").asLong()).isEqualTo(2);
        assertThat(cli.json("deals", "list").get("deals")).as("a dry run changes nothing").hasSize(3);
        assertThat(cli.run("backup", "restore", id, "--dry-run").out()).as("what happens to what is there now")
                .contains("Restoring it puts what the database holds now in a backup first")
                // What would go: a dry run said what the backup holds, not what restoring it takes out.
                .contains("The database holds 1 change made after it, which restoring it takes out (the newest, ").contains("Third");
        assertThat(preview.get("changesAfter").asInt()).isEqualTo(1);

        // A team folder set after the backup was taken: the restore keeps it (it turned it off without a word).
        java.nio.file.Path team = dir.resolve("team");
        assertThat(team.toFile().mkdirs()).isTrue();
        cli.json("share", "folder", team.toString());
        JsonNode restored = cli.json("backup", "restore", id);
        assertThat(restored.get("restored").asBoolean()).isTrue();
        assertThat(restored.get("previous").get("deals").asLong()).as("what was there is backed up first").isEqualTo(3);
        assertThat(restored.get("previous").get("id").asString()).endsWith("-before-restore");
        assertThat(cli.json("share", "folder").get("folder").asString()).isEqualTo(team.toString());
        assertThat(cli.json("deals", "list").get("deals")).hasSize(2);
        assertThat(cli.json("backup", "list").get("backups")).hasSize(2);
        assertThat(cli.run("backup", "list").out()).contains(id);
        // What the commands did before the restore is gone with it: undo does not reach into the backup's own history.
        CliRunner.Result undo = cli.run("undo");
        assertThat(undo.err()).contains("Nothing to undo");
        assertThat(cli.json("deals", "list").get("deals")).hasSize(2);

        // Under an open window a restore is refused, and leaves no backup behind (each try added one of ~780 KB).
        try (com.funnelboard.store.Store window = com.funnelboard.store.Store.open(cli.db(), java.time.Clock.fixed(Fixtures.NOW,
                java.time.ZoneOffset.UTC), dir.resolve("known.properties"), com.funnelboard.store.StoreAccess.WINDOW)) {
            CliRunner.Result refused = cli.run("backup", "restore", id);
            assertThat(refused.exit()).isEqualTo(ExitCodes.REFUSED);
            assertThat(refused.err()).contains("A Funnelboard window has").contains("nothing was changed");
        }
        assertThat(cli.json("backup", "list").get("backups")).as("no backup for a restore refused").hasSize(2);

        CliRunner.Result unknown = cli.run("backup", "restore", "19990101");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.exists(dir.resolve("pipeline.db"))).isTrue();
    }

    @Test
    void aDamagedBackupIsRefusedInOneSentenceAsAFileThatIsNotValid() throws Exception {
        cli.addDeal("Pilot");
        String good = cli.json("backup", "create").get("id").asString();
        JsonNode made = cli.json("backup", "create");
        Files.writeString(Path.of(made.get("file").asString()), "hello\n");
        CliRunner.Result r = cli.run("backup", "restore", made.get("id").asString());
        assertThat(r.exit()).as("as its dry run").isEqualTo(ExitCodes.BAD_INPUT);
        // The one to use instead is named (it said "Restore a backup or ask for a fresh copy" of a backup).
        assertThat(r.err().strip()).startsWith("The backup " + made.get("id").asString() + " is damaged: ")
                .endsWith("is not a Funnelboard database (it is not an SQLite file). Nothing was changed. The newest good backup is " + good
                        + " (" + taken(good) + "): funnelboard backup restore " + good + ".")
                .doesNotContain("(it is not an SQLite file);", "fresh copy");
        assertThat(r.err().split("othing was changed", -1)).as("said once").hasSize(2);
        assertThat(cli.json("deals", "list").get("deals")).hasSize(1);
        assertThat(cli.run("backup", "restore", made.get("id").asString(), "--dry-run").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aDamagedDatabaseNamesItsNewestGoodBackupWhichTheBackupCommandsListAndPutInPlace() throws Exception {
        cli.run("whoami", "--name", "Ida Berg", "--email", "ida@nordwind.example");
        cli.addDeal("Pilot");
        String id = cli.json("backup", "create").get("id").asString();
        cli.addDeal("Renewal");
        Path db = dir.resolve("pipeline.db");
        com.funnelboard.service.BackupServiceTest.flip(db);
        byte[] damaged = Files.readAllBytes(db);

        CliRunner.Result refused = cli.run("deals", "list");
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("is damaged").contains("The newest good backup is " + id)
                .contains("funnelboard backup restore " + id);

        CliRunner.Result checked = cli.run("check");
        assertThat(checked.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(checked.out()).contains("has problems").contains("The newest good backup is " + id);
        assertThat(checked.out()).as("the finding is not the refusal again").doesNotContain("Integrity: " + db);

        CliRunner.Result listed = cli.run("backup", "list");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("pipeline.db is damaged").contains(id);
        assertThat(cli.json("backup", "list").get("databaseDamaged").asBoolean()).isTrue();
        JsonNode dry = cli.json("backup", "restore", id.substring(0, 12), "--dry-run");
        assertThat(dry.get("restored").asBoolean()).isFalse();
        assertThat(Files.readAllBytes(db)).as("a dry run leaves the damaged file as it was").isEqualTo(damaged);

        JsonNode restored = cli.json("backup", "restore", id);
        assertThat(restored.get("restored").asBoolean()).isTrue();
        Path kept = Path.of(restored.get("damagedKeptAs").asString());
        assertThat(Files.readAllBytes(kept)).as("the damaged file is kept beside it").isEqualTo(damaged);
        assertThat(cli.json("deals", "list").get("deals")).hasSize(1);
        assertThat(cli.json("whoami").get("name").asString()).isEqualTo("Ida Berg");
    }

    /**
     * A database this installation backed up that is overwritten at its beginning (no longer an SQLite
     * file), emptied or gone: its backups are listed and put in place, and no empty database is made
     * in its place — it was "not a Funnelboard database", with no word of its backups, and a missing
     * default database was started again empty.
     */
    @Test
    void aDatabaseOverwrittenEmptiedOrGoneKeepsItsBackupsAndNoEmptyOneIsMadeInItsPlace() throws Exception {
        cli.addDeal("Pilot");
        String id = cli.json("backup", "create").get("id").asString();
        Path db = dir.resolve("pipeline.db");
        try (var f = java.nio.channels.FileChannel.open(db, java.nio.file.StandardOpenOption.WRITE)) {
            f.write(java.nio.ByteBuffer.allocate(100), 0); // its header zeroed
        }
        CliRunner.Result refused = cli.run("deals", "list");
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("is damaged: it is no longer an SQLite file").contains("The newest good backup is " + id)
                .doesNotContain("not a Funnelboard database");
        assertThat(cli.run("backup", "list").out()).contains("pipeline.db is damaged").contains(id);
        assertThat(Path.of(cli.json("backup", "restore", id).get("damagedKeptAs").asString())).exists();
        assertThat(cli.json("deals", "list").get("deals")).hasSize(1);

        Files.write(db, new byte[0]);
        Files.deleteIfExists(dir.resolve("pipeline.db-wal"));
        Files.deleteIfExists(dir.resolve("pipeline.db-shm"));
        CliRunner.Result empty = cli.run("deals", "list");
        assertThat(empty.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("is empty: it holds no database").contains("The newest good backup is " + id)
                .contains("move its backups");

        // An SQLite file with no table, as a program that opened the path after the database was moved away leaves there: no
        // database either (it was taken for a new, empty pipeline, "No deals match.", exit 0), and left exactly as it was.
        Files.delete(db);
        try (var made = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = made.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            s.execute("DROP TABLE t");
        }
        byte[] tableless = Files.readAllBytes(db);
        CliRunner.Result noTable = cli.run("deals", "list");
        assertThat(noTable.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noTable.err()).contains("The newest good backup is " + id);
        assertThat(Files.readAllBytes(db)).isEqualTo(tableless);
        CliRunner.Result checked = cli.run("check");
        assertThat(checked.exit()).isNotZero();
        assertThat(checked.err() + checked.out()).contains("is an SQLite file with no table in it: it holds no database");

        Files.delete(db);
        CliRunner.Result gone = cli.run("deals", "add", "--title", "New", "--contact", "Bo Chen");
        assertThat(gone.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(gone.err()).contains("There is no database at " + db + " any more").contains(id);
        assertThat(db).as("no empty database made in its place").doesNotExist();
        assertThat(cli.run("backup", "list").out()).contains("pipeline.db is missing or empty").contains(id);
        JsonNode restored = cli.json("backup", "restore", id);
        assertThat(restored.get("restored").asBoolean()).isTrue();
        assertThat(restored.get("damagedKeptAs").isNull()).isTrue();
        assertThat(cli.json("deals", "list").get("deals")).hasSize(1);
    }

    /** A backup's id ("20260312T100000000Z") as the commands show its time, in the test's zone. */
    private static String taken(String id) {
        java.time.Instant at = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(java.time.ZoneOffset.UTC)
                .parse(id, java.time.Instant::from);
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(at.atZone(CliRunner.BERLIN));
    }

    /**
     * A cell larger than Funnelboard reads (a file altered outside it) is said as damage, the file untouched, with the newest
     * good backup: every command, `check` too, printed "Database error on …: [SQLITE_TOOBIG] String or BLOB exceeds size limit".
     */
    @Test
    void aCellLargerThanFunnelboardReadsIsSaidAsDamageWithTheNewestGoodBackup() throws Exception {
        cli.run("whoami", "--name", "Ida Berg", "--email", "ida@nordwind.example");
        cli.addDeal("Pilot");
        String id = cli.json("backup", "create").get("id").asString();
        Path db = dir.resolve("pipeline.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("UPDATE contact SET notes = printf('%.*c', 20000000, 'n')");
        }
        byte[] altered = Files.readAllBytes(db);
        for (String[] command : java.util.List.of(new String[] {"deals", "list"}, new String[] {"check"})) {
            CliRunner.Result r = cli.run(command);
            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err() + r.out()).contains("a value larger than Funnelboard reads in one cell (16 MB)")
                    .contains("The newest good backup is " + id).doesNotContain("SQLITE_TOOBIG", "Database error");
        }
        assertThat(Files.readAllBytes(db)).as("the file as it was").isEqualTo(altered);
    }
}
