package com.funnelboard.ui.common;

import java.text.DateFormatSymbols;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as people type it into a field. The field shows times as the rest of the window
 * writes them ({@link Formats#time}: "9:30 AM" in the US, "09:30" in Germany) and reads that back,
 * and also the other clock ("14:30" where the locale writes "2:30 PM", "2:30 pm" or "2pm" where it
 * writes "14:30"), a dot or an h for the colon ("9.30", "14h30") and a time without its minutes
 * ("9 am", "14").
 */
public final class TypedTimes {


    private TypedTimes() {}

    /** The time {@code text} names; empty when it names none (see {@link com.funnelboard.domain.TimesOfDay}). */
    public static Optional<LocalTime> read(String text, Locale locale) {
        return com.funnelboard.domain.TimesOfDay.read(text, locale);
    }

    /** The sentence a field shows for text that names no time, with the locale's way as the example: "Write the time like 9:30 AM". */
    public static String notATime(Locale locale) {
        return "Write the time like " + example(locale);
    }

    /** Half past nine in the morning as the window writes it: "9:30 AM", "09:30". */
    public static String example(Locale locale) {
        return Formats.of(locale, ZoneOffset.UTC).time(LocalTime.of(9, 30));
    }

    /**
     * When an interaction happened, as typed in the log bar: blank for now, a time for today ("14:30",
     * "2:30 PM": either clock, see {@link com.funnelboard.ui.common.TypedTimes}), or a day and a time
     * ("2026-03-12 14:30", "yesterday 3pm": see {@link com.funnelboard.domain.DayAndTime}).
     *
     * @return null for now
     * @throws IllegalArgumentException when the text is not a time, or one the clocks skip (see
     *     {@link com.funnelboard.domain.LocalTimes})
     */
    public static java.time.Instant when(String text, java.time.Clock clock, java.util.Locale locale) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("now")) {
            return null;
        }
        String t = text.strip();
        java.util.Optional<java.time.LocalTime> today = read(t, locale);
        if (today.isPresent()) {
            return com.funnelboard.domain.LocalTimes.toInstant(java.time.LocalDate.now(clock).atTime(today.get()), clock.getZone());
        }
        // A day and a time as every other field and the command line read them: "yesterday 3pm", "2026-03-12 14:30", "fri 9"
        // ("yesterday 15:00" was refused here, and taken by `interactions add --at`).
        java.time.LocalDate day = java.time.LocalDate.now(clock);
        String example = halfPastTwo(locale);
        if (com.funnelboard.domain.DateWords.parse(t, day, locale).isPresent()) {
            // A day alone would be logged at a time nobody said.
            throw new IllegalArgumentException("Add the time: " + t + " " + example);
        }
        java.util.Optional<java.time.LocalDateTime> dayAndTime = com.funnelboard.domain.DayAndTime.read(t, day, locale);
        if (dayAndTime.isPresent()) {
            return com.funnelboard.domain.LocalTimes.toInstant(dayAndTime.get(), clock.getZone());
        }
        throw new IllegalArgumentException("Write the time like " + example + ", yesterday " + example + " or 2026-03-12 " + example);
    }

    /** The log bar's example time, as the window writes times: "2:30 PM", "14:30". */
    public static String halfPastTwo(java.util.Locale locale) {
        return Formats.of(locale, java.time.ZoneOffset.UTC).time(java.time.LocalTime.of(14, 30));
    }
}
