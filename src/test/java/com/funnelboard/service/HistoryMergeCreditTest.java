package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record's History credits what a merge brought to whoever wrote it, with their own headline and
 * time, and says who merged it and when; the whole database's history still lists the merge itself.
 */
class HistoryMergeCreditTest {

    @TempDir
    Path dir;

    @Test
    void aMergedEditIsCreditedToItsAuthor() throws Exception {
        Deal deal;
        try (Store template = Fixtures.store(dir)) {
            deal = Fixtures.deal(template, "Pilot", Stage.LEAD, 1_000L);
            new PeopleService(template).setIdentity("Tess Holm", "tess@nordwind.example"); // takes the deal: Ida and Bo will not
        }
        Files.copy(dir.resolve("test.db"), dir.resolve("ida.db"));
        Files.copy(dir.resolve("test.db"), dir.resolve("bo.db"));
        try (Store ida = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(3_600)));
                Store bo = Store.open(dir.resolve("bo.db"), new TickingClock(Fixtures.NOW.plusSeconds(7_200)))) {
            new PeopleService(ida).setIdentity("Ida Berg", "ida@nordwind.example");
            new PeopleService(bo).setIdentity("Bo Lind", "bo@nordwind.example");
            new PeopleService(ida).reassign(deal.id(), "ola@nordwind.example", "Ola Nordmann");
            Path file = dir.resolve("ida.funnel");
            new ShareService(ida).export(file);
            new ShareService(bo).merge(file, () -> false);

            HistorySentences words = new HistorySentences(Locale.ENGLISH, ZoneOffset.UTC);
            var entries = new HistoryService(bo).readable(deal.contactId(), deal.id(), 20, words);
            var merged = entries.stream().filter(e -> e.details().contains("Owner Tess Holm \u2192 Ola Nordmann")).findFirst().orElseThrow(() -> new AssertionError(entries.toString()));
            assertThat(merged.headline()).as("Ida's own headline").doesNotStartWith("Merged").contains("Pilot");
            assertThat(merged.byline()).startsWith("Ida Berg \u00B7 ").contains(" \u00B7 merged by Bo Lind, ");

            var everything = new HistoryService(bo).inWords(new HistoryService(bo).latest(5), words);
            assertThat(everything.getFirst().headline()).as("the database's history lists the merge").isEqualTo("Merged 2 change sets from Ida Berg (ida.funnel)");
            assertThat(everything.getFirst().byline()).startsWith("Bo Lind \u00B7 ");
        }
    }
}
