package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A file without ids that holds several deals of one title for one person (a subscription sold each year, won once and
 * lost once), imported again: each row is its own deal, so nothing changes. Every row took the first deal stored, and
 * the lost one was written over the won one.
 */
class CliImportSameTitleTest {

    @TempDir
    Path dir;

    @Test
    void aSecondImportOfDealsOfOneTitleForOnePersonChangesNothing() throws Exception {
        Path file = dir.resolve("opportunities.csv");
        Files.writeString(file, """
                Created On,Topic,Status,Est. revenue,Actual Close Date,Contact
                5/20/2024,Coffee Subscription,Lost,13400,8/31/2024,Kevin Martin
                5/27/2021,Coffee Subscription,Won,20450,6/26/2021,Kevin Martin
                6/01/2025,Coffee Subscription,Open,9000,,Kevin Martin
                """, StandardCharsets.UTF_8);
        CliRunner cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        assertThat(cli.json("import", "csv", file.toString()).get("deals").get("created").asLong()).isEqualTo(3);
        List<String> before = deals(cli);
        JsonNode again = cli.json("import", "csv", file.toString());
        assertThat(again.get("deals").get("updated").asLong()).as("nothing to update").isZero();
        assertThat(again.get("deals").get("created").asLong()).isZero();
        assertThat(deals(cli)).isEqualTo(before);
        assertThat(before).anyMatch(d -> d.startsWith("won 20450")).anyMatch(d -> d.startsWith("lost 13400"));
    }

    private static List<String> deals(CliRunner cli) {
        return StreamSupport.stream(cli.json("deals", "list").get("deals").spliterator(), false)
                .map(d -> d.get("stage").asString() + " " + d.path("value").path("amount").asString().replaceAll("\\.00$", "") + " "
                        + d.get("id").asString()).sorted().toList();
    }
}
