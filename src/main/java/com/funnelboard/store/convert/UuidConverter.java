package com.funnelboard.store.convert;

import java.util.UUID;
import org.jooq.impl.AbstractConverter;

/** Row keys: random UUIDs in their canonical lower-case text form. */
public final class UuidConverter extends AbstractConverter<String, UUID> {

    public UuidConverter() {
        super(String.class, UUID.class);
    }

    @Override
    public UUID from(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    @Override
    public String to(UUID uuid) {
        return uuid == null ? null : uuid.toString();
    }
}
