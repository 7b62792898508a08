package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.service.BackupService;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an export, a backup or a merge killed before it finished leaves behind (a temporary share
 * file in the team folder, which a sync tool sends on; a partial backup; the merge's copy of the
 * file) is removed by the next one, once older than any write takes; one being written now stays.
 */
class LeftoversTest {

    @TempDir
    Path dir;

    private static Path aged(Path p) throws Exception {
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - Duration.ofHours(2).toMillis()));
        return p;
    }

    @Test
    void theNextExportBackupAndMergeRemoveWhatKilledOnesLeft() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "Pilot", Stage.LEAD, 1_000L);

            // The team folder: this installation's own leftovers go, a teammate's and one being written stay.
            Path team = Files.createDirectories(dir.resolve("team"));
            Path own = team.resolve("ida-1234abcd.funnel");
            Path killed = aged(Files.writeString(team.resolve(".ida-1234abcd.funnel-k1lled.tmp"), "half"));
            Path killedJournal = aged(Files.writeString(team.resolve(".ida-1234abcd.funnel-k1lled.tmp-journal"), "half"));
            Path writing = Files.writeString(team.resolve(".ida-1234abcd.funnel-wr1ting.tmp"), "now");
            Path teammates = aged(Files.writeString(team.resolve(".bo-99999999.funnel-k1lled.tmp"), "theirs"));
            new ShareExchange(store).export(own);
            assertThat(killed).doesNotExist();
            assertThat(killedJournal).doesNotExist();
            assertThat(writing).exists();
            assertThat(teammates).as("each installation cleans up its own file's").exists();

            // The backups' folder.
            BackupService backups = new BackupService(store, dir.resolve("backups"), new TickingClock(Fixtures.NOW));
            Path folder = backups.create().file().getParent();
            Path partial = aged(Files.writeString(folder.resolve(".20261201T000000000Z.db.partial"), "half"));
            Path partialJournal = aged(Files.writeString(folder.resolve(".20261201T000000000Z.db.partial-journal"), "half"));
            Path partialNow = Files.writeString(folder.resolve(".20261205T000000000Z.db.partial"), "now");
            backups.create();
            assertThat(partial).doesNotExist();
            assertThat(partialJournal).doesNotExist();
            assertThat(partialNow).exists();

            // The temporary folder: a killed merge's copy goes at the next merge.
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Path merge = Files.createDirectory(tmp.resolve("funnelboard-merge-k1lled" + System.nanoTime()));
            aged(Files.writeString(merge.resolve("incoming.funnel"), "a copy"));
            aged(merge);
            new ShareExchange(store).merge(own, true, () -> false);
            assertThat(merge).doesNotExist();
        }
    }
}
