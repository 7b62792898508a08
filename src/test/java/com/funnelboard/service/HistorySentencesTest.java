package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The History tab's sentences: what each kind of change set reads like. */
class HistorySentencesTest {

    @TempDir
    Path dir;

    Store store;
    DealService deals;
    HistoryService history;
    HistorySentences sentences = new HistorySentences(Locale.UK, com.funnelboard.testing.Fixtures.CLOCK);

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "ida");
        history = new HistoryService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    List<HistorySentences.Entry> of(Deal d) {
        return history.readable(d.contactId(), d.id(), 50, sentences);
    }

    /** A conflict resolved by keeping the value shown writes it again, so the choice travels: it reads as kept, not "X → X". */
    @Test
    void aValueWrittenAgainReadsAsKept() {
        ChangeSetEntry set = new ChangeSetEntry(java.util.UUID.randomUUID(), com.funnelboard.domain.ChangeOrigin.USER, "Ida Berg <ida@example.com>",
                Fixtures.NOW, "Kept the expected close of \u201CPilot\u201D", List.of(new ChangeSetEntry.FieldChange("deal",
                        java.util.UUID.randomUUID().toString(), "expected_close_on", "\"2027-01-10\"", "\"2027-01-10\"")));
        assertThat(sentences.describe(set, row -> "EUR").details()).containsExactly("Expected close kept: 10 Jan 2027");
    }

    /** A deal's notes of 400,000 characters were said whole, line after line, in History and by `history`: one line, cut and counted. */
    @Test
    void aLongTextOfSeveralLinesIsSaidOnOneLineCutAndCounted() {
        String notes = "Called Ida.\n\nShe wants a pilot.\r\n" + "x".repeat(1_000);
        ChangeSetEntry set = new ChangeSetEntry(java.util.UUID.randomUUID(), com.funnelboard.domain.ChangeOrigin.USER, "Ida Berg <ida@example.com>",
                Fixtures.NOW, "Edited \u201CPilot\u201D", List.of(new ChangeSetEntry.FieldChange("deal", java.util.UUID.randomUUID().toString(),
                        "notes", "\"Short\"", tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(notes))));
        String said = sentences.describe(set, row -> "EUR").details().getFirst();
        assertThat(said).startsWith("Notes Short \u2192 Called Ida. \u23CE She wants a pilot. \u23CE xxx").doesNotContain("\n", "\r")
                .endsWith("x\u2026 (835 more characters)");
        assertThat(said).hasSize("Notes Short \u2192 ".length() + 200 + "\u2026 (835 more characters)".length());
        // Only in History's sentences: the conflicts view and its Edit… take the value whole (a note's line breaks became "⏎",
        // and Edit… saved them so).
        assertThat(sentences.value("notes", tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(notes), () -> null)).isEqualTo(notes);
    }

    @Test
    void aValueEditReadsAsMoneyInTheDealsCurrency() {
        Deal d = Fixtures.deal(store, "Pilot", Stage.LEAD, 12_500_00L);
        new DealEditing(store, Locale.UK).edit(d.id(), new DealEditing.Edit(null, "15,000", null, java.time.LocalDate.of(2026, 6, 30),
                false, null));
        HistorySentences.Entry e = of(d).getFirst();
        assertThat(e.headline()).isEqualTo("Edited \u201CPilot\u201D");
        assertThat(e.details()).containsExactlyInAnyOrder("Value \u20AC12,500 \u2192 \u20AC15,000",
                "Expected close \u2014 \u2192 30 Jun 2026");
        assertThat(e.byline()).startsWith("root \u00B7 ").doesNotContain("user");
    }

    @Test
    void aMoveReadsWithItsChecklistOverrideAndLostReason() {
        Deal d = Fixtures.deal(store, "Pilot", Stage.LEAD, 1L);
        Fixtures.interaction(store, d, com.funnelboard.domain.InteractionKind.CALL, com.funnelboard.domain.Direction.IN, Fixtures.NOW.minusSeconds(3600));
        deals.move(new MoveRequest(d.id(), Stage.PROSPECT, List.of("fits-icp"), "Met at the fair", null, null));
        String move = String.join("\n", of(d).getFirst().details());
        assertThat(move).startsWith("Lead \u2192 Prospect").contains("\u2713 ", "\u2717 ", "Override of the checklist: Met at the fair");
        // Each item required or optional, as the move's checklist showed it (a row of ✗ read the same either way).
        assertThat(move).contains("\u2713 Fits the ideal customer profile (industry, company size, persona) (required)",
                "\u2717 Budget: able to pay (optional)");
        assertThat(move).containsPattern("\u2713 At least one inbound interaction logged[^\n]*\\(required\\): inbound call, ");

        deals.move(new MoveRequest(d.id(), Stage.LOST, List.of(), null, LostReason.NO_BUDGET, "cut"));
        String lost = String.join("\n", of(d).getFirst().details());
        assertThat(lost).contains("Prospect \u2192 Lost", "Lost: " + LostReason.NO_BUDGET.label() + " (cut)").doesNotContain("Stage ");
    }

    @Test
    void contactEditsInteractionsDeletesAndUndosShowInTheDealsHistory() {
        Deal d = Fixtures.deal(store, "Pilot", Stage.LEAD, 1L);
        ContactService contacts = new ContactService(store, new DuplicateFinder("GB"));
        ContactProfile p = contacts.contact(d.contactId()).profile();
        contacts.save(new ContactProfile(p.id(), p.organizationId(), p.name(), "COO", List.of("ida@nordwind.example"), p.phones(),
                p.channel(), p.industry(), p.companySize(), p.persona(), p.painPoints(), p.source(), p.tags(), p.notes(), null));
        new InteractionService(store).log(d.id(), InteractionKind.CALL, Direction.IN, null, "asked for pricing");
        DealEditing editing = new DealEditing(store, Locale.UK);
        editing.delete(d.id());
        editing.restore(d.id());

        List<HistorySentences.Entry> all = of(d);
        assertThat(all.get(0).details()).containsExactly("Deal restored");
        assertThat(all.get(1).details()).containsExactly("Deal deleted");
        assertThat(all.get(2).details()).containsExactly("Logged call (inbound): asked for pricing");
        assertThat(all.get(3).details()).containsExactlyInAnyOrder("Title \u2014 \u2192 COO", "Email ida@nordwind.example added");
    }

    @Test
    void aChangeSetOfManyRecordsShowsOnlyWhatItDidToThisDeal() {
        new SamplePipeline(store).generate(7, 30, "EUR", (done, total) -> { }, () -> false);
        Deal d = store.read(r -> r.deals().find(r.board().page(Stage.LEAD, 0, 1).getFirst().id())).orElseThrow();
        List<HistorySentences.Entry> all = of(d);
        HistorySentences.Entry sample = all.getLast();
        assertThat(sample.set().origin()).isEqualTo(com.funnelboard.domain.ChangeOrigin.SAMPLE);
        assertThat(sample.details()).hasSizeLessThanOrEqualTo(HistorySentences.MAX_DETAILS)
                .anyMatch(line -> line.startsWith("New deal \u201C" + d.title() + "\u201D"))
                .noneMatch(line -> line.startsWith("New deal") && !line.contains(d.title()));
    }

    /**
     * The same words of many changes are said once with how many, and what is left out is counted in changes (the deals a
     * whoami took read as one line, then "… and 101 more changes" where 299 were not shown).
     */
    @Test
    void manyChangesOfTheSameWordsAreCountedAndWhatIsLeftOutIsCountedInChanges() {
        List<com.funnelboard.domain.ChangeSetEntry.FieldChange> changes = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            changes.add(new com.funnelboard.domain.ChangeSetEntry.FieldChange("deal", java.util.UUID.randomUUID().toString(), "owner", "null",
                    "\"sam@x.example\""));
        }
        for (int i = 0; i < 20; i++) {
            changes.add(new com.funnelboard.domain.ChangeSetEntry.FieldChange("deal", java.util.UUID.randomUUID().toString(), "title",
                    "\"Deal " + i + "\"", "\"Deal " + i + " renewed\""));
        }
        HistorySentences.Entry e = sentences.describe(new com.funnelboard.domain.ChangeSetEntry(java.util.UUID.randomUUID(),
                com.funnelboard.domain.ChangeOrigin.USER, "Sam <sam@x.example>", Fixtures.NOW, "Sam took 40 deals", changes), row -> null);
        assertThat(e.details()).hasSize(HistorySentences.MAX_DETAILS);
        assertThat(e.details().getFirst()).endsWith("(40)");
        // 1 line of 40 and 10 of the 20 titles shown: 10 changes left out.
        assertThat(e.details().getLast()).isEqualTo("\u2026 and 10 more changes");
    }

    /** A redo says it is one (it said "undo", being the undo of an undo). */
    @Test
    void aRedoIsSaidToBeARedo() {
        com.funnelboard.domain.ChangeSetEntry redo = new com.funnelboard.domain.ChangeSetEntry(java.util.UUID.randomUUID(),
                com.funnelboard.domain.ChangeOrigin.UNDO, "Sam <sam@x.example>", Fixtures.NOW, "Redid: Moved \u201CPilot\u201D", List.of());
        assertThat(sentences.describe(redo, row -> null).byline()).endsWith(" \u00B7 redo");
        com.funnelboard.domain.ChangeSetEntry undo = new com.funnelboard.domain.ChangeSetEntry(java.util.UUID.randomUUID(),
                com.funnelboard.domain.ChangeOrigin.UNDO, "Sam <sam@x.example>", Fixtures.NOW, "Undid: Moved \u201CPilot\u201D", List.of());
        assertThat(sentences.describe(undo, row -> null).byline()).endsWith(" \u00B7 undo");
    }

    @Test
    void aMomentOfAnotherYearIsSaidWithItsYearAndOneOfThisYearWithout() {
        Deal d = Fixtures.deal(store, "Pilot", Stage.LEAD, 12_500_00L);
        FollowUpService followUps = new FollowUpService(store);
        followUps.schedule(d.id(), java.time.Instant.parse("2027-01-15T09:00:00Z"), com.funnelboard.domain.FollowUpKind.CALL, null);
        followUps.schedule(d.id(), java.time.Instant.parse("2026-03-20T09:00:00Z"), com.funnelboard.domain.FollowUpKind.CALL, null);
        List<String> said = of(d).stream().flatMap(e -> e.details().stream()).filter(t -> t.contains("follow-up due")).toList();
        // Mid-March 2026 by the clock: "due 15 Jan, 09:00" read as two months ago.
        assertThat(said).containsExactly("Call follow-up due 20 Mar, 09:00", "Call follow-up due 15 Jan 2027, 09:00");

        com.funnelboard.domain.ChangeSetEntry lastYear = new com.funnelboard.domain.ChangeSetEntry(java.util.UUID.randomUUID(),
                com.funnelboard.domain.ChangeOrigin.USER, "Sam <sam@x.example>", java.time.Instant.parse("2025-03-14T10:20:00Z"),
                "Moved \u201CPilot\u201D", List.of());
        assertThat(sentences.describe(lastYear, row -> null).byline()).isEqualTo("Sam \u00B7 14 Mar 2025, 10:20");
        // A name that leaves a right-to-left override open is kept to itself: a teammate's "Carol\u202E" turned the date after it
        // backwards ("Carol MP 02:4 ,6202 ,7 ceD").
        com.funnelboard.domain.ChangeSetEntry overridden = new com.funnelboard.domain.ChangeSetEntry(java.util.UUID.randomUUID(),
                com.funnelboard.domain.ChangeOrigin.USER, "Carol\u202E <carol@x.example>", java.time.Instant.parse("2025-03-14T10:20:00Z"),
                "Moved \u201CPilot\u201D", List.of());
        assertThat(sentences.describe(overridden, row -> null).byline()).isEqualTo("\u2068Carol\u202E\u2069 \u00B7 14 Mar 2025, 10:20");
    }
}
