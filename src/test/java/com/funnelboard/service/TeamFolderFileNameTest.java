package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name of this installation's file in the team folder: the person's name in plain letters, and one file only. */
class TeamFolderFileNameTest {

    @TempDir
    Path dir;

    @Test
    void aNameInAnyScriptIsWrittenInPlainLetters() {
        assertThat(TeamFolder.slug("Tomás García")).as("it was tom-s-garc-a").isEqualTo("tomas-garcia");
        assertThat(TeamFolder.slug("Jürgen Weiß")).isEqualTo("jurgen-weiss");
        assertThat(TeamFolder.slug("Łukasz Øster-Ærø")).isEqualTo("lukasz-oster-aero");
        assertThat(TeamFolder.slug("Иван Петров")).as("no Latin letter: the file is named funnelboard-…").isEmpty();
        assertThat(TeamFolder.slug("  O'Brien, Ann ")).isEqualTo("o-brien-ann");
        assertThat(TeamFolder.slug("✓✓")).isEmpty();
    }

    /** Renamed, the installation wrote a second file and left the first in the folder for good, merged by every teammate. */
    @Test
    void theFileUnderAFormerNameGoesWhenTheNewOneIsWritten() throws Exception {
        Path team = Files.createDirectory(dir.resolve("team"));
        try (Store mine = Store.open(dir.resolve("mine.db"), Fixtures.CLOCK)) {
            PeopleService people = new PeopleService(mine);
            people.setIdentity("Tomás García", "tomas@x.example");
            Fixtures.deal(mine, "Pilot", Stage.LEAD, 100_00L);
            TeamFolder folder = new TeamFolder(mine, new ShareService(mine));
            folder.setFolder(team);
            String replica = mine.read(r -> r.local().replicaId()).toString().substring(0, 8);
            Path former = Files.writeString(team.resolve("tom-s-garc-a-" + replica + ".funnel"), "written by an earlier version");
            Path teammate = Files.writeString(team.resolve("ida-berg-3f9a1c2d.funnel"), "a teammate's");
            folder.exportOwn();
            assertThat(folder.ownFileName()).isEqualTo("tomas-garcia-" + replica + ".funnel");
            assertThat(team.resolve(folder.ownFileName())).exists();
            assertThat(former).doesNotExist();
            assertThat(teammate).as("another installation's file stays").exists();
        }
    }
}
