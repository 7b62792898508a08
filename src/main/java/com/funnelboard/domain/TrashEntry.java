package com.funnelboard.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A deleted deal, contact or organization, kept in the trash for 30 days and restorable; {@code of}
 * says whose it is (a deal's contact and organization, a contact's organization), null for none.
 */
public record TrashEntry(Kind kind, UUID id, String name, Instant deletedAt, String of) {

    public TrashEntry(Kind kind, UUID id, String name, Instant deletedAt) {
        this(kind, id, name, deletedAt, null);
    }

    /** What was deleted. */
    public enum Kind {
        DEAL("Deal"), CONTACT("Contact"), ORGANIZATION("Organization");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
