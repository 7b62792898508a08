package com.funnelboard.store.convert;

import java.time.Instant;
import org.jooq.impl.AbstractConverter;

/** Instants as INTEGER epoch milliseconds (UTC): one sortable form for every *_at column. */
public final class InstantConverter extends AbstractConverter<Long, Instant> {

    public InstantConverter() {
        super(Long.class, Instant.class);
    }

    @Override
    public Instant from(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public Long to(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
