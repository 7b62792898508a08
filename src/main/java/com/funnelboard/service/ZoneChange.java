package com.funnelboard.service;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The time zone the window last started in on this installation, and the sentence when it has changed since: a rep who flew
 * from Berlin to New York saw a call booked for 9:00 at 3:00, and nothing said the times were now New York's. A follow-up
 * keeps its moment; the window shows it in the zone it runs in.
 */
public final class ZoneChange {

    static final String KEY = "zone.lastStart";

    private ZoneChange() {}

    /** Whether two zones show the same time now and in half a year (Toronto's and New York's clocks): nothing to say. */
    private static boolean sameClock(ZoneId a, ZoneId b, java.time.Instant at) {
        java.time.Instant later = at.plus(java.time.Duration.ofDays(182));
        return a.getRules().getOffset(at).equals(b.getRules().getOffset(at)) && a.getRules().getOffset(later).equals(b.getRules().getOffset(later));
    }

    /**
     * Remembers {@code now} as this installation's zone and says how it differs from the one remembered ("Times are shown in
     * Eastern Time now (America/New_York), at the last start in Central European Time (Europe/Berlin): 9:00 there is 3:00
     * here."); null at the first start and when it has not changed.
     *
     * @param at the moment of the start: the example is today's 9:00 there
     */
    public static String sinceLastStart(SetupService setup, ZoneId now, java.time.Instant at, Locale locale) {
        String before = setup.preference(KEY).orElse(null);
        if (before != null && before.equals(now.getId())) {
            return null;
        }
        setup.setPreference(KEY, now.getId());
        ZoneId was;
        try {
            was = before == null ? null : ZoneId.of(before);
        } catch (java.time.DateTimeException unreadable) {
            return null; // not a zone any more: nothing to compare
        }
        if (was == null || sameClock(was, now, at)) {
            return null;
        }
        ZonedDateTime nineThere = ZonedDateTime.of(at.atZone(was).toLocalDate(), LocalTime.of(9, 0), was);
        LocalTime here = nineThere.withZoneSameInstant(now).toLocalTime();
        return "Times are shown in " + now.getDisplayName(TextStyle.FULL, locale) + " now (" + now.getId() + "), at the last start in "
                + was.getDisplayName(TextStyle.FULL, locale) + " (" + was.getId() + "): follow-ups keep their moment, so 9:00 there is "
                + String.format(locale, "%d:%02d", here.getHour(), here.getMinute()) + " here.";
    }
}
