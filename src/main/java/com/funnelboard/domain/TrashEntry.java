package com.funnelboard.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A deleted deal, contact or organization, kept in the trash for 30 days and restorable; {@code of}
 * says whose it is (a deal's contact and organization, a contact's organization), null for none;
 * {@code how} who or what deleted it ("Ida Berg", "Undo of Imported leads.csv"), null when unknown.
 */
public record TrashEntry(Kind kind, UUID id, String name, Instant deletedAt, String of, String how) {

    public TrashEntry(Kind kind, UUID id, String name, Instant deletedAt, String of) {
        this(kind, id, name, deletedAt, of, null);
    }

    public TrashEntry(Kind kind, UUID id, String name, Instant deletedAt) {
        this(kind, id, name, deletedAt, null, null);
    }

    /** This entry, saying who or what deleted it, and when it was last deleted. */
    public TrashEntry deletedBy(String how, Instant at) {
        return new TrashEntry(kind, id, name, at, of, how);
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
