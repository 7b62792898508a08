package com.funnelboard.domain;

import java.util.Objects;

/**
 * A follow-up with what a list of them shows of its deal, its owner's email among it (null: nobody
 * owns it), and its contact's name (null: the deal has no contact).
 */
public record FollowUpEntry(FollowUp followUp, String dealTitle, Stage stage, String contactName, String organizationName, String owner) {

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
