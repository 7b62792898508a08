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

        JsonNode restored = cli.json("backup", "restore", id);
        assertThat(restored.get("restored").asBoolean()).isTrue();
        assertThat(restored.get("previous").get("deals").asLong()).as("what was there is backed up first").isEqualTo(3);
        assertThat(cli.json("deals", "list").get("deals")).hasSize(2);
        assertThat(cli.json("backup", "list").get("backups")).hasSize(2);
        assertThat(cli.run("backup", "list").out()).contains(id);

        CliRunner.Result unknown = cli.run("backup", "restore", "19990101");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.exists(dir.resolve("pipeline.db"))).isTrue();
    }
}
