package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeldIndexesTest {

    @TempDir
    Path dir;

    private static final String INDEXES = "SELECT group_concat(name || ': ' || sql, '; ') FROM (SELECT name, sql FROM sqlite_schema "
            + "WHERE type = 'index' AND tbl_name = 'contact' AND sql IS NOT NULL ORDER BY name)";

    @Test
    void aBulkImportBuildsTheContactIndexesItHeldBackBeforeItsCommitExactlyAsTheSchemaHasThem() {
        try (Store store = Fixtures.store(dir)) {
            String before = store.read(r -> text(r.ctx(), INDEXES));
            List<String> during = new ArrayList<>();
            store.writeAll(r -> {
                r.imports().buildContactIndexesAtTheEnd();
                during.add(text(r.ctx(), INDEXES));
                r.contactProfiles().insertAll(contacts(500));
            });
            assertThat(before).contains("contact_name: CREATE INDEX contact_name ON contact (name COLLATE NOCASE)", "contact_organization");
            assertThat(during.getFirst()).as("held back while the rows go in").doesNotContain("contact_name", "contact_email", "contact_organization")
                    .contains("contact_merged_into");
            String after = store.read(r -> text(r.ctx(), INDEXES));
            List<String> differences = store.jdbc(c -> Migrations.schemaDifferences(c, Migrations.LATEST_VERSION));
            String byName = store.read(r -> plan(r.ctx(), "SELECT id FROM contact WHERE name = 'Person 7' COLLATE NOCASE"));
            String byOrganization = store.read(r -> text(r.ctx(), "SELECT count(*) FROM contact INDEXED BY contact_organization WHERE organization_id IS NULL"));
            assertThat(after).isEqualTo(before);
            assertThat(differences).isEmpty();
            assertThat(byName).contains("contact_name");
            assertThat(byOrganization).isEqualTo("500");
        }
    }

    @Test
    void aFailedImportLeavesTheIndexesAsTheyWere() {
        try (Store store = Fixtures.store(dir)) {
            String before = store.read(r -> text(r.ctx(), INDEXES));
            assertThatThrownBy(() -> store.writeAll(r -> {
                r.imports().buildContactIndexesAtTheEnd();
                r.contactProfiles().insertAll(contacts(300));
                throw new IllegalStateException("cancelled");
            })).hasMessage("cancelled");
            String after = store.read(r -> text(r.ctx(), INDEXES));
            long contacts = store.read(r -> r.imports().contactCount());
            assertThat(after).isEqualTo(before);
            assertThat(contacts).isZero();
        }
    }

    private static String text(DSLContext ctx, String sql) {
        return ctx.fetchSingle(sql).get(0, String.class);
    }

    private static String plan(DSLContext ctx, String sql) {
        return String.join(" ", ctx.fetch("EXPLAIN QUERY PLAN " + sql).getValues("detail", String.class));
    }

    private static List<ContactProfile> contacts(int n) {
        List<ContactProfile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ContactProfile(new UUID(2, i), null, "Person " + i, null, List.of("p" + i + "@example.com"), List.of(), null, null,
                    null, null, null, null, List.of(), null, null));
        }
        return out;
    }
}
