package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.SearchHit;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.ShareExchange;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal's own notes (schema V24): what other programs call its description, written in its pane or
 * by a command, checked as a contact's notes are, recorded and undone as any deal field, found by
 * search and carried to teammates by a share file.
 */
class DealNotesTest {

    @TempDir
    Path dir;

    Store store;
    DealEditing editing;
    Deal pilot;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        editing = new DealEditing(store, Locale.UK);
        pilot = Fixtures.deal(store, "Pilot", Stage.OPPORTUNITY, 1_000_00L);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<ChangeSetEntry> sets() {
        return store.read(r -> r.changeLog().latest(10_000));
    }

    @Test
    void notesAreSavedAsOneChangeUndoneAsAnyEditAndTheSameAgainRecordsNothing() {
        assertThat(editing.notes(pilot.id())).isEmpty();
        int before = sets().size();
        assertThat(editing.setNotes(pilot.id(), "  Budget approved by the CFO.\nDecision in Q3, procurement needs two quotes.  ")).isTrue();
        assertThat(editing.notes(pilot.id())).isEqualTo("Budget approved by the CFO.\nDecision in Q3, procurement needs two quotes.");
        assertThat(sets()).hasSize(before + 1);
        ChangeSetEntry set = sets().getFirst();
        assertThat(set.summary()).isEqualTo("Edited the notes of \u201CPilot\u201D");
        assertThat(set.changes()).extracting(c -> c.table() + "." + c.field()).containsExactly("deal.notes");
        assertThat(editing.setNotes(pilot.id(), "Budget approved by the CFO.\nDecision in Q3, procurement needs two quotes.")).isFalse();
        assertThat(sets()).as("the same notes again: nothing recorded").hasSize(before + 1);

        new UndoService(store, UndoJournal.inMemory()).undo(set.id());
        assertThat(editing.notes(pilot.id())).isEmpty();
        editing.setNotes(pilot.id(), "Second thoughts");
        assertThat(editing.setNotes(pilot.id(), "   ")).as("blank clears them").isTrue();
        assertThat(editing.notes(pilot.id())).isEmpty();
    }

    @Test
    void notesAreCheckedAsAContactsAreAndARefusalWritesNothing() {
        int before = sets().size();
        assertThatThrownBy(() -> editing.setNotes(pilot.id(), "Colour \u001B[31mred"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys(DealEditing.NOTES));
        assertThatThrownBy(() -> editing.setNotes(pilot.id(), "n".repeat(com.funnelboard.domain.TextLimits.DEAL_NOTES + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .isEqualTo(Map.of(DealEditing.NOTES, "Notes is longer than 400000 characters")));
        assertThat(sets()).hasSize(before);
        assertThat(editing.setNotes(pilot.id(), "Two lines\n\tand a tab")).isTrue();
    }

    @Test
    void aDealIsFoundByAWordOfItsNotes() {
        editing.setNotes(pilot.id(), "Procurement wants a penetration test first");
        var found = new SearchService(store).search("penetration", 10);
        assertThat(found.groups().get(SearchHit.Kind.DEAL)).extracting(SearchHit::id).containsExactly(pilot.id());
        editing.setNotes(pilot.id(), "");
        assertThat(new SearchService(store).search("penetration", 10).groups().get(SearchHit.Kind.DEAL)).isEmpty();
    }

    @Test
    void notesTravelToATeammateByAShareFile() throws Exception {
        editing.setNotes(pilot.id(), "Met them at the fair");
        Path file = dir.resolve("ann.funnel");
        new ShareExchange(store).export(file);
        try (Store bo = Store.open(dir.resolve("bo.db"), new TickingClock(Fixtures.NOW))) {
            new ShareExchange(bo).merge(file, false, () -> false);
            assertThat(new DealEditing(bo, Locale.UK).notes(pilot.id())).isEqualTo("Met them at the fair");
        }
    }
}
