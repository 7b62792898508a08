package com.funnelboard.domain;

import java.text.DateFormatSymbols;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as people type it, on either clock: the locale's own form ("9:30 AM", "09:30"), "14:30", "14.30", "9",
 * "2pm", "2:30 p.m.", "14 Uhr", "14 h". Read alike by the window's fields and the command line's options.
 */
public final class TimesOfDay {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(.*)");

    private TimesOfDay() {}

    /** Words after a time that name no half of the day: German's "Uhr", French's "h", English's "o'clock". */
    private static final java.util.Set<String> O_CLOCK = java.util.Set.of("uhr", "h", "hr", "hrs", "o'clock", "o’clock", "oclock");

    /** The time {@code text} names; empty when it names none. */
    public static Optional<LocalTime> read(String text, Locale locale) {
        if (text == null) {
            return Optional.empty();
        }
        // The locale writes "9:30 AM" with a narrow no-break space; people type a plain one.
        String t = text.replace('\u202F', ' ').replace('\u00A0', ' ').strip();
        try {
            return Optional.of(LocalTime.from(own(locale).parse(t))); // the locale's own form, whatever its words for AM and PM
        } catch (DateTimeParseException notItsOwn) {
            // read below
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String marker = bare(m.group(3), locale);
        if (minute > 59) {
            return Optional.empty();
        }
        // "14 Uhr", "14.30 Uhr", "14 h", "2 o'clock": the word only says it is a time of the 24-hour clock ("14 Uhr" was refused).
        if (marker.isEmpty() || O_CLOCK.contains(marker)) {
            return hour <= 23 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
        }
        String[] amPm = DateFormatSymbols.getInstance(locale).getAmPmStrings();
        boolean am = marker.equals("am") || marker.equals("a") || marker.equals(bare(amPm[0], locale));
        boolean pm = marker.equals("pm") || marker.equals("p") || marker.equals(bare(amPm[1], locale));
        if (am == pm || hour < 1 || hour > 12) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), minute));
    }

    private static DateTimeFormatter own(Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendLocalized("jm").toFormatter(locale)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /** "a.m." and "A.M." as "am". */
    private static String bare(String marker, Locale locale) {
        return marker.replace(".", "").replace(" ", "").strip().toLowerCase(locale);
    }
}
