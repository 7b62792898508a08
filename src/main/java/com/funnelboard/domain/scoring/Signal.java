package com.funnelboard.domain.scoring;

import com.funnelboard.domain.Direction;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import java.util.Locale;
import java.util.Optional;

/**
 * What earns (or costs) points. Engagement signals are interactions of the contact; fit signals are
 * facts of the contact and its organization compared with the ideal customer profile; decay is time
 * without interaction.
 */
public enum Signal {
    FORM_FILLED("form filled", Group.ENGAGEMENT, 10),
    CONTENT_DOWNLOADED("content downloaded", Group.ENGAGEMENT, 5),
    WEBINAR_ATTENDED("webinar attended", Group.ENGAGEMENT, 10),
    INBOUND_MESSAGE("inbound email or reply", Group.ENGAGEMENT, 15),
    CALL_OR_MEETING("call or meeting", Group.ENGAGEMENT, 20),
    EXPLICIT_REQUEST("quote, demo, proposal or consultation request", Group.ENGAGEMENT, 30),
    REPEATED_ENGAGEMENT("repeated engagement", Group.ENGAGEMENT, 10),
    INDUSTRY_FIT("industry in the profile", Group.FIT, 15),
    SIZE_FIT("company size in range", Group.FIT, 10),
    DECISION_AUTHORITY("decision authority", Group.FIT, 15),
    DECAY("no interaction", Group.DECAY, 10);

    /** Where a signal comes from. */
    public enum Group { ENGAGEMENT, FIT, DECAY }

    private final String label;
    private final Group group;
    private final int defaultPoints;

    Signal(String label, Group group, int defaultPoints) {
        this.label = label;
        this.group = group;
        this.defaultPoints = defaultPoints;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    public int defaultPoints() {
        return defaultPoints;
    }

    /** Stable name for settings and JSON: "explicit-request". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Signal> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Signal s : values()) {
            if (s.key().equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The engagement signal an interaction is, if any. Forms, downloads and webinars count whichever
     * way they were logged; an email, chat or social message only when the contact wrote it (inbound);
     * a call or meeting either way (it is a conversation); a quote, demo, proposal or consultation
     * request is the explicit signal. Content we shared, proposals we sent and notes earn nothing.
     */
    public static Optional<Signal> of(Interaction i) {
        return of(i.kind(), i.direction());
    }

    public static Optional<Signal> of(InteractionKind kind, Direction direction) {
        return Optional.ofNullable(orNull(kind, direction));
    }

    /** As {@link #of(InteractionKind, Direction)}, null for none (scoring many deals). */
    static Signal orNull(InteractionKind kind, Direction direction) {
        return switch (kind) {
            case FORM_FILLED -> FORM_FILLED;
            case CONTENT_DOWNLOADED -> CONTENT_DOWNLOADED;
            case WEBINAR_ATTENDED -> WEBINAR_ATTENDED;
            case EMAIL, CHAT, SOCIAL_MESSAGE -> direction == Direction.IN ? INBOUND_MESSAGE : null;
            case CALL, MEETING -> CALL_OR_MEETING;
            case QUOTE_REQUEST, DEMO_REQUEST, PROPOSAL_REQUEST, CONSULTATION_REQUEST -> EXPLICIT_REQUEST;
            case CONTENT_SHARED, PROPOSAL_SENT, NOTE -> null;
        };
    }

    /** Whether an interaction of this kind keeps a deal from decaying: every one but a note. */
    public static boolean isActivity(InteractionKind kind) {
        return kind != InteractionKind.NOTE;
    }
}
