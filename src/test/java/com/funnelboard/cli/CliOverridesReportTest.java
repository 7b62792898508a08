package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The manager's report of the moves that went past a failing checklist: each with who, why and what did not hold. */
class CliOverridesReportTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    @Test
    void anOverriddenMoveIsListedWithItsReasonAndUnmetItemsAndAPassedOneIsNot() throws Exception {
        cli.json("whoami", "--name", "Tom Teammate", "--email", "tom@x.example");
        String pushed = cli.addDeal("Pushed through", "--value", "5,000");
        String checked = cli.addDeal("Checked properly", "--value", "5,000");
        cli.json("move", pushed, "--to", "prospect", "--check", "fits-icp", "--override", "Verbal yes from the CFO");
        cli.json("interactions", "add", checked, "--kind", "call", "--direction", "in");
        cli.json("move", checked, "--to", "prospect", "--check", "fits-icp", "--check", "has-need");

        JsonNode report = cli.json("report", "overrides", "--period", "month");
        assertThat(report.get("moves")).hasSize(1);
        JsonNode move = report.get("moves").get(0);
        assertThat(move.get("title").asString()).isEqualTo("Pushed through");
        assertThat(move.get("from").asString()).isEqualTo("lead");
        assertThat(move.get("to").asString()).isEqualTo("prospect");
        assertThat(move.get("reason").asString()).isEqualTo("Verbal yes from the CFO");
        assertThat(move.get("by").asString()).contains("tom@x.example");
        assertThat(move.get("unmet").toString()).contains("At least one inbound interaction logged", "Has a need")
                .doesNotContain("Fits the ideal customer profile");
        assertThat(report.get("byPerson").properties().iterator().next().getValue().asLong()).isEqualTo(1);

        String text = cli.run("report", "overrides", "--period", "month").out();
        assertThat(text).contains("Pushed through", "Lead \u2192 Prospect", "Verbal yes from the CFO", "1 overridden move from ");
        // Its table as CSV, to hand on (it wrote none): one row a move, the reason and the unmet items as text.
        java.nio.file.Path csv = dir.resolve("o.csv");
        assertThat(cli.run("report", "overrides", "--period", "month", "--csv", csv.toString()).out()).contains("Wrote the overridden moves (1 row)");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("\uFEFFat,deal,deal_id,owner,from,to,by,reason,unmet");
        assertThat(lines.get(1)).contains("\"Pushed through\"", pushed, ",lead,prospect,", "\"Verbal yes from the CFO\"", "Has a need")
                .containsPattern("^\"?2026-03-12T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+01:00");
        assertThat(cli.run("report", "overrides", "--png", dir.resolve("o.png").toString()).err()).contains("draws no picture");
        // Another month's are not in this one's.
        assertThat(cli.json("report", "overrides", "--from", "2026-01-01", "--to", "2026-02-28").get("moves")).isEmpty();
        assertThat(cli.run("report", "overrides", "--from", "2026-01-01", "--to", "2026-02-28").out())
                .as("the period said").contains("No move went past its checklist from 2026-01-01 to 2026-02-28.");
    }
}
