package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.store.ShareExchange;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export and a share file are made as any program's new file is, and written again over one
 * keep its permissions: they were readable by their owner alone, and a file the team could read
 * became one it could not.
 */
class OutputFilePermissionsTest {

    @TempDir
    Path dir;

    private String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void anExportIsMadeAsOtherFilesAreAndWrittenAgainKeepsItsPermissions() throws Exception {
        Path plain = Files.createFile(dir.resolve("made-by-another-program.txt"));
        Path export = dir.resolve("deals.csv");
        OutputFiles.replaceWhole(export, ".csv", w -> w.write("a,b\n"));
        assertThat(permissions(export)).as("as the user's settings make new files").isEqualTo(permissions(plain));

        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-rw-r--"));
        OutputFiles.replaceWhole(export, ".csv", w -> w.write("a,b\n1,2\n"));
        assertThat(permissions(export)).isEqualTo("rw-rw-r--");
        assertThat(Files.readString(export)).isEqualTo("a,b\n1,2\n");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactlyInAnyOrder(
                    "made-by-another-program.txt", "deals.csv");
        }
    }

    @Test
    void aShareFileWrittenAgainIntoATeamFolderStaysReadableByTheTeam() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "Pilot", com.funnelboard.domain.Stage.LEAD, 1_000_00L);
            Path share = dir.resolve("ida.funnel");
            new ShareExchange(store).export(share);
            Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("rw-rw-r--"));
            Fixtures.deal(store, "Second", com.funnelboard.domain.Stage.LEAD, 2_000_00L);
            new ShareExchange(store).export(share);
            assertThat(permissions(share)).isEqualTo("rw-rw-r--");
        }
    }

    /** What a killed export left beside its file (part of a contacts list) goes at the next export there once unchanged 10 minutes. */
    @Test
    void whatAKilledExportLeftBesideItsFileGoesOnceTenMinutesOld() throws Exception {
        Path old = Files.writeString(dir.resolve(".funnelboard-31444987ow9kx.csv.tmp"), "Name,Email\nIda Berg,ida@");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(11))));
        Path recent = Files.writeString(dir.resolve(".funnelboard-1tvu97zit2ic1.csv.tmp"), "being written");
        Path theirs = Files.writeString(dir.resolve(".other-program.tmp"), "not ours");
        Files.setLastModifiedTime(theirs, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(3))));
        OutputFiles.replaceWhole(dir.resolve("contacts.csv"), ".csv", w -> w.write("a,b\n"));
        assertThat(old).as("left by a killed export").doesNotExist();
        assertThat(recent).as("perhaps being written now").exists();
        assertThat(theirs).as("not ours").exists();
    }
}
