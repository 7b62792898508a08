package com.funnelboard.domain;

import java.time.Instant;
import java.util.UUID;

/** A deleted deal or contact, kept in the trash for 30 days and restorable. */
public record TrashEntry(Kind kind, UUID id, String name, Instant deletedAt) {

    /** What was deleted. */
    public enum Kind { DEAL, CONTACT }
}
