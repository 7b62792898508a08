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

    @Test
    void aContactMergedAwayHereAndEditedThereIsSaidAsMerged() {
        CliRunner ben = new CliRunner(dir.resolve("ben.db"), Fixtures.NOW);
        CliRunner maria = new CliRunner(dir.resolve("maria.db"), Fixtures.NOW.plusSeconds(5));
        ben.json("whoami", "--name", "Ben Hart", "--email", "ben@x.example");
        maria.json("whoami", "--name", "Maria Lopez", "--email", "maria@x.example");
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

    private CliRunner.Result pass(CliRunner from, CliRunner into, String name) {
        Path file = dir.resolve(name + ".funnel");
        assertThat(from.run("share", "export", file.toString()).exit()).isZero();
        CliRunner.Result r = into.run("share", "merge", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }
}
