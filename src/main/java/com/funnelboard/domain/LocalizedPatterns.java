package com.funnelboard.domain;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/** How a locale writes a date or time from a CLDR skeleton ("yMMMd", "MMMdjm"): in its own order and clock. */
public final class LocalizedPatterns {

    private LocalizedPatterns() {}

    /** The locale's pattern for {@code skeleton}; {@code otherwise} where the locale has none for it. */
    public static DateTimeFormatter of(String skeleton, Locale locale, Supplier<DateTimeFormatter> otherwise) {
        try {
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedPattern(skeleton).withLocale(locale);
            f.format(ZonedDateTime.of(2026, 3, 12, 14, 30, 0, 0, ZoneOffset.UTC)); // a locale without the skeleton fails here
            return f;
        } catch (DateTimeException none) {
            return otherwise.get();
        }
    }
}
