package com.funnelboard.domain;

import java.util.Objects;
import java.util.UUID;

/** A person, who may belong to an organization. */
public record Contact(UUID id, UUID organizationId, String name, String email, String phone, String source) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
