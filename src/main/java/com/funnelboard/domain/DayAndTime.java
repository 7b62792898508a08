package com.funnelboard.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A day and a time of day as people type them: a day as the window's date fields read it ({@link DateWords}: 2026-12-08,
 * 8.12.2026, 12/8/2026 in the locale's order, "tomorrow", "friday", "+3", "morgen"), then a time as its time fields read it
 * ({@link TimesOfDay}: "9:00", "9", "2pm", "2:30 p.m.", "14 Uhr"), or the day alone at 9:00; "2026-12-08T9:00" too. The command
 * line read fewer forms than the window ("2026-12-08 9:00", "tomorrow 2pm" and "2026-12-08" were refused there).
 */
public final class DayAndTime {

    /** The time a day named alone is taken at. */
    public static final LocalTime MORNING = LocalTime.of(9, 0);

    private DayAndTime() {}

    /** The local day and time {@code text} names, days counted from {@code today}; empty when it names none. */
    public static Optional<LocalDateTime> read(String text, LocalDate today, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("^(\\d{4}-\\d{2}-\\d{2})T", "$1 ");
        String[] words = t.split("\\s+");
        // The longest day first: "next monday 9", "pasado mañana 10:00".
        for (int cut = words.length; cut >= 1; cut--) {
            String day = String.join(" ", Arrays.copyOfRange(words, 0, cut));
            String time = String.join(" ", Arrays.copyOfRange(words, cut, words.length));
            if (day.matches("\\d{1,2}([:.]\\d{2})?") && !time.isEmpty()) {
                continue; // "9 am" is no day and a time
            }
            Optional<LocalDate> d = DateWords.parse(day, today, locale);
            if (d.isEmpty()) {
                continue;
            }
            if (time.isEmpty()) {
                return Optional.of(d.get().atTime(MORNING));
            }
            Optional<LocalTime> at = TimesOfDay.read(time, locale);
            if (at.isPresent()) {
                return Optional.of(d.get().atTime(at.get()));
            }
        }
        return Optional.empty();
    }
}
