package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** report funnel|velocity|forecast|lost: the same numbers as the window, as tables or JSON. */
class CliReportTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        String won = cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg", "--value", "12500").get("id").asString();
        cli.run("move", won, "--to", "won", "--override", "Signed at the fair", "--final-value", "15000");
        String lost = cli.json("deals", "add", "--title", "Rollout", "--contact", "Bo Lund", "--value", "4000").get("id").asString();
        cli.run("move", lost, "--to", "lost", "--lost-reason", "other", "--lost-note", "Went with a bundle");
        cli.json("deals", "add", "--title", "Renewal", "--contact", "Ann Kim", "--value", "8000");
    }

    @Test
    void theFunnelCountsWhatEnteredEachStage() {
        JsonNode stages = cli.json("report", "funnel", "--period", "month").get("stages");
        assertThat(stages.get(0).get("stage").asString()).isEqualTo("lead");
        assertThat(stages.get(0).get("entered").asInt()).isEqualTo(3);
        assertThat(stages.get(3).get("entered").asInt()).as("won").isEqualTo(1);
        assertThat(stages.get(3).get("direct").asInt()).as("straight from Lead").isEqualTo(1);
        assertThat(cli.run("report", "funnel").out()).contains("STAGE", "Lead", "Won");
    }

    @Test
    void velocityForecastAndLostReasons() {
        JsonNode v = cli.json("report", "velocity");
        assertThat(v.get("winRate").asDouble()).isEqualTo(0.5);
        assertThat(v.get("averageDealSize").get("amount").asString()).isEqualTo("15000.00");
        assertThat(v.get("openDeals").asInt()).isEqualTo(1);

        JsonNode f = cli.json("report", "forecast");
        assertThat(f.get("undatedDeals").asInt()).isEqualTo(1);
        assertThat(f.get("undatedWeighted").get("amount").asString()).as("8000 × 10 %").isEqualTo("800.00");
        assertThat(f.get("months").get(0).get("won").get("amount").asString()).isEqualTo("15000.00");

        assertThat(cli.run("report", "lost").out()).contains("Other", "Went with a bundle");
    }

    @Test
    void aBadPeriodIsRefusedInASentence() {
        CliRunner.Result r = cli.run("report", "funnel", "--from", "2026-03-10", "--to", "2026-03-01");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("ends", "before it starts");
        assertThat(cli.run("report", "funnel", "--period", "decade").err()).contains("not month, quarter or year");
    }
}
