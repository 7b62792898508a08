package com.funnelboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups to keep: the newest of each of the last {@code daily} days that have one, and,
 * before those days, the newest of each of the last {@code weekly} ISO weeks that have one; and
 * every backup of today (one taken by hand, or before a restore, stays until tomorrow's
 * rotation). Days and weeks are the user's (their time zone). Everything else can go.
 */
public final class BackupRotation {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private BackupRotation() {}

    public static Set<Instant> keep(Collection<Instant> backups, ZoneId zone, LocalDate today) {
        return keep(backups, zone, today, DAILY, WEEKLY);
    }

    public static Set<Instant> keep(Collection<Instant> backups, ZoneId zone, LocalDate today, int daily, int weekly) {
        List<Instant> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.reverseOrder());
        Map<LocalDate, Instant> byDay = new LinkedHashMap<>();
        for (Instant i : newestFirst) {
            byDay.putIfAbsent(i.atZone(zone).toLocalDate(), i);
        }
        Set<Instant> kept = new LinkedHashSet<>();
        LocalDate oldestDaily = null;
        for (Map.Entry<LocalDate, Instant> e : byDay.entrySet()) {
            if (kept.size() == daily) {
                break;
            }
            kept.add(e.getValue());
            oldestDaily = e.getKey();
        }
        Map<Long, Instant> byWeek = new LinkedHashMap<>();
        for (Instant i : newestFirst) {
            LocalDate day = i.atZone(zone).toLocalDate();
            if (oldestDaily != null && !day.isBefore(oldestDaily)) {
                continue;
            }
            long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (byWeek.size() < weekly || byWeek.containsKey(week)) {
                byWeek.putIfAbsent(week, i);
            }
        }
        kept.addAll(byWeek.values());
        for (Instant i : newestFirst) {
            if (i.atZone(zone).toLocalDate().equals(today)) {
                kept.add(i);
            }
        }
        return kept;
    }

    /** How long the backups taken before a restore are kept, at the least. */
    public static final java.time.Duration BEFORE_RESTORE_KEPT = java.time.Duration.ofDays(30);
    /** How many of the newest backups taken before a restore are kept, however old. */
    public static final int BEFORE_RESTORE_NEWEST = 3;

    /**
     * Which of the backups taken before a restore to keep: every one of the last 30 days, and the
     * newest three whatever their age — each is the one way back from its restore.
     */
    public static Set<Instant> keepBeforeRestore(Collection<Instant> backups, Instant now) {
        List<Instant> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.reverseOrder());
        Set<Instant> kept = new LinkedHashSet<>(newestFirst.subList(0, Math.min(BEFORE_RESTORE_NEWEST, newestFirst.size())));
        for (Instant i : newestFirst) {
            if (!i.isBefore(now.minus(BEFORE_RESTORE_KEPT))) {
                kept.add(i);
            }
        }
        return kept;
    }
}
