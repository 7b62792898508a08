package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An opening tells what each step that can take long on a large file does (the window and the
 * command line say it once it has lasted a moment): the whole check of a file this installation did
 * not leave, and scoring every deal of a copy; a file it closed itself needs neither.
 */
class OpeningStepsTest {

    @TempDir
    Path dir;

    @Test
    void aCopyFromElsewhereIsCheckedAndScoredAndAFileClosedHereIsNot() throws Exception {
        Path registry = dir.resolve("state").resolve("known-databases.properties");
        Path mine = dir.resolve("mine.db");
        try (Store s = Store.open(mine, new TickingClock(Fixtures.NOW), registry)) {
            Fixtures.deal(s, "Pilot", Stage.LEAD, 1_000L);
        }
        List<String> again = new ArrayList<>();
        Store.open(mine, new TickingClock(Fixtures.NOW), registry, StoreAccess.SHARED, again::add).close();
        assertThat(again).as("closed here, opened as it was left").isEmpty();

        // Open in a window, which writes: a command beside it is not checked whole (the window's writes changed the file's size
        // and time, so it was taken for a stranger's file).
        try (Store window = Store.open(mine, new TickingClock(Fixtures.NOW), registry, StoreAccess.WINDOW)) {
            Fixtures.deal(window, "Written in the window", Stage.LEAD, 2_000L);
            window.jdbc(c -> {
                c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)");
                return null;
            });
            List<String> beside = new ArrayList<>();
            Store.open(mine, new TickingClock(Fixtures.NOW), registry, StoreAccess.SHARED, beside::add).close();
            assertThat(beside).as("open in a window, which checked it").isEmpty();
        }

        Path copy = dir.resolve("from-ida.db");
        Files.copy(mine, copy);
        List<String> steps = new ArrayList<>();
        Store.open(copy, new TickingClock(Fixtures.NOW), registry, StoreAccess.SHARED, steps::add).close();
        assertThat(steps).containsExactly(
                "Checking from-ida.db before its first use on this computer: a file it did not write is read whole once, "
                        + "which takes a while for a large one\u2026",
                "Working out the score of every deal in from-ida.db\u2026");

        // Known here, then changed by another program: said so, not "its first use".
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + mine); java.sql.Statement st = c.createStatement()) {
            st.execute("UPDATE deal SET title = 'Pilot (edited elsewhere)'");
        }
        List<String> changed = new ArrayList<>();
        Store.open(mine, new TickingClock(Fixtures.NOW), registry, StoreAccess.SHARED, changed::add).close();
        assertThat(changed).first().isEqualTo("Checking mine.db: it changed since Funnelboard last closed it here (copied over, restored or "
                + "written by another program), so it is read whole once, which takes a while for a large one\u2026");
    }
}
