package com.funnelboard.domain;

import java.util.Objects;

/** A follow-up with what a list of them shows of its deal, its owner's email among it (null: nobody owns it). */
public record FollowUpEntry(FollowUp followUp, String dealTitle, Stage stage, String contactName, String organizationName, String owner) {

    public FollowUpEntry {
        Objects.requireNonNull(followUp, "followUp");
    }
}
