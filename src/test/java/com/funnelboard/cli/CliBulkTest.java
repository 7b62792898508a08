package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Several deals in one command — given as ids or piped in with '-' — change as one change set: one History line, one undo
 * (a manager's cleanup took a command per deal, each its own change set and its own undo).
 */
class CliBulkTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    private String stage(String id) {
        return cli.json("deals", "show", id).get("stage").asString();
    }

    private int historyLines() {
        return cli.json("history", "--limit", "1000").get("changeSets").size();
    }

    @Test
    void idsPipedFromAListAreReassignedAsOneChangeThatOneUndoTakesBack() {
        String a = cli.addDeal("Alpha");
        String b = cli.addDeal("Beta");
        String c = cli.addDeal("Gamma", "--value", "100");
        CliRunner.Result ids = cli.run("deals", "list", "--stage", "lead", "--ids");
        CliRunner.Result listed = cli.run("deals", "list", "--stage", "lead");
        assertThat(listed.exit()).isZero();
        // The table itself may be piped too: its header is passed over, each row's first word is its id.
        int before = historyLines();
        CliRunner.Result edited = cli.runWithInput(listed.out().getBytes(StandardCharsets.UTF_8), "deals", "edit", "-", "--owner",
                "Ben Ode <ben@example.com>", "--close-date", "2026-06-30");
        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(edited.out()).startsWith("Changed 3 deals: owner Ben Ode, expected to close on 2026-06-30 as one change");
        assertThat(historyLines()).isEqualTo(before + 1);
        assertThat(cli.run("history", "--limit", "1").out()).contains("Changed 3 deals: owner Ben Ode, expected close 2026-06-30");
        for (String id : List.of(a, b, c)) {
            assertThat(cli.json("deals", "show", id).get("owner").asString()).isEqualTo("ben@example.com");
        }
        assertThat(cli.run("undo").exit()).isZero();
        for (String id : List.of(a, b, c)) {
            assertThat(cli.json("deals", "show", id).get("owner").asString()).isNotEqualTo("ben@example.com");
            assertThat(cli.json("deals", "show", id).get("expectedCloseOn").isNull()).isTrue();
        }
        assertThat(ids.out().lines().toList()).containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    void oneUnmetChecklistMovesNoneUnlessOverriddenOrSkipped() {
        String a = cli.addDeal("Alpha");
        String b = cli.addDeal("Beta");
        String there = cli.addDeal("There");
        assertThat(cli.run("move", there, "--to", "prospect", "--override", "Referral").exit()).isZero();

        CliRunner.Result refused = cli.run("move", a, b, "--to", "prospect");
        assertThat(refused.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("\u201CAlpha\u201D (At least one inbound interaction logged: two-way; Fits the ideal customer profile: fits-icp; Has a need that our product or service addresses: has-need), \u201CBeta\u201D (At least one inbound interaction logged: two-way; Fits the ideal customer profile: fits-icp; Has a need that our product or service addresses: has-need) do not meet "
                + "the Prospect checklist, so nothing was moved.").contains("--skip-unmet");
        assertThat(stage(a)).isEqualTo("lead");

        CliRunner.Result skipped = cli.run("move", a, b, "--to", "prospect", "--skip-unmet");
        assertThat(skipped.exit()).as("none moved").isEqualTo(ExitCodes.REFUSED);
        assertThat(skipped.out()).contains("Nothing was changed.").contains("\u201CAlpha\u201D: the Prospect checklist is not met");

        JsonNode moved = cli.json("move", a, b, there, "--to", "prospect", "--override", "Met them at the fair");
        assertThat(moved.get("changed").asInt()).isEqualTo(2);
        assertThat(moved.get("skipped").get(0).get("why").asString()).isEqualTo("in Prospect already");
        assertThat(stage(a)).isEqualTo("prospect");
        // Each move of a few names its deal (blocks of "Lead → Prospect" named none).
        assertThat(cli.run("history", "--limit", "1").out()).contains("Moved 2 deals to Prospect").contains("\u201CAlpha\u201D: Lead \u2192 Prospect")
                .contains("\u201CBeta\u201D: Lead \u2192 Prospect");
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(stage(a)).isEqualTo("lead");
        assertThat(stage(b)).isEqualTo("lead");
        assertThat(stage(there)).isEqualTo("prospect");
    }

    @Test
    void deletedTogetherAndRestoredTogether() {
        String a = cli.addDeal("Alpha");
        String b = cli.addDeal("Beta");
        CliRunner.Result deleted = cli.run("deals", "delete", a, b);
        assertThat(deleted.exit()).isZero();
        assertThat(deleted.out()).startsWith("Moved 2 deals to the trash as one change");
        assertThat(cli.run("deals", "show", a).exit()).isNotZero();
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(stage(a)).isEqualTo("lead");
        assertThat(stage(b)).isEqualTo("lead");
    }

    @Test
    void anUnknownIdAmongManyChangesNothing() {
        String a = cli.addDeal("Alpha");
        CliRunner.Result bad = cli.runWithInput((a + "\nffffffff\n").getBytes(StandardCharsets.UTF_8), "deals", "delete", "-");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("ffffffff");
        assertThat(stage(a)).isEqualTo("lead");

        CliRunner.Result empty = cli.runWithInput(new byte[0], "deals", "delete", "-");
        assertThat(empty.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("Standard input named no deal");
    }

    @Test
    void severalDealsTakeOnlyTheOwnerAndTheCloseDate() {
        String a = cli.addDeal("Alpha");
        String b = cli.addDeal("Beta");
        CliRunner.Result titled = cli.run("deals", "edit", a, b, "--title", "Same");
        assertThat(titled.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(titled.err()).contains("Several deals take --owner and --close-date");
        CliRunner.Result won = cli.run("move", a, b, "--to", "won", "--final-value", "10", "--override", "why: test");
        assertThat(won.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(won.err()).contains("--final-value is for one deal");
        assertThat(cli.json("deals", "show", a).get("title").asString()).isEqualTo("Alpha");
    }

    /** Of a change set read in part, History's counts say "at least": "Owner → Ben Ode (199)" was read of a 533-deal gift. */
    @Test
    void historyCountsOfABigActionSayAtLeast() {
        assertThat(cli.run("demo", "--deals", "260").exit()).isZero();
        CliRunner.Result ids = cli.run("deals", "list", "--ids");
        CliRunner.Result edited = cli.runWithInput(ids.out().getBytes(StandardCharsets.UTF_8), "deals", "edit", "-", "--owner", "Ben Ode <ben@example.com>");
        assertThat(edited.exit()).as(edited.err()).isZero();
        String said = cli.run("history", "--limit", "1").out();
        assertThat(said).containsPattern("Owner .* \u2192 Ben Ode \\(at least \\d+\\)").contains("changes in all");
    }
}
