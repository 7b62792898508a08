package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database its owner made read-only (a file on a read-only share, one kept as it was received): the commands that only read
 * it work, those that would change it are refused with a sentence, and the file stays byte for byte as it was. Every command
 * refused it, a listing too.
 */
class CliReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    void readingCommandsWorkOnAReadOnlyFileAndWritingOnesAreRefused() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        String pilot = cli.addDeal("Pilot");
        Files.setPosixFilePermissions(cli.db(), PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(cli.db());

        assertThat(cli.run("deals", "list").out()).contains("Pilot");
        assertThat(cli.run("deals", "show", pilot).exit()).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("history").out()).contains("Pilot");
        assertThat(cli.run("report", "pipeline").exit()).isEqualTo(ExitCodes.OK);
        Path csv = dir.resolve("deals.csv");
        assertThat(cli.run("export", "csv", "deals", csv.toString()).exit()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(csv)).contains("Pilot");

        CliRunner.Result add = cli.run("deals", "add", "--title", "Another", "--contact", "Ann Alder");
        assertThat(add.exit()).isNotEqualTo(ExitCodes.OK);
        assertThat(add.err()).contains("is read-only (its permissions say so), and this would change it").contains("Nothing was changed");
        assertThat(cli.run("move", pilot, "--to", "lost", "--reason", "price").exit()).isNotEqualTo(ExitCodes.OK);

        assertThat(cli.db()).hasBinaryContent(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.db()))).isEqualTo("r--r--r--");
        try (var beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pipeline.db-"))).as("no log left beside it")
                    .isEmpty();
        }
    }
}
