package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A contact merged into another on one copy while a teammate edited it on theirs: it is named as merged, not as gone to the
 * trash (Trash could not restore it), and restoring it from the conflict brings it back with the edits.
 */
class CliMergedContactEditedTest {

    @TempDir
    Path dir;

    CliRunner ben;
    CliRunner maria;

    @org.junit.jupiter.api.BeforeEach
    void twoTeammates() {
        ben = new CliRunner(dir.resolve("ben.db"), Fixtures.NOW);
        maria = new CliRunner(dir.resolve("maria.db"), Fixtures.NOW.plusSeconds(5));
        ben.json("whoami", "--name", "Ben Hart", "--email", "ben@x.example");
        maria.json("whoami", "--name", "Maria Lopez", "--email", "maria@x.example");
    }

    @Test
    void aContactMergedAwayHereAndEditedThereIsSaidAsMerged() {
        String keep = ben.json("contacts", "add", "--name", "Lars Holm", "--email", "lars@fjord.example").get("contact").get("id").asString();
        String other = ben.json("contacts", "add", "--name", "Lars Holm", "--phone", "+47 1").get("contact").get("id").asString();
        pass(ben, maria, "ben-1");
        assertThat(maria.run("contacts", "merge", keep, other).exit()).isZero();
        ben.setNow(Fixtures.NOW.plusSeconds(60));
        assertThat(ben.run("contacts", "edit", other, "--title", "CTO", "--notes", "met at the fair").exit()).isZero();
        CliRunner.Result back = pass(maria, ben, "maria-1");
        assertThat(back.out()).contains("(merged into \u201CLars Holm\u201D)").contains("out of the lists, merged by Maria Lopez")
                .contains("File \u2192 Conflicts\u2026 can restore it").doesNotContain("Trash can restore");
        JsonNode conflict = ben.json("conflicts", "list").get("conflicts").get(0);
        assertThat(conflict.get("label").asString()).isEqualTo("contact \u201CLars Holm\u201D (merged into \u201CLars Holm\u201D)");

        assertThat(ben.run("conflicts", "resolve", conflict.get("id").asString(), "--keep", "restore").exit()).isZero();
        JsonNode restored = ben.json("contacts", "show", other).get("contact");
        assertThat(restored.get("title").asString()).isEqualTo("CTO");
    }

    /**
     * Moving the edits: the merge stands, and what the teammate wrote on the merged-away contact goes onto the one it was merged
     * into, on both copies (restoring it made a duplicate again, and keeping it merged left the new number out of sight).
     */
    @Test
    void theEditsOfAContactMergedAwayCanBeMovedOntoTheContactKept() {
        String keep = ben.json("contacts", "add", "--name", "Lars Holm", "--email", "lars@fjord.example", "--title", "CEO").get("contact")
                .get("id").asString();
        String other = ben.json("contacts", "add", "--name", "Lars Holm", "--phone", "+47 1111 1111").get("contact").get("id").asString();
        pass(ben, maria, "ben-1");
        assertThat(maria.run("contacts", "merge", keep, other).exit()).isZero();
        ben.setNow(Fixtures.NOW.plusSeconds(60));
        assertThat(ben.run("contacts", "edit", other, "--phone", "+47 2222 2222", "--title", "CTO", "--notes", "met at the fair").exit()).isZero();
        pass(maria, ben, "maria-1");
        pass(ben, maria, "ben-2");
        String id = maria.json("conflicts", "list").get("conflicts").get(0).get("id").asString();

        // The contact kept, in the trash here: refused as any refusal is (exit 2; it was a usage error's 3), nothing changed.
        assertThat(maria.run("contacts", "delete", keep).exit()).isZero();
        CliRunner.Result refused = maria.run("conflicts", "resolve", id, "--keep", "move");
        assertThat(refused.exit()).as(refused.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("The contact it was merged into is in the trash: restore that one first");
        assertThat(maria.run("undo").exit()).isZero();

        CliRunner.Result moved = maria.run("conflicts", "resolve", id, "--keep", "move");
        assertThat(moved.exit()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("Moved the edits of contact \u201CLars Holm\u201D (merged into \u201CLars Holm\u201D) onto the contact "
                + "it was merged into: +47 2222 2222", "notes", "title kept as CEO (not CTO)");
        pass(maria, ben, "maria-2");
        for (CliRunner teammate : java.util.List.of(maria, ben)) {
            JsonNode kept = teammate.json("contacts", "show", keep).get("contact");
            assertThat(kept.get("phones").toString()).as("the new number on the contact kept").contains("+47 2222 2222");
            assertThat(kept.get("title").asString()).as("its own title stays").isEqualTo("CEO");
            assertThat(kept.get("notes").asString()).isEqualTo("met at the fair");
            assertThat(teammate.json("conflicts", "list").get("conflicts")).as("ended on both copies").isEmpty();
            assertThat(teammate.json("contacts", "list").get("contacts")).as("no duplicate again").hasSize(1);
        }
        // A conflict of anything else has nothing to move.
        assertThat(maria.run("conflicts", "resolve", id, "--keep", "move").exit()).isNotZero();
    }

    /** A contact moved to two organizations on two copies: the conflict names them (it showed two raw ids). */
    @Test
    void aConflictOfOrganizationsNamesThem() {
        String ida = ben.json("contacts", "add", "--name", "Ida Berg", "--org", "Nordwind AS").get("contact").get("id").asString();
        pass(ben, maria, "ben-1");
        ben.setNow(Fixtures.NOW.plusSeconds(60));
        assertThat(ben.run("contacts", "edit", ida, "--org", "Fjord Kraft").exit()).isZero();
        assertThat(maria.run("contacts", "edit", ida, "--org", "Blue Motors").exit()).isZero();
        pass(ben, maria, "ben-2");
        String listed = maria.run("conflicts", "list").out();
        assertThat(listed).contains("Organization").contains("Fjord Kraft").contains("Blue Motors").doesNotContain("Organization id");
    }

    private CliRunner.Result pass(CliRunner from, CliRunner into, String name) {
        Path file = dir.resolve(name + ".funnel");
        assertThat(from.run("share", "export", file.toString()).exit()).isZero();
        CliRunner.Result r = into.run("share", "merge", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }
}
