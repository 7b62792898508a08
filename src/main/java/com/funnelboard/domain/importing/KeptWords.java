package com.funnelboard.domain.importing;

import com.funnelboard.domain.LeadSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A row's words that no field of a deal keeps as written, kept in its notes: a lead source other than one of ours ("MFB",
 * "Customer referral" — stored as Other or Referral, its name was gone), and the reason and note of a loss given for a deal that
 * is not lost (a tracker's "Competitor" on an open deal vanished).
 */
final class KeptWords {

    private KeptWords() {}

    static List<String> of(String source, String lostReason, String lostNote) {
        List<String> lines = new ArrayList<>();
        if (source != null && !source.isBlank() && LeadSource.parse(source.strip()).isEmpty()) {
            lines.add("Source: " + oneLine(source));
        }
        if (lostReason != null && !lostReason.isBlank()) {
            lines.add("Lost reason: " + oneLine(lostReason));
        }
        if (lostNote != null && !lostNote.isBlank()) {
            lines.add("Lost note: " + lostNote.strip());
        }
        return lines;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
