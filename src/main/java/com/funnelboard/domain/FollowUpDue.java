package com.funnelboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When an open follow-up is due, seen from a moment in a time zone: overdue once its time has
 * passed, today until the local midnight, upcoming after that.
 */
public enum FollowUpDue {
    OVERDUE, TODAY, UPCOMING;

    public String key() {
        return Keys.key(this);
    }

    public static FollowUpDue of(Instant due, Instant now, ZoneId zone) {
        if (due.isBefore(now)) {
            return OVERDUE;
        }
        return due.isBefore(startOfTomorrow(now, zone)) ? TODAY : UPCOMING;
    }

    /** The first instant of the next local day (the day after {@code now} in {@code zone}), DST-aware. */
    public static Instant startOfTomorrow(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return today.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The instants, from inclusive and to exclusive, that fall in this bucket; null for unbounded. */
    public Window window(Instant now, ZoneId zone) {
        return switch (this) {
            case OVERDUE -> new Window(null, now);
            case TODAY -> new Window(now, startOfTomorrow(now, zone));
            case UPCOMING -> new Window(startOfTomorrow(now, zone), null);
        };
    }

    /** A half-open range of instants; a null end is unbounded. */
    public record Window(Instant from, Instant to) {}

    public static Optional<FollowUpDue> parse(String text) {
        return Keys.parse(FollowUpDue.class, text);
    }
}
