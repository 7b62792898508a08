package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database damaged in its indexes only is rebuilt from its rows, nothing written lost: restoring the newest backup, the
 * one remedy offered, lost a note typed after it for "row 46 missing from index change_row".
 */
class IndexRepairTest {

    @TempDir
    Path dir;

    @Test
    void anIndexOutOfStepIsRebuiltAndEveryRowKept() throws Exception {
        Path db = dir.resolve("pipeline.db");
        long deals;
        try (Store store = Store.open(db, new TickingClock(Fixtures.NOW))) {
            Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
            Fixtures.deal(store, "Renewal", Stage.PROSPECT, 200_00L);
            deals = store.read(r -> r.deals().count());
        }
        long changes = breakTheChangeRowIndex(db);
        assertThat(IndexRepair.indexesOnly(db)).as("the rows are sound, one index is not").isTrue();

        Path kept = IndexRepair.repair(db, Fixtures.NOW);
        assertThat(kept.getFileName().toString()).startsWith("pipeline.db.damaged-");
        assertThat(Files.exists(kept)).isTrue();
        assertThat(IndexRepair.indexesOnly(db)).isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(Migrations.integrityProblems(c, true)).isEmpty();
            assertThat(count(c, "SELECT count(*) FROM change")).as("every row kept").isEqualTo(changes);
        }
        try (Store store = Store.open(db, new TickingClock(Fixtures.NOW))) {
            long after = store.read(r -> r.deals().count());
            assertThat(after).isEqualTo(deals);
        }
    }

    @Test
    void damageBeyondTheIndexesIsNotTheirs() {
        assertThat(IndexRepair.indexesOnly(List.of("row 46 missing from index change_row", "wrong # of entries in index change_row"))).isTrue();
        assertThat(IndexRepair.indexesOnly(List.of("row 46 missing from index change_row", "Page 12: btreeInitPage() returns error code 11")))
                .isFalse();
        assertThat(IndexRepair.indexesOnly(List.of())).as("a sound file").isFalse();
        assertThat(IndexRepair.indexesOnly(dir.resolve("none.db"))).isFalse();
    }

    /** Makes the index change_row out of step with its rows (see {@link com.funnelboard.testing.DamagedFiles}); returns how many rows the table has. */
    private static long breakTheChangeRowIndex(Path db) throws Exception {
        com.funnelboard.testing.DamagedFiles.indexOutOfStep(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return count(c, "SELECT count(*) FROM change");
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
