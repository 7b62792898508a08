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

/** A big merge writes its new rows' search documents at its end, as a bulk import does, and the index is exact after it. */
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
        }
    }
}
