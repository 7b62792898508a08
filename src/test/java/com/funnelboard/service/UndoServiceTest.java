package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo and redo of each kind of action, through the change log. */
class UndoServiceTest {

    @TempDir
    Path dir;

    Store store;
    DealService deals;
    ContactService contacts;
    FollowUpService followUps;
    UndoService undo;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
        contacts = new ContactService(store, new DuplicateFinder("GB"));
        followUps = new FollowUpService(store);
        undo = new UndoService(store, UndoJournal.inMemory());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Deal deal(UUID id) {
        return store.read(r -> r.deals().find(id)).orElseThrow();
    }

    private List<StageChange> history(UUID deal) {
        return store.read(r -> r.stageChanges().forDeal(deal));
    }

    /** The sample pipeline is one action to take back, its stage history with it (300 made-up deals stayed among the real ones). */
    @Test
    void theSamplePipelineIsTakenBackWhole() {
        long before = store.<Number>read(r -> r.deals().count()).longValue();
        new SamplePipeline(store).generate(7, 40, "EUR", (x, y) -> {}, () -> false);
        assertThat(store.<Number>read(r -> r.deals().count()).longValue()).isEqualTo(before + 40);
        assertThat(undo.next().undo()).contains("Sample pipeline");
        assertThat(undo.undoLast().orElseThrow().text()).isEqualTo("Undid: Sample pipeline");
        assertThat(store.<Number>read(r -> r.deals().count()).longValue()).isEqualTo(before);
        assertThat(new ReportService(store, java.time.ZoneOffset.UTC).funnel(new ReportService.Period(java.time.LocalDate.of(2000, 1, 1),
                java.time.LocalDate.of(2100, 1, 1))).stages().get(0).entered()).as("its moves are gone from the reports too")
                .isEqualTo(store.<Number>read(r -> r.deals().count()).intValue());
    }

    /** A refused undo names a moved deal's stage in words ("the deal “Pilot”'s stage"), not a stored field ("stage entered at"). */
    /**
     * A change set written where the window's undo leaves it out (the team folder's merges in the background) is no action
     * to undo: Ctrl+Z undid a teammate's merge that had just come in instead of the user's own last edit, and its arrival
     * ended what could be redone.
     */
    @Test
    void changeSetsLeftOutAreNeitherUndoneNorEndWhatCanBeRedone() {
        Deal pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        Deal other = Fixtures.deal(store, "Other", Stage.LEAD, 100_00L);
        boolean[] background = {false};
        undo.leaveOut(() -> background[0]);
        DealEditing editing = new DealEditing(store, Locale.ENGLISH);
        editing.edit(pilot.id(), new DealEditing.Edit(null, "360,000.00", null, null, false, null)); // the typo
        background[0] = true;
        editing.edit(other.id(), new DealEditing.Edit("Other – renewal", null, null, null, false, null)); // a teammate's, merged
        background[0] = false;
        assertThat(undo.next().undo()).hasValueSatisfying(s -> assertThat(s).contains("Pilot"));
        undo.undoLast().orElseThrow();
        assertThat(deal(pilot.id()).value().minor()).isEqualTo(100_00L);
        assertThat(deal(other.id()).title()).as("the teammate's edit stays").isEqualTo("Other – renewal");

        background[0] = true;
        editing.edit(other.id(), new DealEditing.Edit("Other – renewal 2027", null, null, null, false, null));
        background[0] = false;
        assertThat(undo.canRedo()).as("what was undone can still be redone").isTrue();
        undo.redoLast().orElseThrow();
        assertThat(deal(pilot.id()).value().minor()).isEqualTo(360_000_00L);
    }

    @Test
    void aRefusalSaysAStageInWords() {
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of(), "Met at the fair", null, null));
        java.util.UUID first = store.read(r -> r.changeLog().latest(1)).getFirst().id();
        deals.move(new MoveRequest(lead.id(), Stage.OPPORTUNITY, List.of(), "Asked for a quote", null, null));
        assertThatThrownBy(() -> undo.undo(first)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("\u201CPilot\u201D's stage;").hasMessageNotContaining("entered at");
    }

    @Test
    void undoingAMoveReturnsTheDealWithoutTheChecklist() {
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of(), "Met at the fair", null, null));
        assertThat(deal(lead.id()).stage()).isEqualTo(Stage.PROSPECT);

        assertThat(undo.next()).as("what Edit → Undo names").isEqualTo(new UndoService.Next(
                java.util.Optional.of("Moved \u201CPilot\u201D from Lead to Prospect"), java.util.Optional.empty()));
        UndoService.Undone u = undo.undoLast().orElseThrow();
        assertThat(u.text()).isEqualTo("Undid: Moved \u201CPilot\u201D from Lead to Prospect");
        assertThat(undo.next().redo()).as("and Redo").contains("Moved \u201CPilot\u201D from Lead to Prospect");
        Deal back = deal(lead.id());
        assertThat(back.stage()).isEqualTo(Stage.LEAD);
        assertThat(back.stageEnteredAt()).isEqualTo(lead.stageEnteredAt());
        assertThat(history(lead.id())).as("the move is taken back with the rest of it (History keeps the undo)").isEmpty();

        UndoService.Undone r = undo.redoLast().orElseThrow();
        assertThat(r.text()).isEqualTo("Redid: Moved \u201CPilot\u201D from Lead to Prospect");
        assertThat(deal(lead.id()).stage()).isEqualTo(Stage.PROSPECT);
        assertThat(undo.canRedo()).isFalse();
        assertThat(undo.undoLast().orElseThrow().text()).startsWith("Undid: ");
        assertThat(deal(lead.id()).stage()).isEqualTo(Stage.LEAD);
    }

    /**
     * The move back an undo wrote before undone moves were taken back whole (a database of an earlier version, a teammate's)
     * and a redo's move again say so in the timeline: they read as the deal going back and forth.
     */
    @Test
    void theTimelineSaysWhichMovesAnUndoAndARedoMade() {
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of(), "Met at the fair", null, null));
        store.write(com.funnelboard.domain.ChangeOrigin.UNDO, null, r -> {
            r.stageChanges().insert(new StageChange(UUID.randomUUID(), lead.id(), Stage.PROSPECT, Stage.LEAD, Fixtures.NOW.plusSeconds(60),
                    "rep", List.of(), null, null, null));
            r.describe("Undid: Moved \u201CPilot\u201D from Lead to Prospect");
            return null;
        });
        store.write(com.funnelboard.domain.ChangeOrigin.UNDO, null, r -> {
            r.stageChanges().insert(new StageChange(UUID.randomUUID(), lead.id(), Stage.LEAD, Stage.PROSPECT, Fixtures.NOW.plusSeconds(120),
                    "rep", List.of(), "Met at the fair", null, null));
            r.describe("Redid: Moved \u201CPilot\u201D from Lead to Prospect");
            return null;
        });
        // Newest first: the move again, the move back, the move.
        List<com.funnelboard.domain.TimelineEvent.Moved> moves = contacts.timeline(lead.contactId()).stream()
                .filter(com.funnelboard.domain.TimelineEvent.Moved.class::isInstance).map(com.funnelboard.domain.TimelineEvent.Moved.class::cast).toList();
        assertThat(moves).extracting(m -> m.change().from(), m -> m.change().to(), com.funnelboard.domain.TimelineEvent.Moved::undoing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Stage.LEAD, Stage.PROSPECT, com.funnelboard.domain.TimelineEvent.Undoing.REDO),
                        org.assertj.core.groups.Tuple.tuple(Stage.PROSPECT, Stage.LEAD, com.funnelboard.domain.TimelineEvent.Undoing.UNDO),
                        org.assertj.core.groups.Tuple.tuple(Stage.LEAD, Stage.PROSPECT, com.funnelboard.domain.TimelineEvent.Undoing.NONE));
    }

    /** An undone move counts nowhere: its row goes with the undo, and the redo brings the same row back. */
    @Test
    void anUndoneMoveIsGoneFromTheFunnelAndTheOverridesAndARedoBringsItBack() {
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        ReportService reports = new ReportService(store, ZoneOffset.UTC);
        ReportService.Period always = new ReportService.Period(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1));
        deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of(), "Met at the fair", null, null));
        assertThat(reports.funnel(always).stages().get(1).entered()).as("Prospect entered").isEqualTo(1);
        UUID moveId = history(lead.id()).getFirst().id();

        undo.undoLast();
        assertThat(reports.funnel(always).stages().get(1).entered()).as("the undone move counts no more").isZero();
        assertThat(history(lead.id())).isEmpty();
        assertThat(contacts.timeline(lead.contactId())).noneMatch(com.funnelboard.domain.TimelineEvent.Moved.class::isInstance);

        undo.redoLast();
        assertThat(history(lead.id())).extracting(StageChange::id, StageChange::overrideReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(moveId, "Met at the fair"));
        assertThat(reports.funnel(always).stages().get(1).entered()).isEqualTo(1);
    }

    /** The window's Undo takes back, after a restart, what was done before it (it said "Nothing to undo"); the command line's is its own. */
    @Test
    void theWindowsUndoOutlivesARestartAndIsNotTheCommandLines() {
        new UndoService(store, UndoJournal.window(store)); // the window before the restart, following what is done
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of(), "Met at the fair", null, null));
        UndoService afterRestart = new UndoService(store, UndoJournal.window(store));
        assertThat(afterRestart.next().undo()).contains("Moved \u201CPilot\u201D from Lead to Prospect");
        assertThat(new UndoService(store, new StoredUndoJournal(store)).canUndo()).as("not the command line's").isFalse();
        afterRestart.undoLast();
        assertThat(deal(lead.id()).stage()).isEqualTo(Stage.LEAD);
        assertThat(new UndoService(store, UndoJournal.window(store)).canRedo()).isTrue();
    }

    /** A deal deleted again by the undo of its restore is in the trash as of then, not as of its first deletion. */
    @Test
    void aDealDeletedAgainByAnUndoShowsWhenItWasLastDeleted() {
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        DealEditing editing = new DealEditing(store, Locale.UK);
        editing.delete(lead.id());
        java.time.Instant first = editing.trash().getFirst().deletedAt();
        editing.restore(lead.id());
        undo.undoLast(); // the restore
        com.funnelboard.domain.TrashEntry again = editing.trash().getFirst();
        assertThat(again.id()).isEqualTo(lead.id());
        assertThat(again.deletedAt()).isAfter(first);
        assertThat(again.how()).startsWith("Undo of Restored");
    }

    @Test
    void aRestoredBackupLeavesNothingToUndoOrRedo() {
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of(), "Met at the fair", null, null));
        deals.move(new MoveRequest(lead.id(), Stage.OPPORTUNITY, List.of(), "Asked for a quote", null, null));
        undo.undoLast();
        assertThat(undo.canUndo()).isTrue();
        assertThat(undo.canRedo()).isTrue();
        // The window forgets when it hears of a restore; the command line's restore forgets its own journal.
        assertThat(new com.funnelboard.domain.ChangeNotice(UUID.randomUUID(), com.funnelboard.domain.ChangeOrigin.MIGRATION, "rep", Fixtures.NOW,
                java.util.Set.of(), java.util.Set.of(), false, com.funnelboard.domain.ChangeNotice.RESTORED).restored()).isTrue();
        undo.forget();
        assertThat(undo.canUndo()).isFalse();
        assertThat(undo.canRedo()).isFalse();
        assertThat(undo.undoLast()).isEmpty();
        assertThat(deal(lead.id()).stage()).isEqualTo(Stage.PROSPECT);
    }

    @Test
    void undoingALostMoveClearsTheLostReasonAndRedoingItMovesWithItsReasonAgain() {
        Deal lead = Fixtures.deal(store, "Gone", Stage.LEAD, 100_00L);
        deals.move(new MoveRequest(lead.id(), Stage.LOST, List.of(), null, LostReason.NO_BUDGET, "Budget frozen until Q3"));
        undo.undoLast();
        assertThat(deal(lead.id()).stage()).isEqualTo(Stage.LEAD);
        assertThat(deal(lead.id()).lostReason()).isNull();
        // The move made again is the move that was made: its reason is in the stage history the reports count (the redone
        // move had none).
        undo.redoLast();
        assertThat(deal(lead.id()).lostReason()).isEqualTo(LostReason.NO_BUDGET);
        List<StageChange> moves = store.read(r -> r.stageChanges().forDeal(lead.id()));
        assertThat(moves).extracting(StageChange::to, StageChange::lostReason, StageChange::lostNote).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.LOST, LostReason.NO_BUDGET, "Budget frozen until Q3"));
    }

    @Test
    void aLostMoveClosesTheOpenFollowUpsInItsChangeSetAndUndoingItOpensThemAgain() {
        Deal lead = Fixtures.deal(store, "Gone", Stage.LEAD, 100_00L);
        Deal other = Fixtures.deal(store, "Still on", Stage.LEAD, 100_00L);
        var overdue = Fixtures.followUp(store, lead, Fixtures.NOW.minus(Duration.ofDays(2)));
        var upcoming = Fixtures.followUp(store, lead, Fixtures.NOW.plus(Duration.ofDays(3)));
        var done = followUps.schedule(lead.id(), Fixtures.NOW.minus(Duration.ofDays(5)), FollowUpKind.EMAIL, "sent");
        followUps.complete(done.id());
        java.time.Instant doneAt = store.read(r -> r.followUps().find(done.id())).orElseThrow().doneAt();
        var elsewhere = Fixtures.followUp(store, other, Fixtures.NOW.plus(Duration.ofDays(1)));

        StageChange lost = deals.move(new MoveRequest(lead.id(), Stage.LOST, List.of(), null, LostReason.NO_BUDGET, null));

        assertThat(store.read(r -> r.followUps().find(overdue.id())).orElseThrow().doneAt()).isEqualTo(lost.changedAt());
        assertThat(store.read(r -> r.followUps().find(upcoming.id())).orElseThrow().doneAt()).isEqualTo(lost.changedAt());
        assertThat(store.read(r -> r.followUps().find(done.id())).orElseThrow().doneAt()).isEqualTo(doneAt);
        assertThat(store.read(r -> r.followUps().find(elsewhere.id())).orElseThrow().isOpen()).isTrue();
        assertThat(followUps.agenda()).extracting(e -> e.followUp().id()).containsExactly(elsewhere.id());
        var set = store.read(r -> r.changeLog().latest(1)).getFirst();
        assertThat(set.changes()).filteredOn(c -> c.table().equals("follow_up")).extracting(c -> c.row(), c -> c.field())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(overdue.id().toString(), "done_at"),
                        org.assertj.core.groups.Tuple.tuple(upcoming.id().toString(), "done_at"));
        assertThat(set.changes()).anyMatch(c -> c.table().equals("deal") && c.field().equals("stage"));

        undo.undoLast();
        assertThat(deal(lead.id()).stage()).isEqualTo(Stage.LEAD);
        assertThat(store.read(r -> r.followUps().find(overdue.id())).orElseThrow().isOpen()).isTrue();
        assertThat(store.read(r -> r.followUps().find(upcoming.id())).orElseThrow().isOpen()).isTrue();
        assertThat(store.read(r -> r.followUps().find(done.id())).orElseThrow().doneAt()).isEqualTo(doneAt);
        assertThat(followUps.agenda()).extracting(e -> e.followUp().id()).contains(overdue.id(), upcoming.id(), elsewhere.id());

        undo.redoLast();
        assertThat(store.read(r -> r.followUps().find(overdue.id())).orElseThrow().isOpen()).isFalse();
        assertThat(store.read(r -> r.followUps().find(upcoming.id())).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void undoingANewLeadRemovesItAndRedoBringsItBack() {
        UUID id = deals.createLead(new NewLead("Ida Berg", "Nordwind AB", "ida@nordwind.example", null, LeadSource.REFERRAL, "Pilot", "",
                "EUR", Locale.UK));
        UUID contact = deal(id).contactId();
        undo.undoLast();
        assertThat(store.<java.util.Optional<Deal>>read(r -> r.deals().find(id))).isEmpty();
        assertThat(store.<java.util.Optional<ContactProfile>>read(r -> r.contactProfiles().find(contact))).isEmpty();
        assertThat(store.<List<com.funnelboard.domain.DealCard>>read(r -> r.board().page(Stage.LEAD, 0, 10))).isEmpty();
        undo.redoLast();
        assertThat(deal(id).title()).isEqualTo("Pilot");
        assertThat(store.read(r -> r.contactProfiles().find(contact)).orElseThrow().emails()).containsExactly("ida@nordwind.example");
    }

    @Test
    void undoingAContactEditRestoresTheFieldAndTheEmailList() {
        UUID id = UUID.randomUUID();
        contacts.create(new ContactProfile(id, null, "Ida Berg", "CEO", List.of("ida@a.example", "ida@b.example"), List.of(), null,
                null, null, null, null, null, List.of(), null, null));
        ContactProfile before = store.read(r -> r.contactProfiles().find(id)).orElseThrow();
        contacts.save(new ContactProfile(id, null, "Ida Berg", "COO", List.of("ida@b.example", "ida@c.example"), List.of(), null, null,
                null, null, null, null, List.of(), null, null));
        undo.undoLast();
        assertThat(store.read(r -> r.contactProfiles().find(id)).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anUndoThatWouldOverwriteALaterChangeIsRefusedAndChangesNothing() {
        UUID id = UUID.randomUUID();
        contacts.create(ContactProfile.named(id, "Ida"));
        ContactProfile one = store.read(r -> r.contactProfiles().find(id)).orElseThrow();
        contacts.save(new ContactProfile(id, null, "Ida Berg", "CEO", List.of(), List.of(), null, null, null, null, null, null, List.of(),
                null, null));
        UUID firstEdit = store.read(r -> r.changeLog().latest(1)).getFirst().id();
        contacts.save(new ContactProfile(id, null, "Ida B.", "CEO", List.of(), List.of(), null, null, null, null, null, null, List.of(),
                null, null));
        assertThatThrownBy(() -> undo.undo(firstEdit)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("later changes to the contact Ida B.'s name").hasMessageContaining("nothing was changed");
        assertThat(store.read(r -> r.contactProfiles().find(id)).orElseThrow().name()).isEqualTo("Ida B.");
        assertThat(one.name()).isEqualTo("Ida");
    }

    @Test
    void anUndoOrRedoOfAnEditToADealDeletedSinceIsRefusedUntilItIsRestored() {
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        DealEditing editing = new DealEditing(store, Locale.UK);
        editing.edit(lead.id(), new DealEditing.Edit(null, "250", null, null, false, null));
        UUID edit = store.read(r -> r.changeLog().latest(1)).getFirst().id();
        deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of(), "Met at the fair", null, null));
        UUID move = store.read(r -> r.changeLog().latest(1)).getFirst().id();
        UUID undidMove = undo.undo(move).changeSet();
        // A command (or a teammate) deletes the deal; the window's Undo and Redo still name its actions.
        editing.delete(lead.id());
        for (UUID action : List.of(edit, undidMove)) {
            assertThatThrownBy(() -> undo.undo(action)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("the deal \u201CPilot\u201D it changes is in the trash now").hasMessageContaining("nothing was changed");
        }
        assertThat(history(lead.id())).as("the undone move stays undone").isEmpty();

        editing.restore(lead.id());
        Deal restored = deal(lead.id());
        assertThat(restored.value().minor()).as("nothing was written into the trash").isEqualTo(250_00L);
        assertThat(restored.stage()).isEqualTo(Stage.LEAD);
        undo.undo(undidMove);
        assertThat(deal(lead.id()).stage()).isEqualTo(Stage.PROSPECT);
    }

    /**
     * An action changed since by someone else (a command beside the window): its undo is refused once, naming the deal, and
     * taken off the list, so that the next undo takes back the action before it (every undo was refused at it).
     */
    @Test
    void anActionChangedSinceElsewhereIsTakenOffTheListAndTheNextUndoGoesOn() {
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        Deal other = Fixtures.deal(store, "Rollout", Stage.LEAD, 100_00L);
        DealEditing editing = new DealEditing(store, Locale.UK);
        editing.edit(other.id(), new DealEditing.Edit("Rollout 2027", null, null, null, false, null));
        editing.edit(lead.id(), new DealEditing.Edit(null, "250", null, null, false, null));
        // The same deal's value set again by another program on this file: its change set is none of this journal's.
        try (Store command = Store.open(dir.resolve("test.db"), store.clock())) {
            new DealEditing(command, Locale.UK).edit(lead.id(), new DealEditing.Edit(null, "300", null, null, false, null));
        }
        assertThatThrownBy(() -> undo.undoLast()).isInstanceOf(RefusedException.class)
                .hasMessageContaining("later changes to the deal \u201CPilot\u201D's value").hasMessageContaining("It is off the Undo list now")
                // Not "Undo the later change first": once off the list, that could not help, and the next undo took back another.
                .hasMessageNotContaining("Undo the later change first").hasMessageContaining("not this one; once the later change is undone, "
                        + "'funnelboard undo ");
        assertThat(deal(lead.id()).value().minor()).isEqualTo(300_00L);
        assertThat(undo.undoLast().orElseThrow().text()).isEqualTo("Undid: Renamed \u201CRollout\u201D to \u201CRollout 2027\u201D");
        assertThat(deal(other.id()).title()).isEqualTo("Rollout");

        // A redo refused the same way says it is off the Redo list (it said "the Undo list" and "the next undo").
        try (Store command = Store.open(dir.resolve("test.db"), store.clock())) {
            new DealEditing(command, Locale.UK).edit(other.id(), new DealEditing.Edit("Rollout 2028", null, null, null, false, null));
        }
        assertThatThrownBy(() -> undo.redoLast()).isInstanceOf(RefusedException.class).hasMessageContaining("Cannot redo this")
                .hasMessageContaining("It is off the Redo list now: the next redo").hasMessageNotContaining("Undo list");
        assertThat(undo.canRedo()).isFalse();
    }

    @Test
    void undoingAMergeBringsBothContactsBackWithTheirOwnDeals() {
        Deal a = Fixtures.deal(store, "Alpha", Stage.LEAD, 1L);
        Deal b = Fixtures.deal(store, "Beta", Stage.LEAD, 1L);
        contacts.merge(a.contactId(), b.contactId(), Set.of());
        assertThat(deal(b.id()).contactId()).isEqualTo(a.contactId());
        undo.undoLast();
        assertThat(deal(a.id()).contactId()).isEqualTo(a.contactId());
        assertThat(deal(b.id()).contactId()).isEqualTo(b.contactId());
        ContactProfile other = store.read(r -> r.contactProfiles().find(b.contactId())).orElseThrow();
        assertThat(other.mergedInto()).isNull();
        assertThat(other.name()).isEqualTo("Contact of Beta");
    }

    @Test
    void followUpsScheduledDoneAndSnoozedAreUndoneOneAtATime() {
        Deal lead = Fixtures.deal(store, "Pilot", Stage.LEAD, 1L);
        var f = followUps.schedule(lead.id(), Fixtures.NOW.plus(Duration.ofDays(1)), FollowUpKind.CALL, "call");
        followUps.snooze(f.id(), Fixtures.NOW.plus(Duration.ofDays(2)));
        followUps.complete(f.id());
        undo.undoLast();
        assertThat(store.read(r -> r.followUps().find(f.id())).orElseThrow().isOpen()).isTrue();
        undo.undoLast();
        assertThat(store.read(r -> r.followUps().find(f.id())).orElseThrow().snoozedUntil()).isNull();
        undo.undoLast();
        assertThat(store.<java.util.Optional<com.funnelboard.domain.FollowUp>>read(r -> r.followUps().find(f.id()))).isEmpty();
        undo.undoLast(); // the deal itself
        assertThat(store.<java.util.Optional<Deal>>read(r -> r.deals().find(lead.id()))).isEmpty();
        assertThat(undo.canUndo()).isFalse();
        assertThat(undo.undoLast()).isEmpty();
    }

    /** Undoing a new deal says the calls logged on it since, which go to the trash with it (they went without a word). */
    @Test
    void undoingANewDealNamesWhatWasLoggedOnItSince() {
        Deal pilot = Fixtures.deal(store, "Widget pilot", Stage.LEAD, 100_00L);
        UUID made = new HistoryService(store).latest(1).getFirst().id();
        new InteractionService(store).log(pilot.id(), com.funnelboard.domain.InteractionKind.CALL, com.funnelboard.domain.Direction.IN,
                Fixtures.NOW.plusSeconds(60), "Wendy called back: wants 60 seats");
        UndoService.Undone done = undo.undo(made);
        assertThat(done.note()).isEqualTo("the 1 call, email, meeting or note logged on it since stays with it in the trash; restoring it "
                + "brings it back");
        Deal other = Fixtures.deal(store, "Quiet deal", Stage.LEAD, 100_00L);
        assertThat(undo.undo(new HistoryService(store).latest(1).getFirst().id()).note()).as("nothing logged since: nothing said").isEmpty();
        assertThat(store.<java.util.Optional<Deal>>read(r -> r.deals().find(other.id()))).isEmpty();
    }
}
