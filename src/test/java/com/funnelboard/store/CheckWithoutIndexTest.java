package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database in a folder where nothing can be created (a read-only mount, a CD; here a folder made
 * immutable with {@code chattr +i}, which binds root too): SQLite cannot make the index of its
 * write-ahead log (-shm) there, so the check reads the file as immutable — unless changes wait in
 * its log, which such a reading would miss. Skipped where {@code chattr} cannot make a folder
 * immutable (not root, or a file system without the attribute).
 */
class CheckWithoutIndexTest {

    @TempDir
    Path dir;

    private Path locked;

    @AfterEach
    void unlock() throws Exception {
        if (locked != null) {
            new ProcessBuilder("chattr", "-i", locked.toString()).inheritIO().start().waitFor();
        }
    }

    private void lock(Path folder) throws Exception {
        int exit;
        try {
            exit = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start().waitFor();
        } catch (java.io.IOException e) {
            exit = -1;
        }
        Assumptions.assumeTrue(exit == 0, "chattr +i is not allowed here");
        locked = folder;
        Assumptions.assumeFalse(canCreateIn(folder), "an immutable folder still takes new files here");
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private Path database(Path folder) {
        Path db = folder.resolve("pipeline.db");
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            Fixtures.deal(store, "Pilot", com.funnelboard.domain.Stage.LEAD, 100_00L);
        }
        return db;
    }

    @Test
    void aFileInAFolderWhereNothingCanBeMadeIsCheckedWhole() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("disk"));
        Path db = database(folder);
        byte[] before = Files.readAllBytes(db);
        lock(folder);

        var check = Store.check(db);

        assertThat(check.healthy()).as(check.verdict()).isTrue();
        assertThat(check.full()).isTrue();
        assertThat(db).as("only read").hasBinaryContent(before);
    }

    @Test
    void aFileWithChangesWaitingInItsLogIsRefusedWithWhatToDo() throws Exception {
        Path db = database(dir);
        Path folder = Files.createDirectory(dir.resolve("disk"));
        // A copy taken while a writer's changes were still in the log, not yet in the file.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("CREATE TABLE scratch(x)"); // any write: it stays in the log
            Files.copy(db, folder.resolve("pipeline.db"));
            Files.copy(dir.resolve("pipeline.db-wal"), folder.resolve("pipeline.db-wal"));
        }
        assertThat(Files.size(folder.resolve("pipeline.db-wal"))).isPositive();
        lock(folder);

        assertThatThrownBy(() -> Store.check(folder.resolve("pipeline.db"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("while changes wait in its log (pipeline.db-wal): copy both files to a folder you can write to");
    }
}
