package com.funnelboard.domain;

import java.util.Objects;
import java.util.UUID;

/** A company or institution that contacts belong to. */
public record Organization(UUID id, String name) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
