package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A team folder as mailboxes: each installation writes its own file there and merges the others'. */
class CliTeamFolderTest {

    @TempDir
    Path dir;

    @Test
    void threeInstallationsMeetInATeamFolderAndEachWritesOnlyItsOwnFile() throws Exception {
        Path team = Files.createDirectory(dir.resolve("team"));
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        CliRunner carol = new CliRunner(dir.resolve("carol.db"), Fixtures.NOW.plusSeconds(9));
        for (CliRunner r : List.of(alice, bob, carol)) {
            assertThat(r.json("share", "folder", team.toString()).get("folder").asString()).isEqualTo(team.toRealPath().toString());
        }
        String pilot = alice.addDeal("Pilot");
        String renewal = bob.addDeal("Renewal");

        JsonNode first = alice.json("share", "sync");
        assertThat(first.get("merged")).as("nobody else has written yet").isEmpty();
        JsonNode bobs = bob.json("share", "sync");
        assertThat(bobs.get("merged")).hasSize(1);
        assertThat(bobs.get("merged").get(0).get("new").asInt()).isPositive();
        carol.json("share", "sync");
        assertThat(files(team)).as("one file per installation").hasSize(3);

        assertThat(carol.json("deals", "show", pilot).get("title").asString()).isEqualTo("Pilot");
        assertThat(carol.json("deals", "show", renewal).get("title").asString()).isEqualTo("Renewal");
        alice.json("share", "sync");
        assertThat(alice.json("deals", "show", renewal).get("title").asString()).isEqualTo("Renewal");

        carol.json("share", "sync"); // Alice wrote her file again
        JsonNode again = carol.json("share", "sync");
        assertThat(again.get("merged")).as("files that did not change are not read again").isEmpty();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("wrote").isNull()).as("nothing new: Carol's own file is left as it was").isTrue();
        assertThat(carol.run("share", "sync").out()).contains("already holds every change");
        for (CliRunner r : List.of(alice, bob, carol)) {
            r.json("share", "sync");
        }
        for (CliRunner r : List.of(alice, bob, carol)) {
            JsonNode quiet = r.json("share", "sync");
            assertThat(quiet.get("merged")).as("once all have everything, a look merges nothing and writes nothing").isEmpty();
            assertThat(quiet.get("wrote").isNull()).isTrue();
        }

        // A stranger's file in the folder is refused with its reason; the rest still merges.
        Files.writeString(team.resolve("mallory-00000000.funnel"), "not a share file");
        assertThat(bob.run("deals", "edit", renewal, "--title", "Renewal 2027").exit()).isZero();
        assertThat(bob.run("share", "sync").exit()).as("Bob merged, and was told of the stranger's file").isEqualTo(ExitCodes.BAD_INPUT);
        byte[] strangerBefore = Files.readAllBytes(team.resolve("mallory-00000000.funnel"));
        CliRunner.Result refused = carol.run("share", "sync", "--json");
        assertThat(refused.exit()).as("the rest merged, but a file was refused").isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode withStranger = refused.json();
        assertThat(team.resolve("mallory-00000000.funnel")).as("a refused file is left as it was").hasBinaryContent(strangerBefore);
        assertThat(withStranger.get("refused")).hasSize(1);
        assertThat(withStranger.get("refused").get(0).get("file").asString()).isEqualTo("mallory-00000000.funnel");
        assertThat(withStranger.get("refused").get(0).get("reason").asString()).isNotBlank();
        assertThat(carol.json("deals", "show", renewal).get("title").asString()).isEqualTo("Renewal 2027");
        CliRunner.Result still = carol.run("share", "sync");
        assertThat(still.exit()).as("told at every sync while it is there: a script sees it every time").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(still.out()).contains("refused 1 file (mallory-00000000.funnel: ");
        Files.writeString(team.resolve("mallory-00000000.funnel"), "still not a share file");
        assertThat(carol.run("share", "sync").out()).contains("refused 1 file (mallory-00000000.funnel: ")
                .as("the file is named once, its reason said once").doesNotContain("The share file", "nothing was changed");
        Files.write(team.resolve("trudy-11111111.funnel"), new byte[] {0, 1, 2});
        CliRunner.Result two = carol.run("share", "sync");
        assertThat(two.out()).as("each refused file is named with its own reason").contains("refused 2 files (")
                .contains("  mallory-00000000.funnel was refused: ").contains("  trudy-11111111.funnel was refused: ");
        Files.delete(team.resolve("trudy-11111111.funnel"));

        assertThat(carol.run("share", "folder", team.toString(), "--off").exit()).as("a folder, or --off").isEqualTo(ExitCodes.USAGE);
        CliRunner.Result stopped = carol.run("share", "folder", "--off");
        assertThat(stopped.out()).contains("The team folder " + team.toRealPath() + " is no longer used", "(the files in it stay)");
        assertThat(carol.run("share", "folder", "--off").out()).as("said again with none set").contains("No team folder was set; nothing changed.");
        assertThat(carol.json("share", "folder", "--off").get("folder").isNull()).isTrue();
        assertThat(carol.run("share", "folder").out()).contains("No team folder is set; set one with 'share folder PATH'.");
        assertThat(carol.run("share", "sync").exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(carol.run("share", "folder", dir.resolve("missing").toString()).exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    /**
     * A look that merges a teammate's delete and, from another file, a second teammate's restore of it
     * leaves nothing to review and says so: each file's merge was summed, and it said "1 conflict to
     * review" where `conflicts list` then showed none.
     */
    @Test
    void aConflictEndedByALaterFileOfTheSameLookIsNotCounted() throws Exception {
        Path team = Files.createDirectory(dir.resolve("team"));
        CliRunner ann = new CliRunner(dir.resolve("ann.db"), Fixtures.NOW);
        CliRunner bo = new CliRunner(dir.resolve("bo.db"), Fixtures.NOW.plusSeconds(5));
        CliRunner cy = new CliRunner(dir.resolve("cy.db"), Fixtures.NOW.plusSeconds(9));
        // Named, so that their files are merged in this order: Ann's (the delete) before Bo's (the delete and the restore).
        ann.run("whoami", "--name", "Ann", "--email", "ann@nordwind.example");
        bo.run("whoami", "--name", "Bo", "--email", "bo@nordwind.example");
        cy.run("whoami", "--name", "Cy", "--email", "cy@nordwind.example");
        for (CliRunner r : List.of(ann, bo, cy)) {
            r.json("share", "folder", team.toString());
        }
        String pilot = ann.addDeal("Pilot");
        for (CliRunner r : List.of(ann, bo, cy)) {
            r.json("share", "sync");
        }
        ann.setNow(Fixtures.NOW.plusSeconds(60));
        assertThat(ann.run("deals", "delete", pilot).exit()).isZero();
        ann.json("share", "sync");
        bo.setNow(Fixtures.NOW.plusSeconds(70));
        bo.json("share", "sync");
        assertThat(bo.run("trash", "restore", pilot).exit()).isZero();
        bo.json("share", "sync");
        cy.setNow(Fixtures.NOW.plusSeconds(80));
        assertThat(cy.run("deals", "edit", pilot, "--title", "Pilot (Cy)").exit()).isZero();
        CliRunner.Result look = cy.run("share", "sync");
        assertThat(cy.json("conflicts", "list").get("conflicts")).isEmpty();
        assertThat(look.out()).contains("no new conflicts").doesNotContain("conflict to review");
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".funnel")).toList();
        }
    }
}
