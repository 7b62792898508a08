package com.funnelboard.domain;

import java.util.Optional;

/**
 * The kinds of interaction on a timeline (DOMAIN.md "Interactions"), plus the proposal and
 * consultation requests that the buying-signal rule names.
 */
public enum InteractionKind {
    EMAIL("email", true, false),
    CALL("call", true, false),
    MEETING("meeting", true, false),
    CHAT("chat", true, false),
    SOCIAL_MESSAGE("social message", true, false),
    WEBINAR_ATTENDED("webinar attended", false, false),
    FORM_FILLED("form filled", false, false),
    CONTENT_DOWNLOADED("content downloaded", false, false),
    CONTENT_SHARED("content shared", false, false),
    QUOTE_REQUEST("quote request", true, true),
    DEMO_REQUEST("demo request", true, true),
    PROPOSAL_REQUEST("proposal request", true, true),
    CONSULTATION_REQUEST("consultation request", true, true),
    PROPOSAL_SENT("proposal sent", false, false),
    NOTE("note", false, false);

    private final String label;
    private final boolean conversational;
    private final boolean buyingSignal;

    InteractionKind(String label, boolean conversational, boolean buyingSignal) {
        this.label = label;
        this.conversational = conversational;
        this.buyingSignal = buyingSignal;
    }

    /** Stable name for storage, the command line and JSON: "demo-request". */
    public String key() {
        return Keys.key(this);
    }

    public String label() {
        return label;
    }

    /**
     * Whether an inbound interaction of this kind is the contact talking to us (a reply, a call, a
     * meeting), as opposed to one-way interest such as a download or a form.
     */
    public boolean isConversational() {
        return conversational;
    }

    /** An explicit buying signal: the contact asked for a quote, demo, proposal or consultation. */
    public boolean isBuyingSignal() {
        return buyingSignal;
    }

    /** Parses "demo-request", "Demo Request", "DEMO_REQUEST" alike. */
    public static Optional<InteractionKind> parse(String text) {
        return Keys.parse(InteractionKind.class, text);
    }

    public static InteractionKind fromKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("Unknown interaction kind: " + key));
    }
}
