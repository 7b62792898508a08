package com.funnelboard.domain;

import java.time.Instant;

/**
 * One line of a contact's timeline: an interaction, a stage move or a follow-up, with the deal it
 * belongs to (null for an interaction logged with the contact alone).
 */
public sealed interface TimelineEvent {

    /** When it happened, or for a follow-up when it is due (after any snooze). */
    Instant at();

    String dealTitle();

    record Logged(Interaction interaction, String dealTitle) implements TimelineEvent {
        @Override
        public Instant at() {
            return interaction.occurredAt();
        }
    }

    /**
     * A stage move, with whether an undo or a redo made it (the history keeps a move and its move back: the move back
     * of an undone move is an {@link Undoing#UNDO}, the move again of a redone one a {@link Undoing#REDO}).
     */
    record Moved(StageChange change, String dealTitle, Undoing undoing) implements TimelineEvent {
        public Moved {
            java.util.Objects.requireNonNull(undoing, "undoing");
        }

        public Moved(StageChange change, String dealTitle) {
            this(change, dealTitle, Undoing.NONE);
        }

        @Override
        public Instant at() {
            return change.changedAt();
        }
    }

    /** Whether a stage move was made by hand (or a merge, an import), by an undo or by a redo. */
    enum Undoing {
        NONE, UNDO, REDO
    }

    record Reminder(FollowUp followUp, String dealTitle) implements TimelineEvent {
        @Override
        public Instant at() {
            return followUp.effectiveDue();
        }
    }
}
