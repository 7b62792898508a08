package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The deals that entered their stage by overriding its checklist: `deals list --filter overridden=yes` (the board's
 * More filters → "Only deals moved past their checklist"), each with the reason given.
 */
class CliOverriddenDealsTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    private String add(String title) {
        return cli.json("deals", "add", "--title", title, "--contact", title + " contact").get("id").asString();
    }

    private List<String> titles(String... filters) {
        String[] args = new String[2 + filters.length * 2];
        args[0] = "deals";
        args[1] = "list";
        for (int i = 0; i < filters.length; i++) {
            args[2 + 2 * i] = "--filter";
            args[3 + 2 * i] = filters[i];
        }
        return StreamSupport.stream(cli.json(args).get("deals").spliterator(), false).map(d -> d.get("title").asString()).toList();
    }

    @Test
    void onlyTheDealsWhoseMoveIntoTheirStageWasOverriddenWithTheReason() {
        String pushed = add("Pushed");
        String movedBack = add("Moved back");
        add("Untouched");
        assertThat(cli.run("move", pushed, "--to", "prospect", "--override", "Met at the fair").exit()).isZero();
        assertThat(cli.run("move", movedBack, "--to", "prospect", "--override", "Hunch").exit()).isZero();
        assertThat(cli.run("move", movedBack, "--to", "lead").exit()).as("back to Lead: no checklist").isZero();

        assertThat(titles("overridden=yes")).as("a deal moved back since is in Lead by a move that needed no checklist")
                .containsExactly("Pushed");
        assertThat(titles()).hasSize(3);
        JsonNode all = cli.json("deals", "list");
        for (JsonNode d : all.get("deals")) {
            String reason = d.path("overrideReason").isString() ? d.get("overrideReason").asString() : null;
            assertThat(reason).as(d.get("title").asString()).isEqualTo(d.get("title").asString().equals("Pushed") ? "Met at the fair" : null);
        }
        // A later move that passes nothing but is overridden again keeps it listed; a later backward move takes it off.
        assertThat(cli.run("move", pushed, "--to", "lead").exit()).isZero();
        assertThat(titles("overridden=yes")).isEmpty();
        CliRunner.Result maybe = cli.run("deals", "list", "--filter", "overridden=maybe");
        assertThat(maybe.exit()).as("only yes or no: \"maybe\" was taken for no").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(maybe.err()).contains("The filter overridden cannot be \"maybe\"; use yes or no");
    }
}
