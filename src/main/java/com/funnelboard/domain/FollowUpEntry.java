package com.funnelboard.domain;

import java.util.Objects;

/**
 * A follow-up with what a list of them shows of its deal, its owner's email among it (null: nobody
 * owns it), and its contact's name (null: the deal has no contact).
 *
 * @param stageSince when the deal entered its stage (null where not read): a follow-up of a lost deal closed then or after was
 *     closed by the loss, one done before it was done
 */
public record FollowUpEntry(FollowUp followUp, String dealTitle, Stage stage, String contactName, String organizationName, String owner,
        java.time.Instant stageSince) {

    public FollowUpEntry(FollowUp followUp, String dealTitle, Stage stage, String contactName, String organizationName, String owner) {
        this(followUp, dealTitle, stage, contactName, organizationName, owner, null);
    }

    /**
     * Whether the follow-up was closed because its deal was lost, before it was due: it will not happen (a hand-done call of a
     * deal lost later was done). Moving a deal to Lost closes its open follow-ups at the moment of the move.
     */
    public boolean cancelledByLoss() {
        FollowUp f = followUp;
        return !f.isOpen() && stage == Stage.LOST && f.effectiveDue().isAfter(f.doneAt())
                && (stageSince == null || !f.doneAt().isBefore(stageSince));
    }

    /** The words for a deal without a contact, where a list names the contact. */
    public static final String NO_CONTACT = "No contact";

    public FollowUpEntry {
        Objects.requireNonNull(followUp, "followUp");
    }

    /** Whom the follow-up is with, in words: the contact's name, or "No contact". */
    public String who() {
        return contactName == null ? NO_CONTACT : contactName;
    }
}
