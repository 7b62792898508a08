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

    record Moved(StageChange change, String dealTitle) implements TimelineEvent {
        @Override
        public Instant at() {
            return change.changedAt();
        }
    }

    record Reminder(FollowUp followUp, String dealTitle) implements TimelineEvent {
        @Override
        public Instant at() {
            return followUp.effectiveDue();
        }
    }
}
