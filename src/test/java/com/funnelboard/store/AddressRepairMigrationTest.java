package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases of earlier versions kept the email and phone of contacts made by New lead, deals add
 * and the sample only on the contact row; the upgrade restores them into the contact's lists,
 * without repeating an address that is already there.
 */
class AddressRepairMigrationTest {

    @TempDir
    Path dir;

    @Test
    void addressesKeptOnlyOnTheContactRowAreRestoredIntoTheLists() throws Exception {
        Path db = dir.resolve("v5.db");
        String url = "jdbc:sqlite:" + db;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
        }
        Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null).locations("classpath:db/migration").target("5").load()
                .migrate();
        UUID lost = UUID.fromString("0c0c0c0c-0000-4000-8000-000000000001");
        UUID listed = UUID.fromString("0c0c0c0c-0000-4000-8000-000000000002");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO contact (id, name, email, phone, created_at, updated_at) VALUES ('" + lost
                    + "', 'Ida Berg', 'ida@nordwind.example', '+46 8 123 456 78', 1, 1);"
                    + "INSERT INTO contact (id, name, email, created_at, updated_at) VALUES ('" + listed + "', 'Ben', 'ben@acme.example', 1, 1);"
                    + "INSERT INTO email_address (contact_id, position, email) VALUES ('" + listed + "', 0, 'BEN@acme.example');"
                    + "INSERT INTO email_address (contact_id, position, email) VALUES ('" + listed + "', 1, 'ben@home.example');");
        }
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            ContactProfile ida = store.read(r -> r.contactProfiles().find(lost)).orElseThrow();
            assertThat(ida.emails()).containsExactly("ida@nordwind.example");
            assertThat(ida.phones()).containsExactly("+46 8 123 456 78");
            ContactProfile ben = store.read(r -> r.contactProfiles().find(listed)).orElseThrow();
            assertThat(ben.emails()).containsExactly("BEN@acme.example", "ben@home.example");
            // The restored rows have keys of their own, so later edits are recorded changes.
            long keyed = store.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeQuery("SELECT count(*) FROM email_address WHERE length(id) = 36").getLong(1);
                }
            });
            assertThat(keyed).isEqualTo(3);
        }
    }
}
