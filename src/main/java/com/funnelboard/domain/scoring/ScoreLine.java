package com.funnelboard.domain.scoring;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of a score's explanation: the points and what earned them.
 *
 * @param detail what earned them, in words ("demo request", "industry Software in the profile")
 * @param at when, for an interaction (the day is shown); null for a fact of the profile
 */
public record ScoreLine(int points, Signal signal, String detail, Instant at) {

    /** "+30", "−20" (a real minus sign), "0". */
    public String signedPoints() {
        return points > 0 ? "+" + points : points < 0 ? "\u2212" + (-points) : "0";
    }

    /** The line in words: "demo request, 3 Apr" (the day as the locale writes it, the year added when it is not this year's). */
    public String describe(ZoneId zone, Locale locale, Instant now) {
        if (at == null) {
            return detail;
        }
        var day = at.atZone(zone);
        DateTimeFormatter format = day.getYear() == now.atZone(zone).getYear() ? com.funnelboard.domain.LocalizedPatterns.day(locale)
                : com.funnelboard.domain.LocalizedPatterns.dayWithYear(locale);
        return detail + (signal == Signal.DECAY ? ", since " : ", ") + format.format(day);
    }

    /** "+30 demo request, 3 Apr". */
    public String text(ZoneId zone, Locale locale, Instant now) {
        return signedPoints() + " " + describe(zone, locale, now);
    }
}
