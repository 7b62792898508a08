package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of version 6 (before won details) with deals in it, a won one among them, opens: it is
 * upgraded to the current schema, every deal is kept as it was, and the new columns are empty.
 */
class WonDetailsMigrationTest {

    @TempDir
    Path dir;

    private static final UUID WON = UUID.fromString("0d0d0d0d-0000-4000-8000-000000000001");
    private static final UUID OPEN = UUID.fromString("0d0d0d0d-0000-4000-8000-000000000002");

    @Test
    void aVersion6DatabaseWithDealsOpensAndGetsTheNewColumnsEmpty() throws Exception {
        Path db = dir.resolve("v6.db");
        String url = "jdbc:sqlite:" + db;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
        }
        Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null).locations("classpath:db/migration").target("6").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(columns(c)).doesNotContain("final_value_minor", "closed_on");
            s.executeUpdate("INSERT INTO contact (id, name, created_at, updated_at) VALUES ('0c0c0c0c-0000-4000-8000-000000000001', 'Ida', 1, 1);"
                    + "INSERT INTO deal (id, contact_id, title, stage, value_minor, currency, stage_entered_at, created_at, updated_at) VALUES "
                    + "('" + WON + "', '0c0c0c0c-0000-4000-8000-000000000001', 'Signed pilot', 'won', 1250000, 'EUR', 5, 1, 5),"
                    + "('" + OPEN + "', '0c0c0c0c-0000-4000-8000-000000000001', 'Upsell', 'opportunity', NULL, 'EUR', 3, 1, 3);");
        }

        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            List<String> columns = store.jdbc(WonDetailsMigrationTest::columns);
            assertThat(columns).contains("final_value_minor", "closed_on");
            Deal won = store.read(r -> r.deals().find(WON)).orElseThrow();
            assertThat(won.stage()).isEqualTo(Stage.WON);
            assertThat(won.value().minor()).isEqualTo(1_250_000L);
            assertThat(won.finalValueIfRecorded()).as("won before the final value was asked for").isEmpty();
            assertThat(won.closed()).isEmpty();
            Deal open = store.read(r -> r.deals().find(OPEN)).orElseThrow();
            assertThat(open.finalValue()).isNull();
            assertThat(open.closedOn()).isNull();
            List<DealCard> cards = store.read(r -> r.board().page(Stage.WON, 0, 10));
            assertThat(cards).singleElement().satisfies(card -> {
                assertThat(card.finalValue()).isNull();
                assertThat(card.shownValue()).as("the card shows the estimate").isEqualTo(won.value());
            });
            long empty = store.jdbc(c -> {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) FROM deal WHERE final_value_minor IS NULL AND closed_on IS NULL")) {
                    return rs.getLong(1);
                }
            });
            assertThat(empty).isEqualTo(2);
            int version = store.jdbc(c -> Migrations.identify(c, "v6.db"));
            assertThat(version).isEqualTo(Migrations.LATEST_VERSION);
        }
        assertThat(Store.check(db).healthy()).as("the upgraded file is exactly the current schema").isTrue();
    }

    private static List<String> columns(Connection c) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('deal')")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
