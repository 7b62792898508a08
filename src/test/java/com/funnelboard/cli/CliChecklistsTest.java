package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The checklists a team edits: an item added, made required, reworded, ordered and removed is what the next move passes. */
class CliChecklistsTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    private static List<String> codesOf(CliRunner runner, String gate) {
        List<String> out = new java.util.ArrayList<>();
        runner.json("checklists", "list").get("gates").get(gate).forEach(i -> out.add(i.get("code").asString()));
        return out;
    }

    private List<String> codes(String gate) {
        List<String> out = new java.util.ArrayList<>();
        cli.json("checklists", "list").get("gates").get(gate).forEach(i -> out.add(i.get("code").asString()));
        return out;
    }

    @Test
    void anItemAddedRequiredIsWhatTheNextMovePassesAndRemovedItIsNot() {
        String id = cli.addDeal("Pilot", "--value", "1,000");
        assertThat(codes("opportunity-won")).containsExactly("proposal-presented", "terms-negotiated", "signed-or-paid");
        cli.json("move", id, "--to", "opportunity", "--override", "Moved up for the test");

        JsonNode added = cli.json("checklists", "add", "--gate", "won", "--text", "Legal approved the contract", "--required");
        String legal = added.get("code").asString();
        assertThat(legal).matches("legal-approved-the-contract-[0-9a-f]{4}").startsWith("legal-approved-the-contract-"
                + added.get("id").asString().substring(0, 4));
        assertThat(added.get("gate").asString()).isEqualTo("opportunity-won");
        assertThat(codes("opportunity-won")).endsWith(legal);
        CliRunner.Result refused = cli.run("move", id, "--to", "won", "--check", "proposal-presented", "--check", "signed-or-paid");
        assertThat(refused.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains(legal + " Legal approved the contract");
        assertThat(cli.run("checklists", "list").out()).contains("two-way", "derived", "checked").doesNotContain("ticked");

        cli.json("checklists", "move", legal, "--up");
        assertThat(codes("opportunity-won")).containsExactly("proposal-presented", "terms-negotiated", legal, "signed-or-paid");
        assertThat(cli.json("checklists", "move", "proposal-presented", "--up").get("moved").asBoolean()).isFalse();

        JsonNode optional = cli.json("checklists", "edit", legal, "--optional", "--text", "Legal has read it");
        assertThat(optional.get("required").asBoolean()).isFalse();
        assertThat(optional.get("text").asString()).isEqualTo("Legal has read it");
        cli.json("checklists", "remove", "signed-or-paid");
        assertThat(codes("opportunity-won")).doesNotContain("signed-or-paid");
        assertThat(cli.run("move", id, "--to", "won", "--check", "proposal-presented").exit()).as("nothing required is unmet now").isZero();

        // Each edit is a change set of its own, in the history in words, and undone as any other.
        String history = cli.run("history", "--limit", "6").out();
        assertThat(history).contains("Removed \u201CSigned or paid\u201D from the Opportunity \u2192 Won checklist", "Checklist item optional",
                "Checklist item reworded: Legal approved the contract \u2192 Legal has read it",
                "Added \u201CLegal approved the contract\u201D to the Opportunity \u2192 Won checklist");
        assertThat(cli.run("undo").exit()).isZero(); // the move to Won
        assertThat(cli.run("undo").exit()).isZero(); // the removal
        assertThat(codes("opportunity-won")).contains("signed-or-paid");
    }

    @Test
    void badEditsAreRefusedAndWriteNothing() {
        cli.addDeal("Pilot");
        List<String> before = codes("lead-prospect");
        assertThat(cli.run("checklists", "add", "--gate", "closing", "--text", "x").err()).contains("--gate: closing is no gate");
        assertThat(cli.run("checklists", "add", "--gate", "prospect", "--text", "\u200B\u00A0").err()).contains("--text: An item needs a text");
        assertThat(cli.run("checklists", "edit", "no-such-item", "--required").err()).contains("There is no checklist item no-such-item");
        assertThat(cli.run("checklists", "edit", "budget").err()).contains("Say what to change");
        assertThat(cli.run("checklists", "move", "budget").err()).contains("Say which way");
        assertThat(cli.run("checklists", "add", "--gate", "prospect", "--text", "...").err()).as("no word in it")
                .contains("An item needs a text");
        assertThat(cli.run("checklists", "add", "--gate", "prospect", "--text", "budget: ABLE to pay").err())
                .contains("\u201Cbudget: ABLE to pay\u201D is on the Lead \u2192 Prospect checklist already");
        assertThat(cli.run("checklists", "edit", "budget", "--text", "  " + cli.json("checklists", "edit", "budget", "--required")
                .get("text").asString() + "  ").out()).as("said of no change").startsWith("Nothing to change: budget (required)");
        // Written otherwise: more spaces, punctuation at the end.
        assertThat(cli.run("checklists", "add", "--gate", "prospect", "--text", "budget:  able to pay!").err())
                .contains("is on the Lead \u2192 Prospect checklist already");
        // The item shown with the profile's comparison keeps its words ("Reference call done — industry unknown").
        assertThat(cli.run("checklists", "edit", "fits-icp", "--text", "Reference call done").err())
                .contains("is shown with how the deal compares with the ideal customer profile");
        assertThat(cli.run("checklists", "add", "--gate", "prospect", "--text", "Invoice \u202Efdp.exe").err())
                .contains("invisible character that reorders or hides text (U+202E)");
        // An item the data answers keeps its words: reworded, any deal with a value "met" an NDA.
        assertThat(cli.run("checklists", "edit", "value-estimated", "--text", "Customer signed the NDA").err())
                .contains("\u201CDeal value estimated\u201D is answered by the data (set the deal's value answers it): its words are not edited");
        assertThat(cli.json("checklists", "edit", "value-estimated", "--optional").get("required").asBoolean()).isFalse();
        assertThat(codes("lead-prospect")).isEqualTo(before);
    }

    /** Two teammates who each add an item of the same words make two items, which a merge of their files keeps apart. */
    @Test
    void itemsTwoTeammatesAddedAloneBothArriveByMerge() throws Exception {
        cli.addDeal("Pilot");
        java.nio.file.Files.copy(dir.resolve("pipeline.db"), dir.resolve("bo.db"));
        CliRunner bo = new CliRunner(dir.resolve("bo.db"), Fixtures.NOW);
        cli.json("checklists", "add", "--gate", "won", "--text", "Legal approved", "--required");
        bo.json("checklists", "add", "--gate", "won", "--text", "Legal approved");
        Path file = dir.resolve("bo.funnel");
        bo.json("share", "export", file.toString());
        CliRunner.Result merged = cli.run("share", "merge", file.toString());
        assertThat(merged.exit()).as(merged.err()).isZero();
        assertThat(cli.json("checklists", "list").get("gates").get("opportunity-won").findValuesAsString("text"))
                .filteredOn("Legal approved"::equals).hasSize(2);
        // Both copies list them in one order (added apart, the two got one place).
        Path back = dir.resolve("ann.funnel");
        cli.json("share", "export", back.toString());
        CliRunner.Result mergedBack = bo.run("share", "merge", back.toString());
        assertThat(mergedBack.exit()).as(mergedBack.err()).isZero();
        assertThat(codes("opportunity-won")).isEqualTo(codesOf(bo, "opportunity-won"));

        // Two rewordings of one item apart are a conflict, named by the item's words.
        cli.json("checklists", "edit", "budget", "--text", "Budget: can pay (A)");
        bo.json("checklists", "edit", "budget", "--text", "Budget: can pay (B)");
        Path boAgain = dir.resolve("bo2.funnel");
        bo.json("share", "export", boAgain.toString());
        assertThat(cli.run("share", "merge", boAgain.toString()).exit()).isZero();
        assertThat(cli.run("conflicts", "list").out()).contains("checklist item \u201CBudget: can pay").doesNotContain("checklist_item");
    }
}
