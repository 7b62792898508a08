package com.funnelboard.ui.contact;

import com.funnelboard.domain.TimelineEvent;
import java.util.Locale;

/** What of a note, an override reason or a lost note a timeline row shows, and the whole of it for Copy note. */
final class TimelineNotes {

    private TimelineNotes() {}

    /** The most of a note a timeline row shows: laid out whole, a note of 900,000 characters held the window for a minute. */
    static final int SHOWN = 2_000;

    /** {@code note} as a row shows it: whole up to {@link #SHOWN} characters, else cut at a word and said so. */
    static String shown(String note) {
        if (note == null) {
            return "";
        }
        if (note.length() <= SHOWN) {
            return note;
        }
        int cut = note.lastIndexOf(' ', SHOWN);
        cut = cut < SHOWN / 2 ? SHOWN : cut;
        if (Character.isHighSurrogate(note.charAt(cut - 1))) {
            cut--;
        }
        return note.substring(0, cut) + "\u2026 (" + String.format(Locale.ROOT, "%,d", com.funnelboard.domain.PlainText.length(note))
                + " characters in all; right-click \u2192 Copy note)";
    }

    /** The whole text a row's second line is made of (its note, override reason or lost note), or null. */
    static String note(TimelineEvent e) {
        return switch (e) {
            case TimelineEvent.Logged l -> l.interaction().note();
            case TimelineEvent.Moved m -> m.change().overrideReason() != null ? m.change().overrideReason() : m.change().lostNote();
            case TimelineEvent.Reminder r -> r.followUp().note();
        };
    }
}
