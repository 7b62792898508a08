package com.funnelboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The years a date or a time may fall in: 1900 to 9999, as a database and a share file must hold
 * them (a file holding another is refused as inconsistent). Every place a date or time is typed or
 * read from a file asks here, so nothing outside them is ever written: a follow-up due in the year 1
 * once made every copy of the database and every share file of its author refused, for good.
 */
public final class CalendarYears {

    public static final int FIRST = 1900;
    public static final int LAST = 9999;
    /** What a refusal says: "… is not a date between the years 1900 and 9999". */
    public static final String BETWEEN = "between the years " + FIRST + " and " + LAST;

    private CalendarYears() {}

    public static boolean holds(LocalDate day) {
        return day == null || day.getYear() >= FIRST && day.getYear() <= LAST;
    }

    /** Whether {@code t} falls in those years (in UTC, as stored). */
    public static boolean holds(Instant t) {
        if (t == null) {
            return true;
        }
        return !t.isBefore(LocalDate.of(FIRST, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant())
                && t.isBefore(LocalDate.of(LAST + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
