package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Lead scores on the command line: deals show and list, and the rules and profile as JSON settings. */
class CliScoringTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    @Test
    void dealsShowPrintsTheScoreLineByLine() {
        String id = cli.addDeal("Pilot");
        cli.json("interactions", "add", id, "--kind", "demo-request", "--direction", "in", "--at", "2026-03-03T10:00+01:00");
        cli.json("interactions", "add", id, "--kind", "email", "--direction", "in", "--at", "2026-03-05T10:00+01:00");
        cli.run("contacts", "edit", cli.json("deals", "show", id).get("contact").get("id").asString(), "--industry", "Software",
                "--company-size", "50");

        JsonNode score = cli.json("deals", "show", id).get("score");
        assertThat(score.get("total").asInt()).isEqualTo(30 + 15 + 15 + 10);
        assertThat(CliDealsTest.list(score.get("lines")).stream().map(l -> l.get("text").asString()).toList())
                .containsExactly("+30 demo request, Mar 3", "+15 inbound email, Mar 5", "+15 industry Software in the profile",
                        "+10 company size 50 in 10–200");
        assertThat(CliDealsTest.list(score.get("lines")).stream().mapToInt(l -> l.get("points").asInt()).sum()).isEqualTo(70);

        String text = cli.run("deals", "show", id).out();
        assertThat(text).contains("Score 70:").contains("  +30  demo request, 3 Mar");

        cli.setNow(Fixtures.NOW.plus(java.time.Duration.ofDays(70)));
        JsonNode later = cli.json("deals", "show", id).get("score");
        assertThat(later.get("total").asInt()).as("two periods of 30 days since the deal was made, 12 Mar").isEqualTo(50);
        assertThat(CliDealsTest.list(later.get("lines")).getLast().get("signal").asString()).isEqualTo("decay");
        assertThat(cli.json("deals", "list").get("deals").get(0).get("score").asInt()).isEqualTo(50);
    }

    @Test
    void dealsListSortsByScore() {
        String low = cli.addDeal("Low");
        String high = cli.addDeal("High");
        String middle = cli.addDeal("Middle");
        cli.json("interactions", "add", high, "--kind", "quote-request", "--direction", "in");
        cli.json("interactions", "add", middle, "--kind", "call", "--direction", "out");
        List<String> ids = CliDealsTest.list(cli.json("deals", "list", "--sort", "score").get("deals")).stream()
                .map(d -> d.get("id").asString()).toList();
        assertThat(ids).containsExactly(high, middle, low);
        assertThat(cli.run("deals", "list", "--sort", "score", "--limit", "1").out()).contains("SCORE").contains("30").doesNotContain("Middle");
        assertThat(cli.run("deals", "list", "--sort", "size").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void theRulesAreSetFromJsonAndEveryDealIsScoredAgain() throws Exception {
        String id = cli.addDeal("Pilot");
        cli.json("interactions", "add", id, "--kind", "demo-request", "--direction", "in");
        JsonNode rules = cli.json("settings", "get", "scoring");
        assertThat(rules.get("points").get("explicit-request").asInt()).isEqualTo(30);
        assertThat(rules.get("decayEveryDays").asInt()).isEqualTo(30);

        Path file = dir.resolve("rules.json");
        Files.writeString(file, "{\"points\": {\"explicit-request\": 45}}");
        assertThat(cli.run("settings", "set", "scoring", file.toString()).exit()).isZero();
        assertThat(cli.json("settings", "get", "scoring").get("points").get("explicit-request").asInt()).isEqualTo(45);
        assertThat(cli.json("deals", "show", id).get("score").get("total").asInt()).isEqualTo(45);

        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"industries\": [\"Retail\"], \"companySize\": {\"min\": 1, \"max\": 9}}");
        assertThat(cli.run("settings", "set", "profile", profile.toString()).exit()).isZero();
        assertThat(cli.json("settings", "get", "profile").get("industries").get(0).asString()).isEqualTo("Retail");

        // What 'settings get' prints, as text, is JSON that 'settings set' reads back.
        String printed = cli.run("settings", "get", "scoring").out();
        assertThat(printed).doesNotContain("\\n").contains("\n");
        Files.writeString(file, printed);
        assertThat(cli.run("settings", "set", "scoring", file.toString()).exit()).isZero();
        assertThat(cli.json("settings", "get", "scoring").get("points").get("explicit-request").asInt()).isEqualTo(45);
    }

    @Test
    void badJsonIsRefusedWithASentenceAndChangesNothing() throws Exception {
        Path file = dir.resolve("bad.json");
        com.funnelboard.store.Store.open(cli.db(), Fixtures.CLOCK).close();
        Files.writeString(file, "{\"points\": {\"explicit-request\": 45,}");
        CliRunner.Result r = cli.run("settings", "set", "scoring", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("The scoring rules are not readable JSON: unexpected \u201c}\u201d"
                + " (line 1, column 36).");
        Files.writeString(file, "{\"points\": {\"explicit-request\": 45}");
        assertThat(cli.run("settings", "set", "scoring", file.toString()).err().strip())
                .isEqualTo("The scoring rules are not readable JSON: the text ends before every { and [ is closed (line 1, column 36).");
        Files.writeString(file, "{\"points\": {\"explicit-request\": forty}}");
        assertThat(cli.run("settings", "set", "scoring", file.toString()).err())
                .contains("a word that is not a quoted text, a number, true, false or null (line 1").doesNotContain("token");

        Files.writeString(file, "{\"points\": {\"handshake\": 5}}");
        r = cli.run("settings", "set", "scoring", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("\"handshake\" is not a scoring signal");

        Files.writeString(file, "{\"companySize\": {\"min\": 200, \"max\": 10}}");
        r = cli.run("settings", "set", "profile", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("company size range");

        assertThat(cli.run("settings", "get", "colours").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.json("settings", "get", "scoring").get("points").get("explicit-request").asInt()).isEqualTo(30);
    }
}
