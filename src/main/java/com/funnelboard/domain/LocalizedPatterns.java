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

    /** A day without its year as the locale writes it: "12 Mar" (UK), "Mar 12" (US), "12. März" (German). */
    public static DateTimeFormatter day(Locale locale) {
        return of("MMMd", locale, () -> DateTimeFormatter.ofPattern("d MMM", locale));
    }

    /** A day with its year as the locale writes it: "12 Mar 2026" (UK), "Mar 12, 2026" (US). */
    public static DateTimeFormatter dayWithYear(Locale locale) {
        return of("yMMMd", locale, () -> DateTimeFormatter.ofPattern("d MMM yyyy", locale));
    }

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
