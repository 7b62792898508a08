package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** undo and redo across separate commands on one installation. */
class CliUndoTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    @Test
    void undoTakesBackThePreviousCommandsAndRedoPutsThemBack() {
        String id = cli.addDeal("Pilot");
        assertThat(cli.run("move", id, "--to", "prospect", "--override", "Met at the fair").exit()).isZero();

        CliRunner.Result undo = cli.run("undo");
        assertThat(undo.exit()).isZero();
        assertThat(undo.out()).contains("Undid: Moved \u201CPilot\u201D from Lead to Prospect").doesNotContain("teammates");
        assertThat(cli.json("deals", "show", id).get("stage").asString()).isEqualTo("lead");
        // The move is taken back, not deleted, and counts nowhere: not among the overrides, not as entering Prospect.
        assertThat(cli.run("history", "--deal", id).out()).contains("Stage move Lead \u2192 Prospect, by ").contains(" taken back")
                .doesNotContain("deleted");
        assertThat(cli.run("report", "overrides").out()).doesNotContain("Met at the fair");

        JsonNode redo = cli.json("redo");
        assertThat(redo.get("text").asString()).startsWith("Redid: Moved");
        assertThat(cli.json("deals", "show", id).get("stage").asString()).isEqualTo("prospect");
        assertThat(cli.run("report", "overrides").out()).as("the same move again").contains("Met at the fair");

        assertThat(cli.run("undo").exit()).isZero(); // the move again
        cli.run("deals", "edit", id, "--value", "900"); // a change after an undo: nothing to redo, and why
        assertThat(cli.run("redo").err()).contains("Nothing to redo (what was undone can be redone until the next change)");
        assertThat(cli.run("undo").exit()).isZero(); // that change
        assertThat(cli.run("undo").exit()).isZero(); // the deal itself
        assertThat(cli.run("deals", "show", id).exit()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRunner.Result nothing = cli.run("undo");
        assertThat(nothing.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(nothing.err()).contains("Nothing to undo");
    }

    @Test
    void undoOfAChangeSetOverwrittenSinceIsRefused() {
        String id = cli.addDeal("Pilot");
        cli.run("move", id, "--to", "prospect", "--override", "Met");
        String moveSet = cli.json("history", "--deal", id).get("changeSets").get(0).get("id").asString();
        cli.run("move", id, "--to", "lost", "--lost-reason", "no-budget");
        CliRunner.Result r = cli.run("undo", moveSet);
        assertThat(r.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).contains("later changes to the deal \u201CPilot\u201D's stage").doesNotContain("deal.stage");
        assertThat(cli.json("deals", "show", id).get("stage").asString()).isEqualTo("lost");
    }

    /**
     * A bulk delete whose one deal was restored from the trash since: its undo brings the other back (it was refused as
     * "undone already", the other deal still in the trash).
     */
    @Test
    void anUndoPartlyDoneAlreadyDoesTheRest() {
        String a = cli.addDeal("Pilot");
        String b = cli.addDeal("Rollout");
        assertThat(cli.run("deals", "delete", a, b).exit()).isZero();
        String deletion = cli.json("history", "--limit", "1").get("changeSets").get(0).get("id").asString();
        assertThat(cli.run("trash", "restore", a.substring(0, 8)).exit()).isZero();
        CliRunner.Result undo = cli.run("undo", deletion);
        assertThat(undo.exit()).as(undo.err()).isZero();
        assertThat(cli.run("deals", "list").out()).contains("Pilot", "Rollout");
        assertThat(cli.run("undo", deletion).err()).as("now all of it").contains("undone already");
    }

    /** The same change set undone twice (a script run again): said undone already, not "undo the later change first". */
    @Test
    void aChangeSetUndoneAlreadyIsSaidSo() {
        String id = cli.addDeal("Pilot");
        cli.run("deals", "edit", id, "--title", "Pilot renewal", "--value", "900");
        String edit = cli.json("history", "--deal", id).get("changeSets").get(0).get("id").asString();
        String added = cli.json("history", "--deal", id).get("changeSets").get(1).get("id").asString();
        assertThat(cli.run("undo", edit).exit()).isZero();
        CliRunner.Result again = cli.run("undo", edit);
        assertThat(again.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("undone already").doesNotContain("later change");
        assertThat(cli.run("undo", added).exit()).isZero();
        assertThat(cli.run("undo", added).err()).as("a deal added, then undone").contains("undone already");
        // Changed since by someone else, the refusal still names the later change.
        String other = cli.addDeal("Rollout");
        cli.run("deals", "edit", other, "--title", "Rollout 2");
        String rename = cli.json("history", "--deal", other).get("changeSets").get(0).get("id").asString();
        cli.run("deals", "edit", other, "--title", "Rollout 3");
        assertThat(cli.run("undo", rename).err()).contains("later changes");
    }

    @Test
    void aChangeSetIsUndoneByTheIdTheHistoryShows() {
        String id = cli.addDeal("Pilot");
        cli.run("deals", "edit", id, "--title", "Pilot renewal");
        String shown = cli.run("history", "--limit", "1").out().replaceAll("(?s).*\\(([0-9a-f]{8})\\).*", "$1");
        assertThat(shown).hasSize(8);
        cli.run("deals", "edit", id, "--value", "900");
        CliRunner.Result r = cli.run("undo", shown);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(cli.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot");
        // Redo does again what was undone by its id; the value set after it was never undone.
        CliRunner.Result redo = cli.run("redo");
        assertThat(redo.exit()).as(redo.err()).isZero();
        assertThat(cli.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot renewal");
        assertThat(cli.json("deals", "show", id).get("value").get("amount").asString()).isEqualTo("900.00");
        assertThat(cli.run("undo").out()).as("the last action is the redo").contains("Pilot renewal");
        assertThat(cli.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot");

        CliRunner.Result junk = cli.run("undo", "zz");
        assertThat(junk.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(junk.err()).contains("give the id 'history' shows");
        assertThat(cli.run("undo", "0000abcd").err()).contains("No change set 0000abcd");
    }

    /** A refused undo names a deletion in words (it said "the deal “Pilot”'s deleted at"). */
    @Test
    void aRefusedUndoOfADeletionSaysItInWords() {
        String id = cli.addDeal("Pilot");
        cli.run("deals", "delete", id);
        String deletion = cli.json("history", "--limit", "1").get("changeSets").get(0).get("id").asString();
        cli.run("trash", "restore", id);
        CliRunner.Result refused = cli.run("undo", deletion);
        assertThat(refused.exit()).isNotZero();
        // Restored since: what the deletion did is undone already, said so (not "deleted at", nor "undo the later change first").
        assertThat(refused.err()).doesNotContain("deleted at").contains("undone already", "as it was before it");
    }

    /** A big change set's refused undo names the first few records changed since and counts the rest (it named 200 in one sentence). */
    @Test
    void aRefusedUndoOfABigChangeNamesAFewAndCountsTheRest() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            ids.add(cli.addDeal("Deal " + i));
        }
        cli.json("whoami", "--name", "Ann Alder", "--email", "ann@x.example");
        String took = cli.json("history", "--limit", "1").get("changeSets").get(0).get("id").asString();
        for (String id : ids) {
            cli.json("deals", "edit", id, "--owner", "bo@x.example");
        }
        CliRunner.Result refused = cli.run("undo", took);
        assertThat(refused.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains(" and 3 more ('history' lists the changes since); nothing was changed. Undo the later changes first.");
        assertThat(refused.err().split("'s owner").length - 1).as("five named").isEqualTo(5);
    }

    /** An interaction's undo names the person and the deal ("Undid: Logged an outbound call." named neither). */
    @Test
    void anInteractionsUndoNamesThePersonAndTheDeal() {
        String deal = cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg").get("id").asString();
        assertThat(cli.run("interactions", "add", deal, "--kind", "call", "--direction", "out", "--note", "Left a message").exit()).isZero();
        CliRunner.Result undone = cli.run("undo");
        assertThat(undone.exit()).isZero();
        assertThat(undone.out() + undone.err()).contains("Undid: Logged an outbound call with Ida Berg about \u201CPilot\u201D");
    }
}
