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
        Deal deal = pilotOnTwoCopies(1_000L);
        try (Store ida = open("ida.db", 3_600, "Ida Berg"); Store bo = open("bo.db", 7_200, "Bo Lind")) {
            new PeopleService(ida).reassign(deal.id(), "ola@nordwind.example", "Ola Nordmann");
            Path file = dir.resolve("ida.funnel");
            new ShareService(ida).export(file);
            new ShareService(bo).merge(file, () -> false);

            HistorySentences words = new HistorySentences(Locale.ENGLISH, com.funnelboard.testing.Fixtures.CLOCK);
            var entries = new HistoryService(bo).readable(deal.contactId(), deal.id(), 20, words);
            var merged = entries.stream().filter(e -> e.details().contains("Owner Ola Nordmann (Tess Holm here before)")).findFirst().orElseThrow(() -> new AssertionError(entries.toString()));
            assertThat(merged.headline()).as("Ida's own headline").doesNotStartWith("Merged").contains("Pilot");
            assertThat(merged.byline()).startsWith("Ida Berg \u00B7 ").contains(" \u00B7 merged by Bo Lind, ");

            var everything = new HistoryService(bo).inWords(new HistoryService(bo).latest(5), words);
            assertThat(everything.getFirst().headline()).as("the database's history lists the merge").isEqualTo("Merged 2 change sets from Ida Berg (ida.funnel)");
            assertThat(everything.getFirst().byline()).startsWith("Bo Lind \u00B7 ");
        }
    }

    /**
     * Two edits of one value apart: the merge's entry, credited to the teammate, gives the value as it
     * was here (which the teammate never saw: "Value €95 (€90 here before)", not the teammate overwriting
     * €90) and keeps the merge's word on the conflict.
     */
    @Test
    void aMergedConflictingEditSaysTheValueWasHereAndThatItIsAConflict() throws Exception {
        Deal deal = pilotOnTwoCopies(8_750L);
        try (Store ida = open("ida.db", 3_600, "Ida Berg"); Store bo = open("bo.db", 7_200, "Bo Lind")) {
            new DealEditing(ida, Locale.ENGLISH).edit(deal.id(), new DealEditing.Edit(null, "90", null, null, false, null));
            new DealEditing(bo, Locale.ENGLISH).edit(deal.id(), new DealEditing.Edit(null, "95", null, null, false, null));
            Path file = dir.resolve("bo.funnel");
            new ShareService(bo).export(file);
            new ShareService(ida).merge(file, () -> false); // Bo's later edit wins, and the two are a conflict

            HistorySentences words = new HistorySentences(Locale.ENGLISH, com.funnelboard.testing.Fixtures.CLOCK);
            var entries = new HistoryService(ida).readable(deal.contactId(), deal.id(), 20, words);
            var merged = entries.stream().filter(e -> e.byline().contains("merged by")).findFirst().orElseThrow(() -> new AssertionError(entries.toString()));
            assertThat(merged.details()).containsExactly("Value \u20AC95 (\u20AC90 here before)");
            assertThat(merged.headline()).startsWith("Edited \u201CPilot\u201D").endsWith("; 1 conflict to review in Conflicts");
        }
    }

    /** A teammate's stage move says its own stages, merged: it read "Lead here → Prospect". */
    @Test
    void aMergedMoveSaysItsStages() throws Exception {
        Deal deal = pilotOnTwoCopies(8_750L);
        try (Store ida = open("ida.db", 3_600, "Ida Berg"); Store bo = open("bo.db", 7_200, "Bo Lind")) {
            new DealService(bo, new com.funnelboard.domain.checklist.ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), bo::author)
                    .move(new com.funnelboard.domain.MoveRequest(deal.id(), Stage.PROSPECT, java.util.List.of(), "Met at the fair", null, null));
            Path file = dir.resolve("bo.funnel");
            new ShareService(bo).export(file);
            new ShareService(ida).merge(file, () -> false);

            var entries = new HistoryService(ida).readable(deal.contactId(), deal.id(), 20, new HistorySentences(Locale.ENGLISH, com.funnelboard.testing.Fixtures.CLOCK));
            var merged = entries.stream().filter(e -> e.byline().contains("merged by")).findFirst().orElseThrow(() -> new AssertionError(entries.toString()));
            assertThat(String.join("\n", merged.details())).contains("Lead \u2192 Prospect", "Override of the checklist: Met at the fair")
                    .doesNotContain(" here ");
        }
    }

    /** A deal "Pilot" of this value, owned by Tess (so Ida and Bo take none), copied to ida.db and bo.db. */
    private Deal pilotOnTwoCopies(long minor) throws Exception {
        Deal deal;
        try (Store template = Fixtures.store(dir)) {
            deal = Fixtures.deal(template, "Pilot", Stage.LEAD, minor);
            new PeopleService(template).setIdentity("Tess Holm", "tess@nordwind.example"); // takes the deal: Ida and Bo will not
        }
        Files.copy(dir.resolve("test.db"), dir.resolve("ida.db"));
        Files.copy(dir.resolve("test.db"), dir.resolve("bo.db"));
        return deal;
    }

    /** One copy, its clock {@code seconds} after the fixtures' now, used by {@code name} (an address of nordwind.example). */
    private Store open(String file, long seconds, String name) {
        Store s = Store.open(dir.resolve(file), new TickingClock(Fixtures.NOW.plusSeconds(seconds)));
        new PeopleService(s).setIdentity(name, name.split(" ")[0].toLowerCase(Locale.ROOT) + "@nordwind.example");
        return s;
    }
}
