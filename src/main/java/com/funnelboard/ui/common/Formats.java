package com.funnelboard.ui.common;

import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The window's one way of writing dates, times and the names of kinds, sources, channels, reasons
 * and stages. Dates and times follow the locale's own order and clock (12 or 24 hours); names are
 * always the labels people read ("Cold email", "Call"), never the keys the command line uses.
 */
public final class Formats {

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateReader;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dateTimeSeconds;
    private final DateTimeFormatter weekdayTime;
    private final DateTimeFormatter weekdayTimeSeconds;

    /** One set per locale and zone: every card of the board made five formatters of its own. */
    private static final java.util.Map<java.util.List<Object>, Formats> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The formats of {@code locale} in {@code zone}, made once and shared (they never change). */
    public static Formats of(Locale locale, ZoneId zone) {
        return MADE.computeIfAbsent(java.util.List.of(locale, zone), k -> new Formats(locale, zone));
    }

    private Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.dayMonth = pattern("MMMd");
        this.date = pattern("yMMMd");
        this.dateReader = new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().append(date).toFormatter(locale);
        this.monthYear = pattern("yMMM");
        this.time = pattern("jm");
        this.dateTime = pattern("yMMMdjm");
        this.dateTimeSeconds = pattern("yMMMdjms");
        this.weekdayTime = pattern("MMMEdjm");
        this.weekdayTimeSeconds = pattern("MMMEdjms");
    }

    /** The locale's own pattern for {@code template} (CLDR skeleton); the medium style where a locale has none. */
    private DateTimeFormatter pattern(String template) {
        return com.funnelboard.domain.LocalizedPatterns.of(template, locale, () -> {
            boolean hasTime = template.contains("j");
            boolean hasDate = template.contains("d");
            if (!hasTime && !hasDate) {
                return DateTimeFormatter.ofPattern("MMM y", locale);
            }
            return (hasTime && hasDate ? DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                    : hasTime ? DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                            : DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)).withLocale(locale);
        }).withZone(zone);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "Mar 17" (the year left out: for dates in the current year). */
    public String dayMonth(TemporalAccessor t) {
        return dayMonth.format(t);
    }

    /** "Mar 17, 2026". */
    public String date(TemporalAccessor t) {
        return date.format(t);
    }

    /** The day {@code text} names in the form {@link #date(TemporalAccessor)} writes ("Mar 17, 2026", any case); empty otherwise. */
    public java.util.Optional<LocalDate> readDate(String text) {
        try {
            return java.util.Optional.of(LocalDate.from(dateReader.parse(text)));
        } catch (java.time.DateTimeException notThisForm) {
            return java.util.Optional.empty();
        }
    }

    /** "Mar 2026". */
    public String monthYear(TemporalAccessor t) {
        return monthYear.format(t);
    }

    /** "Mar 17, 2026", the year only when it is not {@code thisYear}'s. */
    public String date(LocalDate d, int thisYear) {
        return d.getYear() == thisYear ? dayMonth(d) : date(d);
    }

    /** "10:30 AM" or "10:30", as the locale writes times. */
    public String time(TemporalAccessor t) {
        return time.format(t);
    }

    /** "Mar 17, 2026, 10:30 AM". */
    public String dateTime(TemporalAccessor t) {
        return dateTime.format(t);
    }

    /** As {@link #dateTime}, to the second: "Mar 17, 2026, 10:30:12 AM". */
    public String dateTimeSeconds(TemporalAccessor t) {
        return dateTimeSeconds.format(t);
    }

    /** "Tue, Mar 17, 10:30 AM". */
    public String weekdayTime(TemporalAccessor t) {
        return weekdayTime.format(t);
    }

    /** As {@link #weekdayTime}, to the second: for things often made within a minute of each other (backups). */
    public String weekdayTimeSeconds(TemporalAccessor t) {
        return weekdayTimeSeconds.format(t);
    }

    public ZonedDateTime local(Instant i) {
        return i.atZone(zone);
    }

    public static String label(InteractionKind k) {
        return capital(k.label());
    }

    public static String label(FollowUpKind k) {
        return k.label();
    }

    public static String label(LeadSource s) {
        return s.label();
    }

    public static String label(PreferredChannel c) {
        return c.label();
    }

    public static String label(LostReason r) {
        return r.label();
    }

    public static String label(Stage s) {
        return s.label();
    }

    public static String capital(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
