package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Deals imported already won or lost, with the days they were made and closed (another CRM's history): the sales cycle is the
 * days between, and the pipeline of the weeks before their close holds them.
 */
class CliImportedClosedDealsReportTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void imported() throws Exception {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        Path csv = Files.writeString(dir.resolve("history.csv"), """
                Deal name,Amount,Deal stage,Create date,Close date
                W1,1000,Closed Won,2026-01-05,2026-01-15
                W2,2000,Closed Won,2026-01-05,2026-02-04
                W3,3000,Closed Won,2026-01-10,2026-02-09
                W4,4000,Closed Won,2026-01-20,2026-02-19
                L1,500,Closed Lost,2026-01-12,2026-02-12
                """);
        assertThat(cli.run("import", "csv", csv.toString()).exit()).isZero();
    }

    /** 10, 30, 30 and 30 days: 25 (a close recorded at the day's moment beside a creation at its start said 25.5). */
    @Test
    void theSalesCycleIsTheDaysBetween() {
        JsonNode v = cli.json("report", "velocity", "--period", "quarter");
        assertThat(v.get("cycleDays").asDouble()).isEqualTo(25.0);
    }

    /** They were open from the day they were made to their close: the weeks before held none of them. */
    @Test
    void theWeeksBeforeTheirCloseHoldThem() {
        JsonNode points = cli.json("report", "pipeline", "--period", "quarter").get("points");
        JsonNode jan11 = week(points, "2026-01-11");
        assertThat(jan11.get("lead").get("deals").asInt()).as("W1, W2, W3").isEqualTo(3);
        assertThat(jan11.get("total").get("amount").asString()).isEqualTo("6000.00");
        JsonNode feb8 = week(points, "2026-02-08");
        assertThat(feb8.get("lead").get("deals").asInt()).as("W3, W4 and the lost L1").isEqualTo(3);
        assertThat(feb8.get("total").get("amount").asString()).isEqualTo("7500.00");
        assertThat(week(points, "2026-03-01").get("total").get("amount").asString()).as("all closed").isEqualTo("0.00");
    }

    private static JsonNode week(JsonNode points, String ending) {
        return points.valueStream().filter(p -> p.toString().contains(ending)).findFirst()
                .orElseThrow(() -> new AssertionError("no week ending " + ending + " in " + points));
    }
}
