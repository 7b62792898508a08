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
 */
public record MergeReport(int received, int alreadyHad, int held, int waiting, int newRows, int updatedRows, int conflicts,
        List<String> authors, UUID changeSet) {

    /** "12 new, 3 updated, 1 conflicting": what the preview and the status bar say. */
    public String sentence() {
        StringBuilder s = new StringBuilder();
        s.append(newRows).append(" new, ").append(updatedRows).append(" updated, ").append(conflicts).append(conflicts == 1 ? " conflict" : " conflicts");
        if (held > 0) {
            s.append(", ").append(held).append(held == 1 ? " change set" : " change sets")
                    .append(" stamped more than a day ahead kept aside (tried again at each merge until their time)");
        }
        if (waiting > 0) {
            s.append(", ").append(waiting).append(" waiting for rows not received yet");
        }
        return s.toString();
    }
}
