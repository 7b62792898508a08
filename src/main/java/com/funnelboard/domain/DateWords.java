package com.funnelboard.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as people type it when they plan the next call, beside the full date a date field shows:
 * "today", "tomorrow", a weekday ("tuesday", "tue", "next tuesday": the next one after today), a
 * number of days or weeks ahead ("+3", "in 3 days", "2w"), an ISO date, a date with dots
 * ("30.09.2026", day first), or a day and month without
 * the year in the order of the user's locale ("12/8" in the United States is December 8, in Britain
 * 12 August), the next such day from today.
 */
public final class DateWords {

    private static final Pattern AHEAD = Pattern.compile("(?:\\+|in\\s+)?(\\d{1,3})\\s*(d|days?|w|weeks?)?");
    /** A whole date written with dots, day first in every language that writes it so ("30.09.2026"). */
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DAY_AND_MONTH = Pattern.compile("(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\.?");
    /** A whole date with slashes, in the locale's order ("12/8/2026" in the United States, 8 December; the 12th of August in Britain). */
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private DateWords() {}

    /** The day {@code text} names, counted from {@code today}; empty when it names none. */
    public static Optional<LocalDate> parse(String text, LocalDate today, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(locale).replaceAll("\\s+", " ");
        switch (t) {
            case "today" -> {
                return Optional.of(today);
            }
            case "tomorrow", "tmrw", "tmr" -> {
                return Optional.of(today.plusDays(1));
            }
            case "yesterday" -> {
                return Optional.of(today.minusDays(1)); // a close date or a call logged: days before today are typed too
            }
            default -> { }
        }
        // The same words in the user's language (a rep in Hamburg types "morgen": it was refused, and only "tomorrow" read).
        Integer daysAhead = RELATIVE.getOrDefault(locale.getLanguage(), java.util.Map.of()).get(t);
        if (daysAhead != null) {
            return Optional.of(today.plusDays(daysAhead));
        }
        String day = t.startsWith("next ") ? t.substring(5) : t;
        for (DayOfWeek d : DayOfWeek.values()) {
            for (Locale l : new Locale[] {locale, Locale.ENGLISH}) {
                if (day.equals(d.getDisplayName(TextStyle.FULL, l).toLowerCase(l)) || day.equals(d.getDisplayName(TextStyle.SHORT, l)
                        .toLowerCase(l).replace(".", ""))) {
                    int ahead = (d.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
                    return Optional.of(today.plusDays(ahead == 0 ? 7 : ahead));
                }
            }
        }
        Matcher m = AHEAD.matcher(t);
        if (m.matches() && (t.startsWith("+") || t.startsWith("in ") || m.group(2) != null)) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(m.group(2) != null && m.group(2).startsWith("w") ? today.plusWeeks(n) : today.plusDays(n));
        }
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeException notIso) {
            // not yyyy-mm-dd
        }
        m = DOTTED.matcher(t);
        if (m.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            } catch (DateTimeException noSuchDay) {
                return Optional.empty();
            }
        }
        m = SLASHED.matcher(t);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            try {
                return Optional.of(monthFirst(locale) ? LocalDate.of(Integer.parseInt(m.group(3)), a, b)
                        : LocalDate.of(Integer.parseInt(m.group(3)), b, a));
            } catch (DateTimeException noSuchDay) {
                return Optional.empty();
            }
        }
        m = DAY_AND_MONTH.matcher(t);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean monthFirst = monthFirst(locale);
            try {
                LocalDate d = LocalDate.of(today.getYear(), monthFirst ? a : b, monthFirst ? b : a);
                return Optional.of(d.isBefore(today) ? d.plusYears(1) : d);
            } catch (DateTimeException noSuchDay) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Yesterday, today, tomorrow and the day after in the languages the imports read (German, French, Spanish,
     * Italian, Dutch, Portuguese), by language: the days ahead of today each names.
     */
    static final java.util.Map<String, java.util.Map<String, Integer>> RELATIVE = java.util.Map.of(
            "de", java.util.Map.of("gestern", -1, "heute", 0, "morgen", 1, "übermorgen", 2, "uebermorgen", 2),
            "fr", java.util.Map.of("hier", -1, "aujourd'hui", 0, "aujourd’hui", 0, "demain", 1, "après-demain", 2, "apres-demain", 2),
            "es", java.util.Map.of("ayer", -1, "hoy", 0, "mañana", 1, "manana", 1, "pasado mañana", 2, "pasado manana", 2),
            "it", java.util.Map.of("ieri", -1, "oggi", 0, "domani", 1, "dopodomani", 2),
            "nl", java.util.Map.of("gisteren", -1, "vandaag", 0, "morgen", 1, "overmorgen", 2),
            "pt", java.util.Map.of("ontem", -1, "hoje", 0, "amanhã", 1, "amanha", 1, "depois de amanhã", 2));

    /** The word for the day {@code ahead} days from today in the user's language ("morgen"), else {@code english} ("tomorrow"). */
    public static String word(Locale locale, int ahead, String english) {
        return RELATIVE.getOrDefault(locale.getLanguage(), java.util.Map.of()).entrySet().stream().filter(e -> e.getValue() == ahead)
                .map(java.util.Map.Entry::getKey).sorted().findFirst().orElse(english);
    }

    /**
     * What a field's hint offers to type besides a date, in the user's language where it has the
     * words: "tomorrow, tuesday or +3", "morgen, Dienstag or +3".
     */
    public static String examples(Locale locale) {
        String tuesday = DayOfWeek.TUESDAY.getDisplayName(TextStyle.FULL, locale);
        return word(locale, 1, "tomorrow") + ", " + ("de".equals(locale.getLanguage()) ? tuesday : tuesday.toLowerCase(locale)) + " or +3";
    }

    /** Whether the locale writes the month before the day in its short dates (12/8/26 in the United States). */
    static boolean monthFirst(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        int month = pattern.indexOf('M');
        int day = pattern.indexOf('d');
        return month >= 0 && day >= 0 && month < day;
    }
}
