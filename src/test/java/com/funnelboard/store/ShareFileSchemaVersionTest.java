package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share file names the version of the shared tables, which only a script that changes one of them
 * moves: an update that changes only what an installation derives for itself keeps teammates merging.
 */
class ShareFileSchemaVersionTest {

    @TempDir
    Path dir;

    /** The shared tables and their unique indexes at {@code version}, by name, with their SQL. */
    private static Map<String, String> shared(int version) {
        Map<String, String> out = new TreeMap<>();
        SchemaModel.expected(version).values().stream()
                .filter(o -> ShareFileReader.SHARED.contains(o.table()))
                .filter(o -> o.type().equals("table") || o.type().equals("index") && o.sql() != null && o.sql().contains("UNIQUE"))
                .forEach(o -> out.put(o.name(), o.sql()));
        return out;
    }

    @Test
    void theVersionIsTheLastScriptThatChangedASharedTable() {
        Map<String, String> atIt = shared(ShareFile.SHARED_TABLES_VERSION);
        for (int v = ShareFile.SHARED_TABLES_VERSION + 1; v <= Migrations.LATEST_VERSION; v++) {
            assertThat(shared(v)).as("the shared tables at schema %d (raise SHARED_TABLES_VERSION if a script changed them)", v).isEqualTo(atIt);
        }
        assertThat(shared(ShareFile.SHARED_TABLES_VERSION - 1)).as("the version before changed nothing shared: the constant is too high")
                .isNotEqualTo(atIt);
    }

    @Test
    void aShareFileSaysTheSharedTablesVersionAndAnInstallationAtItMergesIt() throws Exception {
        Path file = dir.resolve("ann.funnel");
        try (Store ann = Store.open(dir.resolve("ann.db"), new TickingClock(Fixtures.NOW))) {
            Fixtures.deal(ann, "Pilot", Stage.LEAD, 1_000L);
            new ShareExchange(ann).export(file);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = c.createStatement().executeQuery("SELECT value FROM share_info WHERE key = 'schema'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(Integer.toString(ShareFile.SHARED_TABLES_VERSION));
        }
        try (Store bo = Store.open(dir.resolve("bo.db"), new TickingClock(Fixtures.NOW))) {
            assertThat(new ShareExchange(bo).merge(file, false, () -> false).newRows()).isGreaterThan(0);
        }
    }
}
