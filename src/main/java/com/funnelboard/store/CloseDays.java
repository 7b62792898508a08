package com.funnelboard.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The days of a report that counts closed deals (first to last, both included, in {@code zone}),
 * and the days that split it into parts (ascending, inside it): a deal closed on the day it was
 * won or lost — the close date recorded with it (backdated with a win, or kept from an import),
 * else the day of its move into Won or Lost.
 */
public record CloseDays(LocalDate first, LocalDate last, ZoneId zone, List<LocalDate> splits) {
    public CloseDays {
        splits = List.copyOf(splits);
    }

    public CloseDays(LocalDate first, LocalDate last, ZoneId zone) {
        this(first, last, zone, List.of());
    }

    Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The deals closed in these days, as SQL on {@code deal} (see {@link #closedIn}). */
    String condition() {
        return closedIn("", first, last, start(), end());
    }

    /** How many of the splits are on or before a deal's close day. */
    String part() {
        return "CASE WHEN closed_on IS NULL THEN " + bucketSql("stage_entered_at", splits, d -> Long.toString(d.atStartOfDay(zone).toInstant().toEpochMilli()),
                0, splits.size()) + " ELSE " + bucketSql("closed_on", splits, d -> "'" + d + "'", 0, splits.size()) + " END";
    }

    /**
     * When a deal's sales cycle ends, in epoch milliseconds: its move into the stage it is in,
     * or the end of its close date in the zone when that comes first (a win recorded in
     * December as closed on September 30 ended its cycle then). The zone's offset at the end of
     * each day of the period, as runs of days with one offset (two a year where clocks change).
     */
    String cycleEnd() {
        StringBuilder offsets = new StringBuilder("CASE");
        long latest = 0;
        long current = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate next = d.plusDays(1);
            long delta = next.atStartOfDay(zone).toInstant().toEpochMilli() - next.toEpochDay() * 86_400_000L;
            if (d.equals(first)) {
                current = delta;
            } else if (delta != current) {
                offsets.append(" WHEN closed_on < '").append(d).append("' THEN ").append(current);
                current = delta;
            }
            latest = delta;
        }
        String delta = offsets.length() == 4 ? Long.toString(latest) : offsets.append(" ELSE ").append(latest).append(" END").toString();
        return "CASE WHEN closed_on IS NULL THEN stage_entered_at ELSE min(stage_entered_at, unixepoch(closed_on, '+1 day') * 1000 + (" + delta
                + ")) END";
    }

    /**
     * The deals closed in the days {@code first} to {@code last} (both included; from {@code start}
     * to {@code end} in the user's zone), as SQL on {@code deal}, its columns named after {@code
     * table} ("" or "deal."): by their close date when they have one, else by the instant of their
     * move into the stage they are in.
     */
    static String closedIn(String table, LocalDate first, LocalDate last, Instant start, Instant end) {
        return "(" + table + "closed_on BETWEEN '" + first + "' AND '" + last + "' OR " + table + "closed_on IS NULL AND " + table
                + "stage_entered_at >= " + start.toEpochMilli() + " AND " + table + "stage_entered_at < " + end.toEpochMilli() + ")";
    }

    /** How many of {@code points[lo..hi)} are at or before {@code column}, plus lo: a search by halves (a few comparisons a row). */
    private static <T> String bucketSql(String column, List<T> points, java.util.function.Function<T, String> literal, int lo, int hi) {
        if (lo >= hi) {
            return Integer.toString(lo);
        }
        int mid = (lo + hi) >>> 1;
        return "CASE WHEN " + column + " < " + literal.apply(points.get(mid)) + " THEN " + bucketSql(column, points, literal, lo, mid) + " ELSE "
                + bucketSql(column, points, literal, mid + 1, hi) + " END";
    }
}
