package com.funnelboard.domain;

import java.util.Objects;

/** A follow-up with what a list of them shows of its deal. */
public record FollowUpEntry(FollowUp followUp, String dealTitle, Stage stage, String contactName, String organizationName) {

    public FollowUpEntry {
        Objects.requireNonNull(followUp, "followUp");
    }
}
