package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code check}, refused files and exports that would overwrite the database, from the command line. */
class CliUntrustedFilesTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        cli.addDeal("Pilot");
    }

    @Test
    void checkReportsASoundDatabase() {
        CliRunner.Result r = cli.run("check");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("is intact", "full integrity check passed");
        JsonNode doc = cli.json("check");
        assertThat(doc.get("healthy").asBoolean()).isTrue();
        assertThat(doc.get("version").asInt()).isPositive();
        assertThat(doc.get("schema")).isEmpty();
    }

    /** Damage in the indexes only is said so, and `check --rebuild-indexes` builds them again with every row kept. */
    @Test
    void anIndexOutOfStepIsRebuiltFromTheCommandLine() throws Exception {
        cli.addDeal("Renewal");
        com.funnelboard.testing.DamagedFiles.indexOutOfStep(cli.db());
        CliRunner.Result check = cli.run("check");
        assertThat(check.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.out()).contains("missing from index change_row").contains("Only its indexes are damaged: 'funnelboard check "
                + cli.db() + " --rebuild-indexes'").doesNotContain("Restore a backup");
        JsonNode doc = cli.run("check", "--json").json();
        assertThat(doc.get("indexesOnly").asBoolean()).isTrue();
        assertThat(doc.get("verdict").asString()).as("as the text says it").doesNotContain("Restore a backup");

        CliRunner.Result rebuilt = cli.run("check", "--rebuild-indexes");
        assertThat(rebuilt.exit()).isZero();
        assertThat(rebuilt.err()).contains("Rebuilt the indexes of ").contains("nothing written was lost").contains("pipeline.db.damaged-");
        assertThat(rebuilt.out()).contains("is intact");
        assertThat(cli.json("deals", "list").get("deals")).hasSize(2);
        CliRunner.Result again = cli.run("check", "--rebuild-indexes");
        assertThat(again.exit()).as("a sound file has nothing to rebuild").isZero();
        assertThat(again.out()).contains("is intact");
    }

    @Test
    void checkNamesAPlantedTriggerAndAPlainCommandRefusesTheFileUntouched() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db()); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER planted AFTER UPDATE ON deal BEGIN DELETE FROM contact; END");
        }
        byte[] before = Files.readAllBytes(cli.db());

        CliRunner.Result check = cli.run("check");
        assertThat(check.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.out()).contains("a trigger \"planted\" on deal");
        // Damage beyond the indexes is not rebuilt: refused, the file as it was.
        CliRunner.Result rebuild = cli.run("check", "--rebuild-indexes");
        assertThat(rebuild.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(rebuild.err()).contains("is not damaged in its indexes only; nothing was changed");
        assertThat(Arrays.equals(Files.readAllBytes(cli.db()), before)).as("byte-identical after the refused rebuild").isTrue();

        CliRunner.Result list = cli.run("deals", "list");
        assertThat(list.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(list.err()).contains("a trigger \"planted\" on deal", "nothing was changed");
        CliRunner.Result json = cli.run("deals", "list", "--json");
        assertThat(json.json().get("error").get("kind").asString()).isEqualTo("bad-input");
        assertThat(Arrays.equals(Files.readAllBytes(cli.db()), before)).as("byte-identical").isTrue();
        // The file is in WAL mode (as every Funnelboard database): reading it made an index beside it, removed again.
        assertThat(cli.db().resolveSibling("pipeline.db-shm")).as("nothing left beside it").doesNotExist();
        assertThat(cli.db().resolveSibling("pipeline.db-wal")).doesNotExist();
    }

    @Test
    void checkLeavesNothingBesideAFileKeptWithAnEmptyLog() throws Exception {
        // A damaged file kept aside by the window is kept with its log, often empty: the check's index went away only without one.
        Path wal = cli.db().resolveSibling("pipeline.db-wal");
        Files.write(wal, new byte[0]);
        byte[] before = Files.readAllBytes(cli.db());

        assertThat(cli.run("check").exit()).isZero();

        assertThat(cli.db().resolveSibling("pipeline.db-shm")).as("the index reading made").doesNotExist();
        assertThat(wal).as("the log that was there stays").exists();
        assertThat(Arrays.equals(Files.readAllBytes(cli.db()), before)).as("byte-identical").isTrue();
    }

    @Test
    void checkFindsValuesTheProgramCouldNotReadBackAndAPlainCommandRefusesTheFile() throws Exception {
        cli.addDeal("Pilot");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db()); Statement s = c.createStatement()) {
            s.execute("UPDATE deal SET currency = 'ZZZ', expected_close_on = 'not-a-date', title = 'A' || char(0) || 'hidden'");
        }
        CliRunner.Result check = cli.run("check");
        assertThat(check.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.out()).contains("deal.currency: 2 rows hold a currency that is not an ISO 4217 code (ZZZ)",
                "deal.expected_close_on: 2 rows hold a day that is not a calendar day", "deal.title: 2 rows hold a text holding the character U+0000");
        CliRunner.Result list = cli.run("deals", "list");
        assertThat(list.exit()).as("refused in one sentence, not failing on reading the value").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(list.err()).contains("is inconsistent", "nothing was changed");
    }

    /**
     * The change log, the received change sets, the conflicts waiting and the team's settings are held to a share file's
     * rules: a file with a change entry that is no JSON, an author holding a terminal escape or a default currency "ZZZ" was
     * called intact, then `history`, `conflicts list` or the next `deals add` failed, and teammates refused every file it wrote.
     */
    @Test
    void checkFindsAChangeLogOrSettingsTheProgramCouldNotHaveWritten() throws Exception {
        cli.addDeal("Pilot");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db()); Statement s = c.createStatement()) {
            s.execute("UPDATE change SET new_value = '{bad' WHERE seq = 0");
            s.execute("UPDATE change_set SET author = 'Bo' || char(27) || ']0;TITLE' || char(7)");
            s.execute("INSERT INTO settings (key, value, updated_at) VALUES ('currency.default', 'ZZZ', 0)");
            s.execute("INSERT INTO merge_conflict (id, table_name, row_key, field, found_at) VALUES ('x2', 'no_such_table', 'r', 'f', -5)");
            s.execute("UPDATE deal SET title = 'Pilot' || char(9) || 'two'");
            s.execute("INSERT INTO change SELECT change_set_id, seq + 1000, table_name, row_key, 'no_such_field', '1', '2' FROM change LIMIT 1");
        }
        CliRunner.Result check = cli.run("check");
        assertThat(check.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.out()).contains("change: ", " a value that is not readable (new_value)",
                "change_set: 1 author is not one line of text", "settings: \"currency.default\" holds a currency that is not an ISO 4217 code",
                "merge_conflict: 1 row holds a conflict Funnelboard could not have recorded",
                "deal.title: 2 rows hold a one-line text holding a line break or a control character", "a change to a field the table does not have");
        CliRunner.Result list = cli.run("history");
        assertThat(list.exit()).as("refused in one sentence, not failing on reading the log").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(list.err()).contains("is inconsistent", "nothing was changed");
    }

    /** SQLite's integrity check skips CHECK constraints on a read-only connection: a stage 'bogus' passed every check. */
    @Test
    void checkFindsRowsThatBreakTheirTablesRulesAndAPlainCommandRefusesTheFileUntouched() throws Exception {
        cli.addDeal("Pilot");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db()); Statement s = c.createStatement()) {
            s.execute("PRAGMA ignore_check_constraints = ON");
            s.execute("UPDATE deal SET stage = 'bogus', value_minor = -500");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(cli.db());
        CliRunner.Result check = cli.run("check");
        assertThat(check.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.out()).contains("deal: 2 rows hold a value the table does not allow (stage IN", "(value_minor IS NULL OR value_minor >= 0)");
        CliRunner.Result list = cli.run("deals", "list");
        assertThat(list.exit()).as("refused in one sentence, before anything is written").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(list.err()).contains("is inconsistent", "nothing was changed");
        assertThat(Arrays.equals(Files.readAllBytes(cli.db()), before)).as("byte-identical").isTrue();
    }

    /** An interaction of a kind the app does not know passed every check, then every view of its deal failed (exit 4). */
    @Test
    void checkFindsAKindTheAppDoesNotKnow() throws Exception {
        String deal = cli.addDeal("Pilot");
        assertThat(cli.run("interactions", "add", deal, "--kind", "call", "--direction", "in").exit()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db()); Statement s = c.createStatement()) {
            s.execute("UPDATE interaction SET kind = 'xx'");
            s.execute("UPDATE deal SET source = 'Cold Call'"); // a key as a label: read as the key, no finding
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        CliRunner.Result check = cli.run("check");
        assertThat(check.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.out()).contains("interaction.kind: 1 row holds a kind Funnelboard does not know").doesNotContain("deal.source");
    }

    /** A file of a newer Funnelboard is said to be one, in one sentence: not "it holds … was written by …; Restore a backup". */
    @Test
    void checkOfANewerFilesSaysSoInOneSentence() throws Exception {
        cli.addDeal("Pilot");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history SELECT installed_rank + 1, '99', 'later', type, 'V99__later.sql', checksum, "
                    + "installed_by, installed_on, execution_time, success FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1");
        }
        CliRunner.Result check = cli.run("check");
        assertThat(check.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        String first = check.out().lines().findFirst().orElse("");
        assertThat(first).contains("was written by a newer Funnelboard").doesNotContain("it holds", "Restore a backup", "..");
    }

    @Test
    void checkOfAnEmptyFileOrNoFileIsNoSoundDatabase() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        CliRunner.Result r = cli.runRaw("--db", empty.toString(), "check");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("is empty: it holds no database");
        assertThat(Files.size(empty)).isZero();
        assertThat(empty.resolveSibling("empty.db-wal")).doesNotExist();
        CliRunner.Result none = cli.runRaw("--db", dir.resolve("nothere.db").toString(), "check");
        assertThat(none.exit()).as("as every command says there is none").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("There is no database at");
        assertThat(dir.resolve("nothere.db")).doesNotExist();
        // The file may also be named after the command.
        assertThat(cli.runRaw("check", empty.toString()).err()).contains("empty.db is empty");
        // A folder is there, not nothing (as opening it says).
        Path folder = Files.createDirectory(dir.resolve("folder.db"));
        assertThat(cli.runRaw("check", folder.toString()).err()).contains("folder.db is not a file; nothing was changed")
                .doesNotContain("There is no database");
    }

    @Test
    void checkOfAFileThatIsNotADatabase() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "just some notes");
        CliRunner.Result r = cli.runRaw("--db", notes.toString(), "check");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).contains("is not a Funnelboard database");
        assertThat(Files.readString(notes)).isEqualTo("just some notes");
    }

    @Test
    void anExportNeverOverwritesTheDatabaseWhateverPathNamesIt() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("calendar-link.ics"), cli.db());
        for (Path target : new Path[] {cli.db(), sub.resolve("../pipeline.db"), link, dir.resolve("pipeline.db-wal"),
            dir.resolve("pipeline.db.lock")}) {
            byte[] before = Files.readAllBytes(cli.db());
            CliRunner.Result r = cli.run("followups", "export", "--ics", target.toString());
            assertThat(r.exit()).as(target.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("is the open database");
            assertThat(Files.readAllBytes(cli.db())).isEqualTo(before);
        }
        assertThat(cli.run("deals", "list").out()).contains("Pilot");
    }
}
