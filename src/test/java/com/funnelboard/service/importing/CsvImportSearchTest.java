package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.SearchHit;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk import writes each contact's search document once, whole (its addresses go in before it),
 * all of them at its end by one statement per kind: the documents are exact, the full-text index is
 * flushed once per import and not per batch or row, and the change log still names each contact
 * before its addresses.
 */
class CsvImportSearchTest {

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ImportResult run(String name, String text) throws Exception {
        return run(name, text, 400, ImportOptions.defaults());
    }

    private ImportResult run(String name, String text, int chunk, ImportOptions options) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return new CsvImport(store, Locale.UK, () -> "EUR", new DuplicateFinder("DE"), chunk).run(p, options, (b, s, n) -> {}, () -> false);
    }

    private List<UUID> found(SearchHit.Kind kind, String text) {
        return store.read(r -> r.search().ids(kind, text));
    }

    /** What the full check of the file says of it beyond its integrity: empty when the search index matches the rows exactly. */
    private List<String> searchProblems() {
        return Store.check(dir.resolve("test.db")).schema();
    }

    private long count(String sql) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
                java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
                java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * How many segments the full-text index has written since it was made: the third number of its
     * structure record (after a 4-byte cookie, and the marker of the second format when present: the
     * number of levels, of segments, then the write counter, as SQLite varints).
     */
    private long segmentsWritten() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
                java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT block FROM search_data WHERE id = 10")) {
            rs.next();
            byte[] b = rs.getBytes(1);
            int[] at = {b.length >= 8 && (b[4] & 0xFF) == 0xFF && b[5] == 0 && b[6] == 0 && b[7] == 1 ? 8 : 4};
            java.util.function.LongSupplier varint = () -> {
                long v = 0;
                int x;
                do {
                    x = b[at[0]++] & 0xFF;
                    v = (v << 7) | (x & 0x7F);
                } while ((x & 0x80) != 0);
                return v;
            };
            varint.getAsLong(); // levels
            varint.getAsLong(); // segments
            return varint.getAsLong();
        }
    }

    @Test
    void importedContactsAreFoundByNameAddressAndNumberAndTheIndexIsWrittenPerBatch() throws Exception {
        StringBuilder text = new StringBuilder("First Name,Last Name,Email,Phone,Company\n");
        int n = 1_000;
        for (int i = 0; i < n; i++) {
            text.append("Anna,Albers").append(i).append(",anna.").append(i).append("@example.com,+49 30 ").append(1_000_000 + i)
                    .append(",Company ").append(i % 7).append('\n');
        }
        run("contacts.csv", text.toString());

        UUID anna = store.read(r -> r.imports().contactsByEmail(List.of("anna.617@example.com"))).get("anna.617@example.com");
        for (String query : List.of("Albers617", "anna.617@example.com", "4930 1000617", "+49 30 1000617")) {
            List<UUID> found = store.read(r -> r.search().ids(SearchHit.Kind.CONTACT, query));
            assertThat(found).as(query).containsExactly(anna);
        }
        // One document per contact and organization, each contact's holding its address and number.
        assertThat(count("SELECT count(*) FROM search_doc WHERE kind = 'contact'")).isEqualTo(n);
        assertThat(count("SELECT count(*) FROM search_doc WHERE kind = 'organization'")).isEqualTo(7);
        assertThat(count("SELECT count(*) FROM search WHERE search MATCH 'example'")).isEqualTo(n);
        // Written at the import's end: the index wrote a handful of segments, not one (or three) per contact,
        // and no document was written twice (a rewritten one gets a new docid).
        assertThat(segmentsWritten()).as("segments written").isPositive().isLessThan(n / 10);
        assertThat(count("SELECT max(docid) FROM search_doc")).isEqualTo(n + 7L);
        // The log names each contact before its address and number (a merge replays it in this order).
        assertThat(count("SELECT count(*) FROM change e JOIN change c ON c.table_name = 'contact' AND c.change_set_id = e.change_set_id "
                + "AND c.row_key = json_extract(e.new_value, '$.contact_id') WHERE e.table_name IN ('email_address', 'phone_number') "
                + "AND c.seq < e.seq")).isEqualTo(2L * n);
    }

    /**
     * Undone, an import leaves the search index exactly as the rows say: its contacts, deleted before
     * their addresses and numbers (in batches), are no longer found, a contact stored before it still
     * is; redone, they are found again.
     */
    @Test
    void anImportUndoneAndRedoneLeavesTheIndexExact() throws Exception {
        Fixtures.deal(store, "Kept before", com.funnelboard.domain.Stage.LEAD, 1L);
        StringBuilder text = new StringBuilder("First Name,Last Name,Email,Phone,Company,Deal,Amount\n");
        for (int i = 0; i < 300; i++) {
            text.append("Anna,Albers").append(i).append(",anna.").append(i).append("@example.com,+49 30 ").append(1_000_000 + i)
                    .append(",Company ").append(i % 7).append(",Deal ").append(i).append(",100\n");
        }
        ImportResult imported = run("contacts.csv", text.toString());
        com.funnelboard.service.UndoService undo = new com.funnelboard.service.UndoService(store, com.funnelboard.service.UndoJournal.inMemory());
        undo.undoChangeSet(imported.changeSet());
        assertThat(found(SearchHit.Kind.CONTACT, "Albers17")).isEmpty();
        assertThat(found(SearchHit.Kind.CONTACT, "anna.17@example.com")).isEmpty();
        assertThat(found(SearchHit.Kind.DEAL, "Kept")).hasSize(1);
        assertThat(searchProblems()).as("the index matches the rows").isEmpty();
        assertThat(count("SELECT count(*) FROM search_doc WHERE kind = 'contact'")).isEqualTo(1);

        undo.undoChangeSet(store.read(r -> r.changeLog().latest(1)).getFirst().id());
        assertThat(found(SearchHit.Kind.CONTACT, "anna.17@example.com")).hasSize(1);
        assertThat(searchProblems()).isEmpty();
    }

    @Test
    void anAddressAddedToAStoredContactRewritesItsDocument() throws Exception {
        run("first.csv", "Name,Email\nIda Berg,ida@nordwind.example\n");
        run("second.csv", "Name,Email,Phone\nIda Berg,ida@nordwind.example,+46 8 123 456 78\n");
        Map<String, UUID> ida = store.read(r -> r.imports().contactsByEmail(List.of("ida@nordwind.example")));
        List<UUID> found = store.read(r -> r.search().ids(SearchHit.Kind.CONTACT, "46812345678"));
        assertThat(found).containsExactly(ida.get("ida@nordwind.example"));
    }

    @Test
    void theDocumentsOfAnImportAreWrittenAtItsEndNotABatchAtATime() throws Exception {
        StringBuilder text = new StringBuilder("Name,Email,Company\n");
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            text.append("Bo Lind").append(i).append(",bo.").append(i).append("@example.com,Firm ").append(i % 50).append('\n');
        }
        run("contacts.csv", text.toString(), 250, ImportOptions.defaults());

        // Eight batches of contacts (the first with the organizations), but the documents were written at
        // the end, one statement per kind: the contacts' first, then the organizations'.
        assertThat(count("SELECT min(docid) FROM search_doc WHERE kind = 'organization'"))
                .isGreaterThan(count("SELECT max(docid) FROM search_doc WHERE kind = 'contact'"));
        assertThat(count("SELECT count(*) FROM search_doc WHERE kind = 'contact'")).isEqualTo(n);
        assertThat(count("SELECT count(*) FROM search_doc WHERE kind = 'organization'")).isEqualTo(50);
        assertThat(count("SELECT count(*) FROM local_setting WHERE key = 'search.deferred'")).isZero();
        assertThat(searchProblems()).isEmpty();
        assertThat(found(SearchHit.Kind.CONTACT, "Lind1999")).hasSize(1);
        // The index's bulk settings were for the import only: SQLite's defaults hold again for every later write.
        assertThat(count("SELECT v FROM search_config WHERE k = 'hashsize'")).isEqualTo(1L << 20);
        assertThat(count("SELECT v FROM search_config WHERE k = 'automerge'")).isEqualTo(4);
    }

    @Test
    void aContactTheImportUpdatesBeforeItsEndGetsOneExactDocument() throws Exception {
        // Chunks of two rows: the third row finds Ida, written by the first chunk, and adds her number
        // (an insert that writes her document at once); the end of the import leaves that document alone.
        run("people.csv", "Name,Email,Phone,Company\nIda Berg,ida@nordwind.example,,Nordwind\nOla Dahl,ola@nordwind.example,,Nordwind\n"
                + "Ida Berg,ida@nordwind.example,+46 8 123 456 78,Nordwind AB\n", 2, ImportOptions.defaults());

        UUID ida = store.read(r -> r.imports().contactsByEmail(List.of("ida@nordwind.example"))).get("ida@nordwind.example");
        assertThat(found(SearchHit.Kind.CONTACT, "46812345678")).containsExactly(ida);
        assertThat(found(SearchHit.Kind.CONTACT, "ola")).hasSize(1);
        // Ida keeps Nordwind: the third row's "Nordwind AB" would be an organization nobody belongs to, and is not made.
        assertThat(found(SearchHit.Kind.ORGANIZATION, "nordwind")).hasSize(1);
        assertThat(count("SELECT count(*) FROM search_doc")).isEqualTo(3);
        assertThat(searchProblems()).isEmpty();
    }

    @Test
    void rowsWrittenAfterAnImportGetTheirDocumentsAtOnceAgain() throws Exception {
        run("people.csv", "Name,Email\nIda Berg,ida@nordwind.example\n", 400, ImportOptions.defaults());
        ImportResult dry = run("more.csv", "Name,Email\nOla Dahl,ola@nordwind.example\n", 400, new ImportOptions(Map.of(), Map.of(), ImportOptions.OnDuplicate.UPDATE, true, false, null));
        assertThat(dry.imported()).isFalse();

        UUID eva = UUID.randomUUID();
        store.writeAll(r -> r.contactProfiles().insert(new com.funnelboard.domain.ContactProfile(eva, null, "Eva Holm", null,
                List.of("eva@holm.example"), List.of(), null, null, null, null, null, null, List.of(), null, null)));
        assertThat(found(SearchHit.Kind.CONTACT, "holm")).containsExactly(eva);
        assertThat(found(SearchHit.Kind.CONTACT, "ola")).isEmpty();
        assertThat(count("SELECT count(*) FROM local_setting WHERE key = 'search.deferred'")).isZero();
        assertThat(searchProblems()).isEmpty();
    }

    @Test
    void theReportRowsOfImportedDealsAreWrittenAtTheEndExactlyAsTheTriggerWould() throws Exception {
        // Every imported deal gets its stage history ("imported"); the trigger that works out a deal's report
        // rows is held back during the import (schema V19) and the end writes them all in one statement.
        StringBuilder text = new StringBuilder("Name,Email,Deal,Value,Stage,Close date\n");
        String[] stages = {"Lead", "Prospect", "Opportunity", "Won", "Lost"};
        for (int i = 0; i < 600; i++) {
            String stage = stages[i % stages.length];
            text.append("Ann Berg").append(i).append(",ann.").append(i).append("@example.com,Deal ").append(i).append(',').append(100 + i).append(',')
                    .append(stage).append(',').append(stage.equals("Won") || stage.equals("Lost") ? "2026-02-0" + (1 + i % 9) : "").append('\n');
        }
        run("deals.csv", text.toString(), 250, ImportOptions.defaults());

        long moves = count("SELECT count(*) FROM stage_change WHERE deleted_at IS NULL");
        assertThat(moves).isGreaterThanOrEqualTo(600);
        assertThat(count("SELECT count(*) FROM report_move")).isEqualTo(moves);
        assertThat(count("SELECT count(*) FROM report_move WHERE to_stage = 'won' AND deal_live = 1 AND value_minor IS NOT NULL")).isEqualTo(120);
        assertThat(searchProblems()).as("report_move matches the stage history exactly").isEmpty();

        // Once the import has committed, a move writes its deal's report rows at once again.
        UUID deal = UUID.fromString(text("SELECT id FROM deal WHERE stage = 'lead' LIMIT 1"));
        java.time.Instant later = java.time.Instant.parse("2026-06-01T10:00:00Z");
        store.writeAll(r -> {
            r.deals().moveTo(deal, com.funnelboard.domain.Stage.PROSPECT, later, null, null, null);
            r.stageChanges().insert(new com.funnelboard.domain.StageChange(UUID.randomUUID(), deal, com.funnelboard.domain.Stage.LEAD,
                    com.funnelboard.domain.Stage.PROSPECT, later, "ann@example.com", List.of(), null, null, null));
        });
        assertThat(count("SELECT count(*) FROM report_move")).isEqualTo(moves + 1);
        assertThat(searchProblems()).isEmpty();
    }
}
