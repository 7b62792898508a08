package com.funnelboard.service;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.store.ChangeReverter;
import com.funnelboard.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Undo and redo of the user's own actions, many levels deep. An undo is a change set of its own
 * (origin undo) written through the write path: it gives every field the action changed its old
 * value back and soft-deletes the rows it created, so it is recorded, shared, and can be redone
 * (a redo is the undo of the undo). A stage move is undone without the checklist — the deal returns
 * to where it was — and the history keeps both rows: the move and the move back. When something the
 * action changed has changed since, the undo is refused and nothing is written.
 */
public final class UndoService {

    /** What Redo says with nothing to redo, and why (after a new change it said "Nothing to redo." with no reason). */
    public static final String NOTHING_TO_REDO = "Nothing to redo (what was undone can be redone until the next change)";

    private static final String UNDID = "Undid: ";
    private static final String REDID = "Redid: ";

    private final Store store;
    private final UndoJournal journal;

    /**
     * @param journal where this window's (or this installation's command line's) actions are kept
     *     for undo; it learns of them from the change sets this program commits
     */
    public UndoService(Store store, UndoJournal journal) {
        this.store = store;
        this.journal = journal;
        store.subscribe(this::committed);
    }

    /** An undo or redo that was written: its change set and what it says. */
    /**
     * An undo done: its own change set, the one it took back, what it did in words, and what else to
     * know ("" when nothing): an undone merge puts back, on every teammate who shares with this
     * installation, the values the merge had brought, as any change travels.
     */
    public record Undone(UUID changeSet, UUID undid, String text, String note) {}

    /** Whether the change set being published now was written by no action of the user's (see {@link #leaveOut}). */
    private volatile java.util.function.BooleanSupplier automatic = () -> false;

    /**
     * Leaves out of the actions to undo the change sets written while {@code automatic} holds (asked on the writing thread as
     * each is published): the team folder's merges in the background, which Ctrl+Z took back in place of the user's last
     * edit, and whose arrival ended what could be redone.
     */
    public void leaveOut(java.util.function.BooleanSupplier automatic) {
        this.automatic = automatic;
    }

    private void committed(ChangeNotice n) {
        if (automatic.getAsBoolean()) {
            return;
        }
        // The sample pipeline too: 300 made-up deals mixed with the real ones could not be taken back.
        if (!n.elsewhere() && (n.origin() == ChangeOrigin.USER || n.origin() == ChangeOrigin.MERGE || n.origin() == ChangeOrigin.IMPORT
                || n.origin() == ChangeOrigin.SAMPLE)) {
            journal.done(n.changeSet());
        }
    }

    public boolean canUndo() {
        return journal.lastDone().isPresent();
    }

    public boolean canRedo() {
        return journal.lastUndone().isPresent();
    }

    /** What Undo and Redo would take back or do again, in words ("Moved “Pilot” from Lead to Prospect"); empty where there is nothing. */
    public record Next(Optional<String> undo, Optional<String> redo) {}

    /** What {@link #undoLast} and {@link #redoLast} would act on, as the Edit menu names them. */
    public Next next() {
        Optional<UUID> done = journal.lastDone();
        Optional<UUID> undone = journal.lastUndone();
        return store.read(r -> new Next(done.flatMap(id -> r.changeLog().find(id)).map(s -> described(s, "")),
                undone.flatMap(id -> r.changeLog().find(id)).map(s -> described(s, UNDID))));
    }

    /** A change set's summary without {@code prefix} (an undo's "Undid: "), or who made it when it has none. */
    private static String described(ChangeSetEntry set, String prefix) {
        String s = set.summary() == null ? "a change by " + set.author() : set.summary();
        return !prefix.isEmpty() && s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /**
     * When the last action is a merge of teammates' changes: what undoing it does on their copies ("This undo travels like any
     * change: on Ben Hart's copy too, it takes back 2 edits on 1 record …"), for the window to ask before. Empty otherwise.
     * Undone without a word, a merge took back a teammate's own edits on his copy once he merged the undo.
     */
    public Optional<String> mergeWarning() {
        return journal.lastDone().flatMap(id -> store.read(r -> r.changeLog().find(id)
                .filter(UndoService::mergeOrItsRedo)
                .map(set -> UndoneNotes.mergeNote(set, r.changeLog().mergedAuthors(id)))));
    }

    /**
     * A merge, or the redo of one (an undo's change set doing it again): its undo travels the same way. After Redo, Ctrl+Z
     * undid the merge again without asking, and the command's undo said nothing of the teammates' copies.
     */
    static boolean mergeOrItsRedo(ChangeSetEntry set) {
        return set.origin() == ChangeOrigin.MERGE
                || set.origin() == ChangeOrigin.UNDO && set.summary() != null && set.summary().startsWith(REDID + "Merged ");
    }

    /** Undoes the last action not undone yet; empty when there is none. */
    public Optional<Undone> undoLast() {
        Optional<UUID> last = journal.lastDone();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Undone u = orDropped(last.get(), false);
        journal.undone(last.get(), u.changeSet());
        return Optional.of(u);
    }

    /**
     * Undoes one change set named by its id (not only the last action), and remembers it as the last
     * undone action, so that Redo does it again.
     */
    public Undone undoChangeSet(UUID changeSet) {
        Undone u = undo(changeSet);
        journal.undone(changeSet, u.changeSet());
        return u;
    }

    /** Redoes the last undone action; empty when there is none. */
    public Optional<Undone> redoLast() {
        Optional<UUID> last = journal.lastUndone();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Undone u = orDropped(last.get(), true);
        journal.redone(last.get(), u.changeSet());
        return Optional.of(u);
    }

    /**
     * The change set a user means by its whole id or by the characters 'history' shows of it (its
     * first ones, or the last ones of a time-ordered id).
     *
     * @throws InvalidInputException when none or several match
     */
    public UUID resolveChangeSet(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return UUID.fromString(t);
        } catch (IllegalArgumentException notWhole) {
            // the characters a listing shows
        }
        if (t.length() < 4 || !t.matches("[0-9A-Fa-f-]+")) {
            throw new InvalidInputException("change-set", "'" + text + "' is not a change set id: give the id 'history' shows (at least 4 characters)");
        }
        List<UUID> found = store.read(r -> r.changeLog().changeSetIds(t, 2));
        if (found.isEmpty()) {
            throw new InvalidInputException("change-set", "No change set " + t + " (see 'history')");
        }
        if (found.size() > 1) {
            throw new InvalidInputException("change-set", t + " names more than one change set; give more of its id ('history --json' has them whole)");
        }
        return found.getFirst();
    }

    /** Forgets what can be undone and redone (a backup was restored in place of it all). */
    public void forget() {
        journal.forget();
    }

    /**
     * The last action undone (or redone); refused because something changed it since (a command
     * beside the window, a teammate's merge), it is taken off the list, so that the next Ctrl+Z goes
     * on with the action before it — every Ctrl+Z was refused at it, and nothing older could be undone.
     */
    private Undone orDropped(UUID action, boolean redo) {
        try {
            return revert(action);
        } catch (ChangeReverter.ConflictException e) {
            journal.drop(action);
            // A redo refused is off the Redo list (it said "the Undo list" and "the next undo" of a redo). It no longer says to undo
            // the later change first: once it is off the list that cannot help, and a script doing as told undid an older,
            // unrelated change with its next undo. What does help is said: undoing this one by its id.
            String said = refusal(action, e).getMessage();
            String why = said.replaceFirst(" Undo the later changes? first\\.$", "");
            String id = action.toString().substring(0, 8);
            throw new RefusedException(why + (redo
                    ? " It is off the Redo list now: the next redo makes the action undone before it again."
                    : " It is off the Undo list now: the next undo takes back the action before it, not this one; once the later change"
                            + " is undone, 'funnelboard undo " + id + "' takes this one back."));
        }
    }

    /**
     * Undoes one change set (any, by id).
     *
     * @throws RefusedException when a field it changed was changed since, naming what
     * @throws InvalidInputException when there is no such change set
     */
    public Undone undo(UUID changeSet) {
        try {
            return revert(changeSet);
        } catch (ChangeReverter.ConflictException e) {
            throw refusal(changeSet, e);
        }
    }

    private Undone revert(UUID changeSet) {
        java.util.concurrent.atomic.AtomicReference<com.funnelboard.domain.Person> renamed = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            Undone done = store.write(ChangeOrigin.UNDO, null, r -> {
                ChangeSetEntry set = r.changeLog().find(changeSet)
                        .orElseThrow(() -> new InvalidInputException("change-set", "No change set " + changeSet));
                // A stage move undone is taken back with the rest of the action: its row goes (soft-deleted, in History as the undo),
                // so the funnel, the win rates and the overrides count it no more (kept with a move back, an undone move still
                // counted as entering its stage, and an undone override stayed on the overrides report). A redo, the undo of
                // the undo, brings the same row back, with its checklist and reasons. A merge's moves stay, answered by a move
                // back: they are a teammate's, and the undo travels (as their calls, emails, meetings and notes stay where their
                // deal or contact stays: the undo took a rep's own meeting away from their computer, out of reach of the trash).
                boolean merged = set.origin() == ChangeOrigin.MERGE;
                java.util.Map<UUID, Stage> stageBefore = merged ? UndoneOutcomes.stagesOfMoved(r, set) : java.util.Map.of();
                r.reverter().revert(changeSet, merged ? Set.of("stage_change") : Set.of(), merged ? Set.of("interaction") : Set.of());
                UndoneOutcomes.refuseHalfUndone(r, set);
                Instant now = store.clock().instant();
                for (ChangeSetEntry.FieldChange c : merged ? set.changes() : List.<ChangeSetEntry.FieldChange>of()) {
                    if (c.isNewRow() && c.table().equals("stage_change")) {
                        JsonNode row = Json.mapper().readTree(c.newValue());
                        // Of a deal the undo did not move (the merge's move lost a conflict to a later one here, the deal stayed where
                        // it was) no move back is made up: History said a deal that stayed Lost went from Won back to Opportunity.
                        UUID movedDeal = UUID.fromString(row.get("deal_id").asString());
                        boolean moved = r.deals().find(movedDeal).map(d -> d.stage() != stageBefore.get(movedDeal)).orElse(true);
                        if (!row.get("from_stage").isNull() && moved) {
                            // The deal goes back where it was; the history keeps the teammate's move and the move back.
                            r.stageChanges().insert(new StageChange(UUID.randomUUID(), UUID.fromString(row.get("deal_id").asString()),
                                    Stage.fromKey(row.get("to_stage").asString()), Stage.fromKey(row.get("from_stage").asString()), now,
                                    store.author(), List.of(), null, null, null));
                        }
                    }
                }
                String text = describe(set);
                r.describe(text);
                // Your own name is kept twice: in the team's directory, which the undo puts back, and on this installation,
                // which kept the name it took back ("Undid: Sam R. is sam@…", and Settings and whoami still said Sam R.).
                r.local().identity().ifPresent(me -> r.settings().get(PeopleService.DIRECTORY + me.email())
                        .filter(name -> !name.equals(me.name()))
                        .ifPresent(name -> {
                            com.funnelboard.domain.Person named = new com.funnelboard.domain.Person(name, me.email());
                            r.local().setIdentity(named);
                            renamed.set(named);
                        }));
                return new Undone(r.changeSetId(), changeSet, text, mergeOrItsRedo(set)
                        ? UndoneNotes.mergeNote(set, r.changeLog().mergedAuthors(changeSet)) + UndoneNotes.yoursWith(r, set)
                        : UndoneNotes.loggedSince(r, set));
            });
            if (renamed.get() != null) {
                store.usePerson(renamed.get());
            }
            return done;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("change-set", "No change set " + changeSet);
        }
    }

    /** The sentence for an undo refused by later changes, naming the records ("the deal “Pilot”'s value"). */
    private RefusedException refusal(UUID changeSet, ChangeReverter.ConflictException e) {
        // Taking an undo back is a redo, and said so (a refused redo said "Cannot undo this").
        String verb = store.read(r -> r.changeLog().find(changeSet)).filter(s -> s.origin() == ChangeOrigin.UNDO
                && s.summary() != null && s.summary().startsWith(UNDID)).isPresent() ? "redo" : "undo";
        if (e.conflicts().stream().allMatch(ChangeReverter.Conflict::asBefore)) {
            // Undone already (twice from a script): it said to undo "the later change" first, which was the undo itself.
            return new RefusedException("Nothing to " + verb + ": what this change did is undone already (everything it changed is as it was"
                    + " before it); nothing was changed.");
        }
        List<String> inTrash = e.conflicts().stream().filter(c -> c.field().equals("deleted_at") && "in the trash".equals(c.now()))
                .map(c -> "the " + record(c)).distinct().toList();
        if (!inTrash.isEmpty()) {
            return new RefusedException("Cannot " + verb + " this: " + String.join(", ", inTrash) + " it changes " + (inTrash.size() == 1 ? "is" : "are")
                    + " in the trash now; nothing was changed. Restore it from the trash first.");
        }
        // As people read them ("the deal “Pilot”'s value"), not as the database names them (deal.value_minor).
        List<String> all = e.conflicts().stream().map(c -> c.field().equals("*") ? "the " + c.table().replace('_', ' ') + " it made"
                : c.field().equals("deleted_at") ? "the " + record(c) + " (in or out of the trash since)"
                : "the " + record(c) + "'s " + HistorySentences.label(c.field()).toLowerCase(java.util.Locale.ROOT))
                .distinct().toList();
        // The first few named, the rest counted: a big change set's refusal named 200 deals in one 15 KB sentence.
        String fields = String.join(", ", all.subList(0, Math.min(all.size(), NAMED))) + (all.size() > NAMED
                ? " and " + (all.size() - NAMED) + " more ('history' lists the changes since)" : "");
        return new RefusedException("Cannot " + verb + " this: it would overwrite later changes to " + fields
                + "; nothing was changed. Undo the later " + (all.size() > 1 ? "changes" : "change") + " first.");
    }

    /** How many of the records changed since a refused undo names. */
    static final int NAMED = 5;

    /** A record as people know it: "deal “Pilot”", "contact Ida Berg", else its kind ("email address"). */
    private String record(ChangeReverter.Conflict c) {
        String kind = c.table().replace('_', ' ');
        try {
            UUID id = UUID.fromString(c.row());
            Optional<String> name = switch (c.table()) {
                case "deal" -> store.read(r -> r.deals().titleOf(id).map(t -> "\u201C" + t + "\u201D"));
                case "contact" -> store.read(r -> r.contactProfiles().findAny(id).map(p -> p.name().strip()));
                default -> Optional.empty();
            };
            return name.map(n -> kind + " " + n).orElse(kind);
        } catch (IllegalArgumentException notAnId) {
            return kind;
        }
    }

    /** "Undid: Moved “Pilot” …", or "Redid: …" for the undo of an undo. */
    static String describe(ChangeSetEntry set) {
        String s = set.summary() == null ? "a change by " + set.author() : set.summary();
        if (s.startsWith(UNDID)) {
            return REDID + s.substring(UNDID.length());
        }
        if (s.startsWith(REDID)) {
            return UNDID + s.substring(REDID.length());
        }
        return UNDID + s;
    }
}
