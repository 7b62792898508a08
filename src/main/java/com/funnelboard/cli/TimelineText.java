package com.funnelboard.cli;

import com.funnelboard.domain.TimelineEvent;

/** One line of text for a timeline event, as {@code contacts show} prints it. */
final class TimelineText {

    private TimelineText() {}

    static String summary(TimelineEvent e) {
        String deal = e.dealTitle() == null ? "" : " · " + e.dealTitle();
        return switch (e) {
            case TimelineEvent.Logged l -> l.interaction().direction().label() + " " + l.interaction().kind().label()
                    + (l.interaction().note() == null ? "" : ": " + l.interaction().note()) + deal;
            case TimelineEvent.Moved m -> (m.change().from() == null ? "created in " + m.change().to().label() : switch (m.undoing()) {
                case UNDO -> "undid move " + m.change().to().label() + " → " + m.change().from().label();
                case REDO -> "redid move " + m.change().from().label() + " → " + m.change().to().label();
                case NONE -> "moved " + m.change().from().label() + " → " + m.change().to().label();
            })
                    + (m.change().overrideReason() == null ? "" : " (override: " + m.change().overrideReason() + ")")
                    + (m.change().lostReason() == null ? "" : " (lost: " + m.change().lostReason().label() + ")") + deal;
            case TimelineEvent.Reminder r -> (r.followUp().isOpen() ? "follow-up " : "done follow-up ") + r.followUp().kind().key()
                    + (r.followUp().note() == null ? "" : ": " + r.followUp().note()) + deal;
        };
    }
}
