package com.funnelboard.ui.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.TrashEntry;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.DealService;
import com.funnelboard.service.HistorySentences;
import com.funnelboard.service.HistoryService;
import com.funnelboard.service.UndoJournal;
import com.funnelboard.service.UndoService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.board.BoardViewModel;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.history.HistoryViewModel;
import com.funnelboard.ui.shell.UndoViewModel;
import com.funnelboard.ui.trash.TrashViewModel;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deal form in the detail pane without the toolkit (work runs on the calling thread): an edit
 * saved and shown on the card and in the history, an amount that is not one refused and kept to be
 * corrected, and a delete that the trash restores and undo takes back.
 */
class DealFormViewModelTest {

    @TempDir
    Path dir;

    Store store;
    DealFormViewModel form;
    BoardViewModel board;
    HistoryViewModel history;
    TrashViewModel trash;
    UndoViewModel undo;
    Deal pilot;
    final List<String> status = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        Fixtures.deal(store, "Second", Stage.LEAD, 2000_00L);
        UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
        ChangeFeed feed = new ChangeFeed(store);
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
        DealEditing editing = new DealEditing(store, Locale.ENGLISH);
        undo = new UndoViewModel(new UndoService(store, UndoJournal.inMemory()), executors, status::add);
        form = new DealFormViewModel(editing, deals, feed, executors, Locale.ENGLISH, ZoneOffset.UTC);
        form.setPeople(new com.funnelboard.service.PeopleService(store));
        board = new BoardViewModel(new BoardService(store), deals, feed, executors);
        history = new HistoryViewModel(new HistoryService(store), new HistorySentences(Locale.ENGLISH, com.funnelboard.testing.Fixtures.CLOCK), feed, executors);
        trash = new TrashViewModel(editing, feed, executors, status::add);
        board.refresh().join();
        form.show(pilot.id()).join();
    }

    @AfterEach
    void close() {
        store.close();
    }

    Optional<Deal> stored(UUID id) {
        return store.read(r -> r.deals().find(id));
    }

    Optional<DealCard> card(String title) {
        return board.column(Stage.LEAD).cards().loaded().stream().filter(c -> c != null && c.title().equals(title)).findFirst();
    }

    /** Was DealPaneUiTest.aValueEditedInThePaneShowsOnTheCardAtOnce (the double-click and the tab stay there). */
    @Test
    void aValueEditedShowsOnTheCardAndInTheHistory() {
        assertThat(form.valueProperty().get()).isEqualTo("1,000.00");
        form.valueProperty().set("15,000");
        form.flush().join();
        assertThat(stored(pilot.id()).orElseThrow().value().minor()).isEqualTo(15_000_00L);
        assertThat(card("Pilot").orElseThrow().value().format(Locale.ENGLISH)).isEqualTo("\u20AC15,000.00");
        assertThat(form.statusProperty().get()).isEqualTo("All changes saved");

        history.show(pilot.contactId(), pilot.id()).join();
        assertThat(history.entries()).isNotEmpty();
        assertThat(history.entries().getFirst().details()).anyMatch(d -> d.contains("Value \u20AC1,000 \u2192 \u20AC15,000"));
        assertThat(history.entries().getFirst().headline()).isEqualTo("Edited \u201CPilot\u201D");
    }

    /**
     * A write that fails (the file busy in another program) leaves the typing unsaved, which the window's close asks about (it
     * closed and the typing was gone), and is tried again by itself once the file is free; a refusal is no such loss (a draft
     * keeps it).
     */
    @Test
    void aWriteThatFailsLeavesTheTypingUnsavedAndIsTriedAgainByItself() throws Exception {
        form.titleProperty().set("Pilot, typed while busy");
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.file());
                java.sql.Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            form.flush().join();
            assertThat(form.unsaved()).as("the write failed: the typing is only in the form").isTrue();
            // A wait, said as one: it said "Not saved: … is busy in another program", in red, through every routine import.
            assertThat(form.statusProperty().get()).isEqualTo("Waiting to save: another program is writing to the database; tried again every 5 s");
            st.execute("ROLLBACK");
        }
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        // The row is written before the form hears its write ended: both are waited for.
        while ((!"Pilot, typed while busy".equals(stored(pilot.id()).orElseThrow().title()) || form.unsaved()) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(stored(pilot.id()).orElseThrow().title()).as("saved by itself once the file was free").isEqualTo("Pilot, typed while busy");
        assertThat(form.unsaved()).isFalse();

        form.valueProperty().set("12,5");
        form.flush().join();
        assertThat(form.unsaved()).as("a refusal is kept as a draft, not lost").isFalse();
    }

    /** Was DealPaneUiTest.anAmountThatIsNotOneIsMarkedAndNothingIsSaved (the marked field stays there). */
    @Test
    void anAmountThatIsNotOneIsRefusedKeptToBeCorrectedAndNothingIsSaved() {
        form.valueProperty().set("12,5");
        form.titleProperty().set("Pilot renewal");
        form.flush().join();
        assertThat(form.statusProperty().get()).startsWith("Not saved yet");
        assertThat(form.problems()).containsKey(DealFormViewModel.VALUE);
        assertThat(stored(pilot.id()).orElseThrow().value().minor()).isEqualTo(1000_00L);
        assertThat(stored(pilot.id()).orElseThrow().title()).isEqualTo("Pilot");
        assertThat(form.valueProperty().get()).as("what was typed stays to be corrected").isEqualTo("12,5");

        // Another card chosen, then this one again: what was typed comes back, marked, rather than being dropped.
        UUID second = card("Second").orElseThrow().id();
        form.show(second).join();
        assertThat(form.valueProperty().get()).isEqualTo("2,000.00");
        assertThat(form.problems()).isEmpty();
        form.show(pilot.id()).join();
        assertThat(form.valueProperty().get()).isEqualTo("12,5");
        assertThat(form.problems()).containsKey(DealFormViewModel.VALUE);
        assertThat(form.statusProperty().get()).startsWith("Not saved yet");

        // Typed and refused as another card is chosen at once: said in the window's status bar, where the form's "Not saved yet"
        // went with the deal (it waited, unsaid, until the deal was opened again or the window restarted).
        form.valueProperty().set("zwölf");
        form.show(second).join();
        assertThat(form.noticeProperty().get()).startsWith("Not saved in \u201CPilot\u201D: Not an amount: \"zwölf\"")
                .endsWith("What you typed waits there to be corrected.");
        form.show(pilot.id()).join();
        assertThat(form.valueProperty().get()).as("back, to be corrected").isEqualTo("zwölf");

        String said = form.noticeProperty().get();
        assertThat(form.settledProperty().get()).isEmpty();
        form.valueProperty().set("12.5");
        form.flush().join();
        assertThat(form.problems()).isEmpty();
        assertThat(stored(pilot.id()).orElseThrow().value().minor()).isEqualTo(12_50L);
        // Saved now: the window takes back what its status said of it (it said "Not saved in …" on, beside "All changes saved").
        assertThat(form.settledProperty().get()).isEqualTo(said);
        assertThat(stored(pilot.id()).orElseThrow().title()).isEqualTo("Pilot renewal");
    }

    /**
     * A command changes the value while a title is typed in the window: the value shows, and the title's save leaves it (the
     * form wrote back the value it showed, "Value €8,000 → €7,000", without a word). A field typed in and changed elsewhere
     * keeps the typing, and says so.
     */
    @Test
    void aFieldChangedElsewhereWhileAnotherIsTypedInShowsAndIsNotWrittenBack() {
        DealEditing command = new DealEditing(store, Locale.ENGLISH);
        form.valueProperty().set("7,000");
        form.flush().join();
        form.titleProperty().set("Pilot renewal");
        command.edit(pilot.id(), new DealEditing.Edit(null, "8000", null, null, false, null));
        assertThat(form.valueProperty().get()).as("shown while the title waits").isEqualTo("8,000.00");
        assertThat(form.titleProperty().get()).isEqualTo("Pilot renewal");
        form.flush().join();
        Deal saved = stored(pilot.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Pilot renewal");
        assertThat(saved.value().minor()).as("the command's value kept").isEqualTo(8_000_00L);

        form.valueProperty().set("9,000");
        command.edit(pilot.id(), new DealEditing.Edit(null, "10000", null, null, false, null));
        assertThat(form.valueProperty().get()).as("the typing kept").isEqualTo("9,000");
        assertThat(form.statusProperty().get()).startsWith("Changed elsewhere while you typed: Value (now \u20AC10,000.00)");
        form.flush().join();
        assertThat(stored(pilot.id()).orElseThrow().value().minor()).isEqualTo(9_000_00L);

        // A refused text on show: a command's value leaves it in its field, said, rather than showing the command's value in red.
        form.valueProperty().set("50k");
        form.flush().join();
        command.edit(pilot.id(), new DealEditing.Edit(null, "60000", null, null, false, null));
        assertThat(form.valueProperty().get()).isEqualTo("50k");
        assertThat(form.statusProperty().get()).startsWith("Not saved yet").contains("Changed elsewhere while you typed: Value (now");
    }

    /**
     * A refused edit is kept on this installation: the window quit (Ctrl+Q) and opened again shows it,
     * marked, where it came back as the stored value. Saved or put back, it is forgotten.
     */
    @Test
    void aRefusedEditIsBackAfterAQuitAndForgottenOnceSaved() {
        int sets = store.read(r -> r.changeLog().latest(10_000)).size();
        form.valueProperty().set("3.500,00");
        form.titleProperty().set("Pilot renewal");
        form.flush().join();
        assertThat(form.problems()).containsKey(DealFormViewModel.VALUE);
        assertThat(store.<List<com.funnelboard.domain.ChangeSetEntry>>read(r -> r.changeLog().latest(10_000))).as("kept on this installation: nothing shared, nothing logged")
                .hasSize(sets);

        UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
        DealEditing editing = new DealEditing(store, Locale.ENGLISH);
        DealFormViewModel reopened = new DealFormViewModel(editing, deals, new ChangeFeed(store), executors, Locale.ENGLISH, ZoneOffset.UTC);
        reopened.setPeople(new com.funnelboard.service.PeopleService(store));
        reopened.show(pilot.id()).join();
        assertThat(reopened.valueProperty().get()).isEqualTo("3.500,00");
        assertThat(reopened.titleProperty().get()).isEqualTo("Pilot renewal");
        assertThat(reopened.problems()).containsKey(DealFormViewModel.VALUE);
        assertThat(reopened.statusProperty().get()).startsWith("Not saved yet: Not an amount");

        reopened.valueProperty().set("3,500.00");
        reopened.flush().join();
        assertThat(stored(pilot.id()).orElseThrow().value().minor()).isEqualTo(3_500_00L);
        assertThat(editing.draft(pilot.id())).as("saved: the draft is forgotten").isEmpty();

        // Put back (Ctrl+Z in a field) forgets it too.
        reopened.valueProperty().set("x");
        reopened.flush().join();
        assertThat(editing.draft(pilot.id())).isNotEmpty();
        reopened.revertTyping();
        assertThat(editing.draft(pilot.id())).isEmpty();
        assertThat(reopened.valueProperty().get()).isEqualTo("3,500.00");
    }

    /**
     * What is typed is kept on this installation before the save's pause: the app killed 0.4 s after a title was typed showed
     * the stored one again. Opened again, it is there, said not saved yet, and saved as any typing; saved, it is forgotten.
     */
    @Test
    void typingKeptBeforeItsSaveIsBackAfterTheAppWasKilled() {
        form.titleProperty().set("Pilot renewal K3");
        form.keepTyping().join();
        // Killed here: nothing saved, the form gone with the process.
        assertThat(stored(pilot.id()).orElseThrow().title()).isEqualTo("Pilot");
        UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
        DealEditing editing = new DealEditing(store, Locale.ENGLISH);
        DealFormViewModel reopened = new DealFormViewModel(editing, new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC,
                Locale.ENGLISH), store::author), new ChangeFeed(store), executors, Locale.ENGLISH, ZoneOffset.UTC);
        reopened.show(pilot.id()).join();
        assertThat(reopened.titleProperty().get()).isEqualTo("Pilot renewal K3");
        assertThat(reopened.valueProperty().get()).as("a field not typed in shows as stored").isEqualTo("1,000.00");
        assertThat(reopened.problems()).isEmpty();
        reopened.flush().join();
        assertThat(stored(pilot.id()).orElseThrow().title()).as("saved as it comes back").isEqualTo("Pilot renewal K3");
        assertThat(reopened.statusProperty().get()).isEqualTo("Saved what was typed before Funnelboard closed (Ctrl+Z takes it back)");
        assertThat(editing.draft(pilot.id())).as("saved: forgotten").isEmpty();

        // Kept, then saved by the form itself: forgotten too.
        form.show(null).join();
        form.show(pilot.id()).join();
        form.titleProperty().set("Pilot renewal K4");
        form.keepTyping().join();
        assertThat(editing.draft(pilot.id())).isNotEmpty();
        form.flush().join();
        assertThat(editing.draft(pilot.id())).isEmpty();
    }

    /**
     * Typing kept before a kill, whose field a teammate's merge (or a command) changed before the restart, is not saved over
     * the newer text: it replaced it without a word (and so on the teammate's copy once merged). It is said, with both texts;
     * the other fields typed are saved as before.
     */
    @Test
    void typingKeptBeforeAKillIsNotSavedOverAFieldChangedElsewhereSince() {
        form.titleProperty().set("Pilot renewal K3");
        form.valueProperty().set("1,200.00");
        form.keepTyping().join();
        DealEditing editing = new DealEditing(store, Locale.ENGLISH);
        editing.edit(pilot.id(), new DealEditing.Edit("Pilot – 60 seats", null, null, null, false, null)); // a teammate's, merged
        DealFormViewModel reopened = new DealFormViewModel(editing, new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC,
                Locale.ENGLISH), store::author), new ChangeFeed(store), new UiExecutors(Runnable::run, Runnable::run), Locale.ENGLISH,
                ZoneOffset.UTC);
        reopened.show(pilot.id()).join();
        assertThat(reopened.titleProperty().get()).as("the newer title stays").isEqualTo("Pilot – 60 seats");
        assertThat(reopened.valueProperty().get()).as("a field nobody changed since comes back").isEqualTo("1,200.00");
        reopened.flush().join();
        assertThat(stored(pilot.id()).orElseThrow().title()).isEqualTo("Pilot – 60 seats");
        assertThat(stored(pilot.id()).orElseThrow().value().minor()).isEqualTo(1200_00L);
        assertThat(reopened.statusProperty().get()).isEqualTo("Saved what was typed before Funnelboard closed (Ctrl+Z takes it back). Not "
                + "saved, changed elsewhere since you typed in it before Funnelboard closed: title (you typed \u201CPilot renewal K3\u201D; it "
                + "is now \u201CPilot – 60 seats\u201D).");
        assertThat(editing.draft(pilot.id())).isEmpty();
    }

    /** Was DealPaneUiTest.aDeletedDealLeavesTheBoardAndTheTrashRestoresIt (the buttons and Ctrl+Z stay there). */
    @Test
    void aDeletedDealLeavesTheBoardTheTrashRestoresItAndUndoTakesTheRestoreBack() {
        assertThat(form.delete().join()).isEqualTo("Moved \u201CPilot\u201D to the trash.");
        assertThat(stored(pilot.id())).isEmpty();
        assertThat(card("Pilot")).isEmpty();

        trash.refresh().join();
        TrashEntry entry = trash.entries().stream().filter(e -> e.id().equals(pilot.id())).findFirst().orElseThrow();
        trash.restore(entry).join();
        assertThat(stored(pilot.id())).isPresent();
        assertThat(trash.entries()).noneMatch(e -> e.id().equals(pilot.id()));
        assertThat(card("Pilot")).isPresent();

        undo.undo().join();
        assertThat(stored(pilot.id())).isEmpty();
    }

    /** A command deletes the deal being typed in: the window says so, and what was typed comes back with the restored deal. */
    @Test
    void aDealDeletedElsewhereWhileTypedInKeepsWhatWasTypedAndSaysSo() {
        form.titleProperty().set("Pilot renewal");
        new DealEditing(store, Locale.ENGLISH).delete(pilot.id());
        assertThat(form.dealIdProperty().get()).as("the form lets the deal go").isNull();
        assertThat(form.noticeProperty().get()).startsWith("\u201CPilot\u201D was moved to the trash elsewhere while you typed in it")
                .contains("restore it from the Trash");

        new DealEditing(store, Locale.ENGLISH).restore(pilot.id());
        form.show(pilot.id()).join();
        assertThat(form.titleProperty().get()).as("what was typed comes back").isEqualTo("Pilot renewal");
        assertThat(form.statusProperty().get()).isEqualTo("Not saved yet: typed before the deal was moved to the trash");
        form.flush().join();
        assertThat(stored(pilot.id()).orElseThrow().title()).isEqualTo("Pilot renewal");
    }

    /** A won deal's form says what it was won for and when, beside the estimate; a lost one when and why; an open one nothing. */
    @Test
    void aClosedDealsFormSaysHowItClosed() {
        assertThat(form.won().closingProperty().get()).isEmpty();
        Deal won = Fixtures.deal(store, "Big win", Stage.OPPORTUNITY, 1000_00L);
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
        deals.move(new com.funnelboard.domain.MoveRequest(won.id(), Stage.WON, List.of(), "Signed on the phone", null, null,
                new com.funnelboard.domain.WonDetails.Entry("950.00", java.time.LocalDate.of(2026, 3, 10), Locale.ENGLISH)));
        form.show(won.id()).join();
        assertThat(form.won().closingProperty().get()).as("whole amounts as the cards write them")
                .isEqualTo("Won for \u20AC950 on Mar 10, 2026 (estimated above)");
        deals.move(new com.funnelboard.domain.MoveRequest(pilot.id(), Stage.LOST, List.of(), null, com.funnelboard.domain.LostReason.NO_BUDGET,
                null, null));
        form.show(pilot.id()).join();
        assertThat(form.won().closingProperty().get()).startsWith("Lost on ").endsWith(": " + com.funnelboard.domain.LostReason.NO_BUDGET.label());
        // "Other" is said by its note, which the lost dialog requires then.
        Deal other = Fixtures.deal(store, "Other loss", Stage.LEAD, 100_00L);
        deals.move(new com.funnelboard.domain.MoveRequest(other.id(), Stage.LOST, List.of(), null, com.funnelboard.domain.LostReason.OTHER,
                "Project cancelled by the board", null));
        form.show(other.id()).join();
        assertThat(form.won().closingProperty().get()).startsWith("Lost on ")
                .endsWith(": " + com.funnelboard.domain.LostReason.OTHER.label() + " \u2013 Project cancelled by the board");
    }

    /** A won deal's final value and close date are corrected from its form (it took moving it back and winning it again). */
    @Test
    void aWonDealsWinIsCorrectedFromItsForm() {
        assertThat(form.won().wonProperty().get()).as("an open deal has no win to correct").isFalse();
        assertThat(form.won().wonCorrection()).isNull();
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
        deals.move(new com.funnelboard.domain.MoveRequest(pilot.id(), Stage.WON, List.of(), "Signed on the phone", null, null,
                new com.funnelboard.domain.WonDetails.Entry("9,500.00", java.time.LocalDate.of(2026, 3, 10), Locale.ENGLISH)));
        form.show(pilot.id()).join();
        assertThat(form.won().wonProperty().get()).isTrue();

        com.funnelboard.ui.qualify.WonCorrectionViewModel correction = form.won().wonCorrection();
        assertThat(correction.finalValueProperty().get()).as("what is recorded, to start with").isEqualTo("9,500.00");
        assertThat(correction.closedOnProperty().get()).isEqualTo(java.time.LocalDate.of(2026, 3, 10));
        assertThat(correction.canSaveBinding().get()).as("nothing corrected yet").isFalse();
        correction.finalValueProperty().set("950");
        correction.closedOnProperty().set(java.time.LocalDate.of(2026, 3, 20));
        assertThat(correction.canSaveBinding().get()).as("a day after tomorrow").isFalse();
        assertThat(correction.wonProblemsBinding().get()).containsOnlyKeys(com.funnelboard.domain.WonDetails.CLOSE_DATE);
        correction.finalValueProperty().set("");
        assertThat(correction.wonProblemsBinding().get()).containsEntry(com.funnelboard.domain.WonDetails.FINAL_VALUE, "Enter the final value");
        correction.finalValueProperty().set("950");
        correction.closedOnProperty().set(java.time.LocalDate.of(2026, 3, 9));
        assertThat(correction.canSaveBinding().get()).isTrue();

        form.won().correctWon(correction.entry()).join();
        assertThat(stored(pilot.id()).orElseThrow().finalValue()).isEqualTo(new com.funnelboard.domain.Money(950_00L, "EUR"));
        assertThat(form.won().closingProperty().get()).as("the form follows the correction").isEqualTo("Won for \u20AC950 on Mar 9, 2026 (estimated above)");
        board.refresh().join();
        assertThat(board.column(Stage.WON).cards().loaded()).singleElement().satisfies(c -> assertThat(c.shownValue())
                .isEqualTo(new com.funnelboard.domain.Money(950_00L, "EUR")));
        history.show(pilot.contactId(), pilot.id()).join();
        assertThat(history.entries().getFirst().headline()).isEqualTo("Corrected the win of \u201CPilot\u201D");
    }

    /**
     * The deal's notes in its pane: read with the deal, saved when flushed (a pause, the keyboard leaving, another deal
     * shown), followed when they change elsewhere, and never overwritten while typing waits to be saved.
     */
    @Test
    void aDealsNotesAreShownSavedAndFollowed() {
        DealEditing editing = new DealEditing(store, Locale.ENGLISH);
        editing.setNotes(pilot.id(), "From the fair");
        DealNotesViewModel notes = form.notes();
        form.show(null).join();
        form.show(pilot.id()).join();
        assertThat(notes.textProperty().get()).isEqualTo("From the fair");

        notes.textProperty().set("From the fair.\nWants a demo in May.");
        notes.flush().join();
        assertThat(editing.notes(pilot.id())).isEqualTo("From the fair.\nWants a demo in May.");

        editing.setNotes(pilot.id(), "Changed by a command");
        assertThat(notes.textProperty().get()).as("followed").isEqualTo("Changed by a command");
        // Ctrl+Z over typing not saved yet puts the notes back as stored, as in the deal's fields.
        notes.textProperty().set("Changed by a command, and a slip");
        assertThat(notes.isDirty()).isTrue();
        notes.revertTyping();
        assertThat(notes.textProperty().get()).isEqualTo("Changed by a command");
        assertThat(notes.isDirty()).isFalse();

        // Changed elsewhere (a teammate's file, a command) while typing waits: the typing is kept, said, and saved with the
        // lines added there after it — it replaced them without a word.
        notes.textProperty().set("Typed here");
        editing.setNotes(pilot.id(), "Changed by a command\nBEN: customer wants SSO");
        assertThat(notes.textProperty().get()).as("the typing is kept").isEqualTo("Typed here");
        assertThat(notes.noticeProperty().get()).isEqualTo(DealNotesViewModel.CHANGED_ELSEWHERE);
        Deal second = stored(board.column(Stage.LEAD).cards().loaded().stream().filter(c -> c.title().equals("Second")).findFirst()
                .orElseThrow().id()).orElseThrow();
        form.show(second.id()).join();
        assertThat(editing.notes(pilot.id())).as("saved when another deal is shown, with both").isEqualTo("Typed here\nBEN: customer wants SSO");
        assertThat(notes.textProperty().get()).isEmpty();

        // Typed and kept a moment after the keys, then the app killed before the save: shown again, saved, and said.
        notes.textProperty().set("Typed before a kill");
        notes.keepTyping().join();
        DealFormViewModel reopened = new DealFormViewModel(editing, new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC,
                Locale.ENGLISH), store::author), new ChangeFeed(store), new UiExecutors(Runnable::run, Runnable::run), Locale.ENGLISH,
                ZoneOffset.UTC);
        reopened.show(second.id()).join();
        reopened.notes().flush().join();
        assertThat(editing.notes(second.id())).isEqualTo("Typed before a kill");
        assertThat(reopened.notes().noticeProperty().get()).isEqualTo(DealNotesViewModel.RESTORED);
        assertThat(editing.notesDraft(second.id())).as("forgotten once saved").isEmpty();
        notes.revertTyping();

        // Typing kept before a kill over notes a teammate changed before the restart: restored from the notes it was typed over,
        // so the teammate's newer line stays (the notes shown at the restart were taken as its base, and the typing replaced
        // the teammate's note, on both copies once merged).
        form.show(pilot.id()).join();
        String before = notes.textProperty().get();
        notes.textProperty().set(before + "\nLena: pricing sent");
        notes.keepTyping().join();
        editing.setNotes(pilot.id(), before + "\nTomás: workshop moved to Jan 20, 12 attendees");
        DealFormViewModel restarted = new DealFormViewModel(editing, new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC,
                Locale.ENGLISH), store::author), new ChangeFeed(store), new UiExecutors(Runnable::run, Runnable::run), Locale.ENGLISH,
                ZoneOffset.UTC);
        restarted.show(pilot.id()).join();
        restarted.notes().flush().join();
        assertThat(editing.notes(pilot.id())).isEqualTo(before + "\nLena: pricing sent\nTomás: workshop moved to Jan 20, 12 attendees");
        assertThat(restarted.notes().textProperty().get()).isEqualTo(editing.notes(pilot.id()));
        form.show(second.id()).join();

        notes.textProperty().set("bell \u0007");
        notes.flush().join();
        assertThat(notes.problemProperty().get()).startsWith("Notes holds");
        assertThat(editing.notes(second.id())).as("nothing refused is written").isEqualTo("Typed before a kill");
    }
}
