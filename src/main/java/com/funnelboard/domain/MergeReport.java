package com.funnelboard.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a merge of a share file did (or, for a dry run, would do).
 *
 * @param received change sets new to this installation
 * @param alreadyHad change sets it had already (its own coming back, or merged before)
 * @param held change sets kept aside: stamped more than a day in the future, tried again at each merge
 * @param waiting change sets waiting for a row they need that has not arrived
 * @param newRows rows added
 * @param updatedRows rows changed
 * @param conflicts fields edited on two installations that did not see each other's edit
 * @param authors who wrote the received change sets
 * @param changeSet the merge's own change set (null when it changed nothing or was a dry run)
 * @param leftOut change sets the installation had received before whose copy in this file differs
 *     (altered on its way): named ("Bo's 3f9a1c2d, “Moved Pilot to Won”"), left out, the copy
 *     received first kept
 * @param trashed the deals, contacts and organizations the merge moves to the trash, and which of them were made here
 * @param heldFrom who wrote the change sets this file brought that were held (names)
 */
public record MergeReport(int received, int alreadyHad, int held, int waiting, int newRows, int updatedRows, int conflicts,
        List<String> authors, UUID changeSet, List<String> leftOut, Trashed trashed, List<String> heldFrom, List<String> waitingFor) {

    public MergeReport {
        authors = List.copyOf(authors);
        leftOut = List.copyOf(leftOut);
        heldFrom = List.copyOf(heldFrom);
        waitingFor = List.copyOf(waitingFor);
    }

    /** A report that names no set waiting for a row ("Ann's 3f9a1c2d, “Edited Pilot”, needs a deal 1a2b3c4d not received"). */
    public MergeReport(int received, int alreadyHad, int held, int waiting, int newRows, int updatedRows, int conflicts,
            List<String> authors, UUID changeSet, List<String> leftOut, Trashed trashed, List<String> heldFrom) {
        this(received, alreadyHad, held, waiting, newRows, updatedRows, conflicts, authors, changeSet, leftOut, trashed, heldFrom, List.of());
    }

    /** A report that names nobody whose sets were held. */
    public MergeReport(int received, int alreadyHad, int held, int waiting, int newRows, int updatedRows, int conflicts, List<String> authors,
            UUID changeSet, List<String> leftOut, Trashed trashed) {
        this(received, alreadyHad, held, waiting, newRows, updatedRows, conflicts, authors, changeSet, leftOut, trashed, List.of());
    }

    /** A report that moves nothing to the trash. */
    public MergeReport(int received, int alreadyHad, int held, int waiting, int newRows, int updatedRows, int conflicts, List<String> authors,
            UUID changeSet, List<String> leftOut) {
        this(received, alreadyHad, held, waiting, newRows, updatedRows, conflicts, authors, changeSet, leftOut, Trashed.NONE);
    }

    /**
     * The live deals, contacts and organizations a merge deletes (they go to the trash, which can
     * restore them). A teammate deleting what you made is an edit like any other, and newest wins;
     * but it must not pass unseen, above all when the teammate only undid a merge that had brought
     * your records to them: that undo travels back and takes your own records away.
     *
     * @param count how many live records the merge deletes (counted among the changed ones)
     * @param yours those of them made on this installation, named ("deal “Pilot”")
     * @param by who deleted those
     * @param byUndo whether every deletion of yours came from an undo (of the merge that had brought them)
     * @param editsTakenBack the fields of records here whose value, written here, a teammate's undo of
     *     the merge that had brought it to them takes back, by record ("deal “Pilot”: value, stage")
     * @param takenBackBy who undid those merges
     * @param undoneOthers what those teammates undid that was not a merge, as their history names it ("Resolved a conflict:
     *     deal “Nova” title"); empty when they undid merges only
     */
    public record Trashed(int count, List<String> yours, List<String> by, boolean byUndo, List<String> editsTakenBack,
            List<String> takenBackBy, List<String> undoneOthers) {

        public static final Trashed NONE = new Trashed(0, List.of(), List.of(), false);

        public Trashed {
            yours = List.copyOf(yours);
            by = List.copyOf(by);
            editsTakenBack = List.copyOf(editsTakenBack);
            takenBackBy = List.copyOf(takenBackBy);
            undoneOthers = List.copyOf(undoneOthers);
        }

        /** Edits taken back by undos of merges. */
        public Trashed(int count, List<String> yours, List<String> by, boolean byUndo, List<String> editsTakenBack, List<String> takenBackBy) {
            this(count, yours, by, byUndo, editsTakenBack, takenBackBy, List.of());
        }

        /** Deletions only, no edit taken back. */
        public Trashed(int count, List<String> yours, List<String> by, boolean byUndo) {
            this(count, yours, by, byUndo, List.of(), List.of());
        }

        /**
         * "; 2 records you made go to the trash: Ida Berg undid … (deal “Pilot”, …)" and "; 2 edits of yours are
         * taken back …", or "" when nothing of yours.
         */
        public String sentence() {
            return trashedSentence() + takenBackSentence();
        }

        /** How a contact merged into another is named among the records that go ("contact “Lars” (merged into “Lars Holm”)"). */
        public static final String MERGED_INTO = " (merged into ";

        /** What a deletion of yours taken back says: the record is on the board or in the lists again. */
        public static final String BACK_FROM_THE_TRASH = "deleted by you and back from the trash";
        /** What a follow-up you did says when it is taken back: it is open again. */
        public static final String OPEN_AGAIN = "done by you and open again";

        private String takenBackSentence() {
            if (editsTakenBack.isEmpty()) {
                return "";
            }
            int n = editsTakenBack.stream().mapToInt(r -> r.substring(r.lastIndexOf(": ") + 2).split(", ").length).sum();
            String who = takenBackBy.isEmpty() ? "a teammate" : Person.listed(takenBackBy);
            List<String> named = editsTakenBack.size() <= NAMED ? editsTakenBack : editsTakenBack.subList(0, NAMED);
            String names = String.join("; ", named) + (editsTakenBack.size() > NAMED ? " and " + (editsTakenBack.size() - NAMED) + " more" : "");
            boolean onlyEdits = editsTakenBack.stream().noneMatch(e -> e.endsWith(BACK_FROM_THE_TRASH) || e.endsWith(OPEN_AGAIN)
                    || e.contains(BACK_FROM_THE_TRASH + ",") || e.contains(OPEN_AGAIN + ","));
            // An undo of something else than a merge (a conflict's resolution) is named as its history names it: "undid the merge"
            // was said of any undo.
            String undid = undoneOthers.isEmpty() ? "the merge that had brought " + (n == 1 ? "it" : "them") + " there"
                    : String.join(", ", undoneOthers.stream().map(a -> "\u201C" + a + "\u201D").toList());
            return "; " + (n == 1 ? "1 edit of yours is" : n + " edits of yours are") + " taken back, because " + who
                    + " undid " + undid + " (" + names + "); " + (onlyEdits ? "edit " : "do ")
                    + (n == 1 ? "it" : "them") + " again to keep " + (n == 1 ? "it" : "them");
        }

        private String trashedSentence() {
            if (yours.isEmpty()) {
                return "";
            }
            String what = yours.size() == 1 ? "1 record you made goes" : yours.size() + " records you made go";
            String who = by.isEmpty() ? "a teammate" : Person.listed(by);
            // A contact merged into another here is out of the lists, not in the trash: it comes back from the conflicts view.
            boolean merged = yours.stream().allMatch(y -> y.contains(MERGED_INTO));
            String why = byUndo ? ", because " + who + " undid the merge that had brought " + (yours.size() == 1 ? "it" : "them") + " there"
                    : (merged ? ", merged by " : ", deleted by ") + who;
            List<String> named = yours.size() <= NAMED ? yours : yours.subList(0, NAMED);
            String names = String.join(", ", named) + (yours.size() > NAMED ? " and " + (yours.size() - NAMED) + " more" : "");
            return "; " + what + (merged ? " out of the lists" : " to the trash") + why + " (" + names + "); "
                    + (merged ? "File \u2192 Conflicts\u2026 can restore " : "Trash can restore ") + (yours.size() == 1 ? "it" : "them");
        }

        private static final int NAMED = 5;
    }

    /** A report with nothing left out. */
    public MergeReport(int received, int alreadyHad, int held, int waiting, int newRows, int updatedRows, int conflicts, List<String> authors,
            UUID changeSet) {
        this(received, alreadyHad, held, waiting, newRows, updatedRows, conflicts, authors, changeSet, List.of());
    }

    /** The same report without its change set (a dry run's). */
    public MergeReport withoutChangeSet() {
        return new MergeReport(received, alreadyHad, held, waiting, newRows, updatedRows, conflicts, authors, null, leftOut, trashed, heldFrom,
                waitingFor);
    }

    /** "12 records added, 3 changed, 1 conflict to review": what the preview and the status bar say. */
    public String sentence() {
        StringBuilder s = new StringBuilder(counts(newRows, updatedRows, conflicts));
        if (trashed.count() > 0) {
            // "4 changed" → "4 changed (2 moved to the trash)", before the conflicts.
            int at = s.indexOf(" changed, ");
            String moved = trashed.count() != updatedRows ? trashed.count() + " moved to the trash"
                    : updatedRows == 1 ? "moved to the trash" : "all moved to the trash";
            s.insert(at + " changed".length(), " (" + moved + ")");
        }
        if (held > 0) {
            s.append(", ").append(held).append(held == 1 ? " change set" : " change sets");
            if (!heldFrom.isEmpty()) {
                s.append(" from ").append(String.join(", ", heldFrom));
            }
            s.append(" stamped more than a day ahead of this computer's clock kept aside (tried again at each merge until their time; if this "
                    + "computer's date is behind, set it right and they are applied at the next merge; a computer whose clock is ahead sends "
                    + "them again with its first change once its clock is set right)");
        }
        if (waiting > 0) {
            s.append(", ").append(waiting).append(" waiting for rows not received yet");
            // Which set waits, for what: a made-up set under a teammate's id held back all their later ones, and nothing said which.
            if (!waitingFor.isEmpty()) {
                s.append(" (").append(String.join("; ", waitingFor)).append(waiting > waitingFor.size()
                        ? "; the later change sets of the same installation wait behind it)" : ")");
            }
        }
        s.append(trashed.sentence());
        if (!leftOut.isEmpty()) {
            s.append("; ").append(leftOutSentence(leftOut));
        }
        return s.toString();
    }

    /** How a left-out set stamped with the receiving installation's own id, which it never made, ends. */
    public static final String NEVER_MADE = ", stamped with this installation's own id, which it never made";

    /** What was left out, in words ("left out a change set whose copy … differs …"); "" when nothing. */
    public static String leftOutSentence(List<String> leftOut) {
        List<String> altered = leftOut.stream().filter(s -> !s.endsWith(NEVER_MADE)).toList();
        List<String> madeUp = leftOut.stream().filter(s -> s.endsWith(NEVER_MADE)).map(s -> s.substring(0, s.length() - NEVER_MADE.length()))
                .toList();
        List<String> parts = new java.util.ArrayList<>();
        if (!altered.isEmpty()) {
            parts.add("left out " + (altered.size() == 1 ? "a change set" : altered.size() + " change sets")
                    + " whose copy in the file differs from the one received before (" + String.join("; ", altered)
                    + "): the copy received first is kept, as one of the two was altered on its way");
        }
        if (!madeUp.isEmpty()) {
            parts.add("left out " + (madeUp.size() == 1 ? "a change set" : madeUp.size() + " change sets")
                    + " stamped with this installation's own id, which it never made (" + String.join("; ", madeUp)
                    + "): made up on the file's way here");
        }
        return String.join("; ", parts);
    }

    /**
     * "12 records added, 3 changed, 1 conflict to review" (a record: a deal, contact, organization,
     * call, follow-up, address…); "no new conflicts" when it found none (others may still wait from earlier merges).
     */
    public static String counts(int added, int changed, int conflicts) {
        return added + (added == 1 ? " record added, " : " records added, ") + changed + " changed, "
                + (conflicts == 0 ? "no new conflicts" : conflicts + (conflicts == 1 ? " conflict to review" : " conflicts to review"));
    }

    /**
     * Whether the file shared nothing with a pipeline that had a history of its own: every change set
     * in it new here, no record of it here already, none of this installation's own changes in it.
     * That is a first exchange with a teammate, or another team's file picked by mistake, whose
     * records an undo only moves to the trash, from where they still travel: said before and after.
     *
     * @param hadHistory whether this database held any change before the merge
     */
    public boolean sharesNothing(boolean hadHistory) {
        return hadHistory && received > 0 && alreadyHad == 0 && updatedRows == 0 && conflicts == 0;
    }

    /** What {@link #sharesNothing} says, in a sentence. */
    public static final String SHARES_NOTHING = "Nothing in it was known here: it shares no record and no change with this pipeline "
            + "(a first exchange with a teammate, or another team's file). Merge only your own team's files";
}
