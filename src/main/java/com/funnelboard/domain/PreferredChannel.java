package com.funnelboard.domain;

import java.util.Locale;
import java.util.Optional;

/** How a contact prefers to be reached (DOMAIN.md "Segments"). */
public enum PreferredChannel {
    EMAIL("Email"), PHONE("Phone"), IN_PERSON("In person"), CHAT("Chat");

    private final String label;

    PreferredChannel(String label) {
        this.label = label;
    }

    /** The name on the command line and in JSON: "in-person". */
    public String key() {
        return Keys.key(this);
    }

    /** The value the database's check constraint allows: "in_person". */
    public String storageKey() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** Parses "in-person", "In person", "in_person" alike. */
    public static Optional<PreferredChannel> parse(String text) {
        return Keys.parse(PreferredChannel.class, text);
    }

    @Override
    public String toString() {
        return label;
    }
}
