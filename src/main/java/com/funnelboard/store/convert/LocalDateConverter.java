package com.funnelboard.store.convert;

import java.time.LocalDate;
import org.jooq.impl.AbstractConverter;

/** Calendar dates as ISO-8601 text ("2026-11-23") in *_on columns. */
public final class LocalDateConverter extends AbstractConverter<String, LocalDate> {

    public LocalDateConverter() {
        super(String.class, LocalDate.class);
    }

    @Override
    public LocalDate from(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @Override
    public String to(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
