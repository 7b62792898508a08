package com.funnelboard.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The quick ways to put a follow-up off, computed in the user's time zone (DST-aware). */
public enum SnoozeOption {
    ONE_HOUR("1 hour"), TOMORROW_MORNING("Tomorrow morning"), NEXT_WEEK("Next week");

    /** "Morning" means this local time. */
    public static final LocalTime MORNING = LocalTime.of(9, 0);

    private final String label;

    SnoozeOption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** When the follow-up comes back, snoozed at {@code now}. */
    public Instant until(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return switch (this) {
            // To the minute: the seconds and milliseconds of the click went into the calendar's DTSTART (…T055731Z).
            case ONE_HOUR -> now.plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            case TOMORROW_MORNING -> LocalTimes.toInstantMovedOverGap(today.plusDays(1).atTime(MORNING), zone);
            case NEXT_WEEK -> {
                // Next Monday; from a Sunday the Monday after it, as tomorrow morning already is the coming one (the menu offered
                // the same time twice).
                LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                yield LocalTimes.toInstantMovedOverGap((monday.equals(today.plusDays(1)) ? monday.plusWeeks(1) : monday).atTime(MORNING), zone);
            }
        };
    }
}
