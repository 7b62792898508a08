package com.funnelboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The moment that stands for a whole day typed by someone in {@code zone} (a loss entered late: "lost on 30 March"), so that
 * the day reads the same to teammates elsewhere: the moment of that day in the typer's zone nearest to noon UTC, which falls on
 * the same date from UTC−12 to UTC+11 and always on it for the typer. The start of the day in the typer's zone (as it was)
 * fell on the day before for anyone west of them: a loss entered in Tokyo on 30 March was lost on 29 March in Berlin and New
 * York, and March's win rate read differently in each office.
 */
public final class DayMoment {

    private DayMoment() {}

    public static Instant of(LocalDate day, ZoneId zone) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
        Instant noon = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        return noon.isBefore(start) ? start : noon.isAfter(end) ? end : noon;
    }
}
