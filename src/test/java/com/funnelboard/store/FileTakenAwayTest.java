package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database another program moves, deletes or replaces while it is open here (a sync tool, a USB stick pulled, a rep's
 * file manager): nothing more is written, nothing is made in its place, and the refusal says so in a sentence.
 */
class FileTakenAwayTest {

    @TempDir
    Path dir;

    private static void moveAll(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = from.resolveSibling(from.getFileName() + suffix);
            if (Files.exists(f)) {
                Files.move(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void aFileMovedAwayIsNeitherWrittenNorMadeAgainAndWritesGoOnOnceItIsBack() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        try (Store store = Fixtures.store(dir)) {
            Path file = store.file();
            Deal pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
            moveAll(file, elsewhere);
            assertThatThrownBy(() -> store.writeAll(r -> r.deals().delete(pilot.id())))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(StoreException.Kind.GONE);
                        assertThat(e.getMessage()).contains("another program moved, deleted or replaced it. Nothing more is saved to it");
                    });
            assertThatThrownBy(() -> store.read(r -> r.deals().find(pilot.id()))).isInstanceOf(StoreException.class);
            assertThat(file).as("no empty database made in its place").doesNotExist();

            // Put back where it was: the same file, so the window goes on.
            for (Path f : Files.list(elsewhere).toList()) {
                Files.move(f, file.resolveSibling(f.getFileName()));
            }
            store.writeAll(r -> r.deals().delete(pilot.id()));
            java.util.Optional<Deal> gone = store.read(r -> r.deals().find(pilot.id()));
            assertThat(gone).isEmpty();
        }
    }

    @Test
    void aFileReplacedByAnotherIsNotWrittenThrough() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            Path file = store.file();
            Deal pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
            Path copy = dir.resolve("copy.db");
            Files.copy(file, copy);
            // A sync tool writes its version beside the file and renames it over it.
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
            assertThatThrownBy(() -> store.writeAll(r -> r.deals().delete(pilot.id())))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.GONE));
        }
    }

    @Test
    void aFileMadeReadOnlyWhileOpenIsNotWrittenOn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        try (Store store = Fixtures.store(dir)) {
            Path file = store.file();
            Deal pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
            try {
                assertThatThrownBy(() -> store.writeAll(r -> r.deals().delete(pilot.id())))
                        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.getMessage()).contains("is read-only (its permissions say so)"));
                java.util.Optional<Deal> still = store.read(r -> r.deals().find(pilot.id()));
                assertThat(still).as("read as before").isPresent();
            } finally {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
            store.writeAll(r -> r.deals().delete(pilot.id()));
        }
    }
}
