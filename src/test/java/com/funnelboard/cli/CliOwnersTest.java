package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** whoami, deals list --owner and deals edit --owner. */
class CliOwnersTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    @Test
    void whoamiSaysWhoUsesTheInstallationAndTheirDealsAreTheirs() {
        assertThat(cli.json("whoami").get("email").isNull()).isTrue();
        String early = cli.addDeal("Before anyone said");
        String binned = cli.addDeal("Deleted before anyone said");
        cli.run("deals", "delete", binned);
        assertThat(ids(cli.json("deals", "list", "--owner", "nobody"))).as("a deal without an owner").containsExactly(early);
        CliRunner.Result half = cli.run("whoami", "--name", "Ida Berg");
        assertThat(half.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("deals", "list", "--owner", "me").exit()).as("'me' before anyone said who").isEqualTo(ExitCodes.BAD_INPUT);

        CliRunner.Result said = cli.run("whoami", "--name", "Ida Berg", "--email", "ida@nordwind.example");
        // The trash's among them are said so (an undone import's deals read as taken from nowhere).
        assertThat(said.out()).contains("Took 2 deals nobody owned (1 of them in the trash).");
        JsonNode me = cli.json("whoami");
        assertThat(me.get("author").asString()).isEqualTo("Ida Berg <ida@nordwind.example>");
        assertThat(ids(cli.json("deals", "list", "--owner", "nobody"))).as("claimed").isEmpty();
        assertThat(cli.run("whoami").out()).contains("Ida Berg <ida@nordwind.example>");

        String mine = cli.addDeal("Pilot");
        assertThat(cli.json("deals", "show", mine).get("owner").asString()).isEqualTo("ida@nordwind.example");
        assertThat(cli.json("history", "--deal", mine, "--limit", "1").get("changeSets").get(0).get("author").asString())
                .isEqualTo("Ida Berg <ida@nordwind.example>");
        assertThat(ids(cli.json("deals", "list", "--owner", "me"))).containsExactlyInAnyOrder(mine, early);

        JsonNode given = cli.json("deals", "edit", mine, "--owner", "Ola@Nordwind.example");
        assertThat(given.get("owner").asString()).isEqualTo("ola@nordwind.example");
        assertThat(given.get("title").asString()).as("nothing else changed").isEqualTo("Pilot");
        assertThat(ids(cli.json("deals", "list", "--owner", "me"))).containsExactly(early);
        assertThat(ids(cli.json("deals", "list", "--owner", "ola@nordwind.example"))).containsExactly(mine);
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(ids(cli.json("deals", "list", "--owner", "me"))).containsExactlyInAnyOrder(mine, early);

        // A mailbox names its address; 'nobody' leaves the deal without an owner (recorded, undoable).
        assertThat(cli.json("deals", "edit", mine, "--owner", "Ola Nordmann <Ola@Nordwind.example>").get("owner").asString())
                .isEqualTo("ola@nordwind.example");
        assertThat(cli.json("history", "--deal", mine, "--limit", "1").get("changeSets").get(0).get("summary").asString())
                .as("the name given goes to the team's directory").isEqualTo("Gave \u201CPilot\u201D to Ola Nordmann");
        assertThat(cli.json("deals", "edit", mine, "--owner", "<ola@nordwind.example>").get("owner").asString()).isEqualTo("ola@nordwind.example");
        assertThat(cli.run("deals", "edit", mine, "--owner", "ola<@nordwind.example").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.json("deals", "edit", mine, "--owner", "nobody").get("owner").isNull()).isTrue();
        assertThat(ids(cli.json("deals", "list", "--owner", "nobody"))).containsExactly(mine);
        assertThat(cli.json("history", "--deal", mine, "--limit", "1").get("changeSets").get(0).get("summary").asString())
                .isEqualTo("Left \u201CPilot\u201D without an owner");
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(ids(cli.json("deals", "list", "--owner", "ola@nordwind.example"))).containsExactly(mine);

        CliRunner.Result bad = cli.run("deals", "edit", mine, "--owner", "ola");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--owner");
    }

    /** A copy passed on keeps who used it, but its new user's changes never carry that name until they say who they are. */
    @Test
    void aCopiedDatabaseWritesNothingUnderTheFormerUsersName() throws Exception {
        cli.json("whoami", "--name", "Ida Berg", "--email", "ida@nordwind.example");
        String pilot = cli.addDeal("Pilot");
        Path copy = dir.resolve("copy.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db()); java.sql.Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + copy + "'"); // as a file copied and passed on
        }
        CliRunner other = new CliRunner(copy, Fixtures.NOW.plusSeconds(60));
        assertThat(other.run("undo").err()).as("what the original's commands did is not the copy's to undo").contains("Nothing to undo");
        JsonNode who = other.json("whoami");
        assertThat(who.get("author").isNull()).isTrue();
        assertThat(who.get("copiedFrom").asString()).isEqualTo("Ida Berg <ida@nordwind.example>");
        assertThat(other.run("whoami").out()).contains("copied from another installation, where it was Ida Berg");
        assertThat(other.run("deals", "edit", pilot, "--title", "Pilot (copy)").exit()).isZero();
        String made = other.addDeal("Made in the copy");
        assertThat(other.json("deals", "show", made).get("owner").isNull()).as("nobody's until its user says who they are").isTrue();
        assertThat(other.json("history", "--deal", pilot, "--limit", "1").get("changeSets").get(0).get("author").asString())
                .doesNotContain("Ida Berg");
        // Once they say who they are, the changes are theirs.
        JsonNode me = other.json("whoami", "--name", "Ola Nordmann", "--email", "ola@nordwind.example");
        assertThat(me.get("author").asString()).isEqualTo("Ola Nordmann <ola@nordwind.example>");
        assertThat(me.get("copiedFrom").isNull()).isTrue();
        assertThat(other.run("deals", "edit", pilot, "--title", "Pilot (Ola)").exit()).isZero();
        assertThat(other.json("history", "--deal", pilot, "--limit", "1").get("changeSets").get(0).get("author").asString())
                .isEqualTo("Ola Nordmann <ola@nordwind.example>");
        // The original is still Ida's.
        assertThat(cli.json("whoami").get("author").asString()).isEqualTo("Ida Berg <ida@nordwind.example>");
    }

    static java.util.List<String> ids(JsonNode list) {
        java.util.List<String> out = new java.util.ArrayList<>();
        list.get("deals").forEach(d -> out.add(d.get("id").asString()));
        return out;
    }

    /** An owner an import kept as written (initials, a name the directory does not know) is asked for as written (it was refused: "Not an email address"). */
    @Test
    void anOwnerKeptAsWrittenIsAskedForAsWritten() throws Exception {
        java.nio.file.Path csv = dir.resolve("owners.csv");
        java.nio.file.Files.writeString(csv, "Deal,Owner,Amount\nA,JB,100\nB,Jenny B.,200\n");
        cli.json("import", "csv", csv.toString());
        assertThat(ids(cli.json("deals", "list", "--owner", "JB"))).hasSize(1);
        assertThat(cli.json("deals", "list", "--owner", "jenny b.").get("deals").get(0).get("title").asString()).isEqualTo("B");
        assertThat(cli.run("deals", "list", "--owner", "XY").exit()).as("a name nobody owns by is still refused").isEqualTo(ExitCodes.BAD_INPUT);
    }

    /**
     * A copy of a teammate's database, used by a command before its new user said who they are: the first change says whose
     * name it is signed with and how to say who you are (the window asks; a command signed "root" silently, and the name
     * reached a teammate's conflicts list).
     */
    @Test
    void aCopysFirstChangeSaysWhoItIsSignedBy() throws Exception {
        cli.run("whoami", "--name", "Ida Berg", "--email", "ida@nordwind.example");
        cli.addDeal("Pilot");
        java.nio.file.Path copy = dir.resolve("from-ida.db");
        for (String suffix : java.util.List.of("", "-wal")) {
            java.nio.file.Path part = dir.resolve("pipeline.db" + suffix);
            if (java.nio.file.Files.exists(part)) {
                java.nio.file.Files.copy(part, dir.resolve("from-ida.db" + suffix));
            }
        }
        CliRunner mine = new CliRunner(copy, Fixtures.NOW);
        assertThat(mine.run("deals", "list").err()).as("reading says nothing").doesNotContain("Signed");
        CliRunner.Result added = mine.run("deals", "add", "--title", "Rollout", "--contact", "Bo");
        assertThat(added.exit()).isZero();
        assertThat(added.err()).contains("Signed \u201C").contains("from-ida.db was Ida Berg's, copied here, and nobody has said who uses it now;")
                .contains("'funnelboard whoami --name NAME --email EMAIL' does.");
        assertThat(mine.run("whoami", "--name", "Bo Lind", "--email", "bo@nordwind.example").err()).as("saying who").doesNotContain("Signed");
        assertThat(mine.run("deals", "add", "--title", "Third", "--contact", "Cy").err()).doesNotContain("Signed");
    }
}
