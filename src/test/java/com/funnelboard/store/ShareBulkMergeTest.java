package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.SearchHit.Kind;
import com.funnelboard.service.SamplePipeline;
import com.funnelboard.testing.LogRecords;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big merge writes its new rows' search documents and report rows at its end, as a bulk import does,
 * and the index and the report rows are exact after it.
 */
class ShareBulkMergeTest {

    @TempDir
    Path dir;

    @Test
    void aTeammatesWholeDatabaseIsSearchableAfterTheMergeAndTheIndexIsExact() throws Exception {
        Path fromB = dir.resolve("b.funnel");
        List<ContactSummary> theirs;
        try (Store b = Store.open(dir.resolve("b.db"), new TickingClock(Instant.parse("2026-03-12T11:00:00Z")))) {
            new SamplePipeline(b).generate(8, 700, "EUR", (x, y) -> {}, () -> false);
            theirs = b.read(r -> r.contactProfiles().list(null, 3));
            assertThat(new ShareExchange(b).export(fromB).changes()).isGreaterThanOrEqualTo(ShareExchange.BULK_ENTRIES);
        }
        try (Store a = Store.open(dir.resolve("a.db"), new TickingClock(Instant.parse("2026-03-12T10:00:00Z")));
                LogRecords log = LogRecords.collect()) {
            MergeReport report = new ShareExchange(a).merge(fromB, false, () -> false);
            assertThat(report.newRows()).isGreaterThan(5_000);
            assertThat(log.records()).anySatisfy(r -> assertThat(r.getMessage()).contains("search documents of the bulk write"));
            for (ContactSummary p : theirs) {
                List<java.util.UUID> found = a.read(r -> r.search().ids(Kind.CONTACT, p.email()));
                assertThat(found).contains(p.id());
            }
            java.util.Optional<String> deferred = a.read(r -> r.local().get(SearchIndex.DEFERRED));
            assertThat(deferred).as("the deferral ends with the merge").isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("a.db"))) {
            assertThat(SearchIndex.problems(c)).isEmpty();
            // The interactions' documents and the stage moves' report rows were held back too (schema V19) and written at the end.
            assertThat(ReportMoves.problems(c)).isEmpty();
            try (var s = c.createStatement();
                    var rs = s.executeQuery("SELECT (SELECT count(*) FROM report_move), (SELECT count(*) FROM stage_change WHERE deleted_at IS NULL),"
                            + " (SELECT count(*) FROM search_doc WHERE kind = 'interaction'), (SELECT count(*) FROM interaction WHERE deleted_at IS NULL)")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThan(700).isEqualTo(rs.getLong(2));
                assertThat(rs.getLong(3)).isGreaterThan(700).isEqualTo(rs.getLong(4));
            }
        }
    }
}
