package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of version 17, whose deals refuse an owner of fewer than three characters, opens with
 * every deal as it was (its rowid, stage history and search document included) and then keeps a
 * two-character owner.
 */
class ShortOwnerMigrationTest {

    @TempDir
    Path dir;

    private static final UUID DEAL = UUID.fromString("0d0d0d0d-0000-4000-8000-000000000009");
    private static final String CONTACT = "0c0c0c0c-0000-4000-8000-000000000009";

    @Test
    void aVersion17DatabaseOpensKeepsItsDealsAndTakesATwoCharacterOwner() throws Exception {
        Path db = dir.resolve("v17.db");
        String url = "jdbc:sqlite:" + db;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
        }
        Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null).locations("classpath:db/migration").target("17").load()
                .migrate();
        long rowid;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO contact (id, name, created_at, updated_at) VALUES ('" + CONTACT + "', 'Li Na', 1, 1)");
            s.executeUpdate("INSERT INTO deal (id, contact_id, title, stage, value_minor, currency, stage_entered_at, created_at, updated_at, owner) "
                    + "VALUES ('" + DEAL + "', '" + CONTACT + "', 'East China rollout', 'opportunity', 1250000, 'CNY', 5, 1, 5, 'wang@x.example')");
            s.executeUpdate("INSERT INTO stage_change (id, deal_id, from_stage, to_stage, changed_at, changed_by, created_at, updated_at) "
                    + "VALUES ('0e0e0e0e-0000-4000-8000-000000000009', '" + DEAL + "', NULL, 'opportunity', 5, 'wang@x.example', 5, 5)");
            try (ResultSet r = s.executeQuery("SELECT rowid FROM deal")) {
                rowid = r.getLong(1);
            }
            boolean refused;
            try {
                s.executeUpdate("UPDATE deal SET owner = '张敏'");
                refused = false;
            } catch (java.sql.SQLException e) {
                refused = true;
            }
            assertThat(refused).as("version 17 refuses a two-character owner").isTrue();
        }

        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            Deal deal = store.read(r -> r.deals().find(DEAL)).orElseThrow();
            assertThat(deal.title()).isEqualTo("East China rollout");
            assertThat(deal.stage()).isEqualTo(Stage.OPPORTUNITY);
            assertThat(deal.value().minor()).isEqualTo(1_250_000L);
            assertThat(deal.owner()).isEqualTo("wang@x.example");
            Long kept = store.<Long>jdbc(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT rowid FROM deal")) {
                    return r.getLong(1);
                }
            });
            assertThat(kept).as("the rowid kept").isEqualTo(rowid);
            Long history = store.<Long>jdbc(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM stage_change WHERE deal_id = '"
                        + DEAL + "'")) {
                    return r.getLong(1);
                }
            });
            assertThat(history).isEqualTo(1L);
            Integer updated = store.<Integer>jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE deal SET owner = '张敏'");
                }
            });
            assertThat(updated).isPositive();
            assertThat(store.read(r -> r.deals().find(DEAL)).orElseThrow().owner()).isEqualTo("张敏");
        }
    }
}
