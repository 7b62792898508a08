package com.funnelboard.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A request to move a deal, as the dialog or the command line makes it.
 *
 * @param checked ids or codes of the checklist items the user ticked
 * @param overrideReason why a failing gate is overridden; null or blank when it is not (a text with nothing one can
 *     see in it, {@link PlainText#hasVisible}, is none)
 * @param lostReason required for a move to Lost
 * @param lostNote required with {@link LostReason#OTHER}
 * @param won the final value and close date of a move to Won, as the user gave them (the defaults
 *     when none were given); only a move to Won takes them
 * @param lostOn the day a move to Lost records the deal lost, when it was lost before today (null: now); only a move to Lost
 *     takes it
 * @param checklistSeen the checklist as the dialog showed it ({@link #checklistOf}), or null (a command, whose items are named by
 *     code): a move is refused when its checklist changed since (an item reworded while the dialog was open was recorded as
 *     ticked in words the rep never saw)
 */
public record MoveRequest(
        UUID dealId, Stage to, List<String> checked, String overrideReason, LostReason lostReason, String lostNote,
        WonDetails.Entry won, Stage from, java.time.LocalDate lostOn, String checklistSeen) {

    public MoveRequest {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(to, "to");
        checked = List.copyOf(checked);
        overrideReason = blankToNull(overrideReason);
        lostNote = blankToNull(lostNote);
        won = won == null ? WonDetails.Entry.defaults() : won;
    }

    public MoveRequest(UUID dealId, Stage to, List<String> checked, String overrideReason, LostReason lostReason, String lostNote,
            WonDetails.Entry won, Stage from) {
        this(dealId, to, checked, overrideReason, lostReason, lostNote, won, from, null, null);
    }

    /** The checklist's items as a dialog shows them, in one text: each item's id, wording and whether it is required, in order. */
    public static String checklistOf(List<com.funnelboard.domain.checklist.ChecklistItem> items) {
        StringBuilder b = new StringBuilder();
        for (com.funnelboard.domain.checklist.ChecklistItem i : items) {
            b.append(i.id()).append('\u001f').append(i.text()).append('\u001f').append(i.required()).append('\u001e');
        }
        return b.toString();
    }

    /** This request made from a dialog that showed the checklist {@code seen} ({@link #checklistOf}). */
    public MoveRequest seeing(String seen) {
        return new MoveRequest(dealId, to, checked, overrideReason, lostReason, lostNote, won, from, lostOn, seen);
    }

    /** A request for the deal wherever it is now (a command's `move`): see {@link #from}. */
    public MoveRequest(UUID dealId, Stage to, List<String> checked, String overrideReason, LostReason lostReason, String lostNote,
            WonDetails.Entry won) {
        this(dealId, to, checked, overrideReason, lostReason, lostNote, won, null);
    }

    /** A request with no won details given (the defaults apply to a move to Won). */
    public MoveRequest(UUID dealId, Stage to, List<String> checked, String overrideReason, LostReason lostReason, String lostNote) {
        this(dealId, to, checked, overrideReason, lostReason, lostNote, null);
    }

    public static MoveRequest simple(UUID dealId, Stage to) {
        return new MoveRequest(dealId, to, List.of(), null, null, null);
    }

    /** This request with the won details the user gave. */
    public MoveRequest withWon(WonDetails.Entry entry) {
        return new MoveRequest(dealId, to, checked, overrideReason, lostReason, lostNote, entry, from, lostOn, checklistSeen);
    }

    /** This request recording a move to Lost as made on {@code day} (a loss entered late: its month's win rate counts it). */
    public MoveRequest lostOn(java.time.LocalDate day) {
        return new MoveRequest(dealId, to, checked, overrideReason, lostReason, lostNote, won, from, day, checklistSeen);
    }

    /**
     * This request for a move from {@code stage} only: the stage a dialog asked about. A deal moved
     * elsewhere meanwhile (a command, a teammate's merge) is refused rather than moved from where it
     * is now (a move asked from Lead to Prospect took a deal since moved to Won back to Prospect).
     */
    public MoveRequest from(Stage stage) {
        return new MoveRequest(dealId, to, checked, overrideReason, lostReason, lostNote, won, stage, lostOn, checklistSeen);
    }

    public boolean isOverride() {
        return overrideReason != null;
    }

    static String blankToNull(String s) {
        return !PlainText.hasVisible(s) ? null : s.strip();
    }
}
