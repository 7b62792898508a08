package com.funnelboard.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A request to move a deal, as the dialog or the command line makes it.
 *
 * @param checked ids or codes of the checklist items the user ticked
 * @param overrideReason why a failing gate is overridden; null or blank when it is not
 * @param lostReason required for a move to Lost
 * @param lostNote required with {@link LostReason#OTHER}
 */
public record MoveRequest(
        UUID dealId, Stage to, List<String> checked, String overrideReason, LostReason lostReason, String lostNote) {

    public MoveRequest {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(to, "to");
        checked = List.copyOf(checked);
        overrideReason = blankToNull(overrideReason);
        lostNote = blankToNull(lostNote);
    }

    public static MoveRequest simple(UUID dealId, Stage to) {
        return new MoveRequest(dealId, to, List.of(), null, null, null);
    }

    public boolean isOverride() {
        return overrideReason != null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
