package com.funnelboard.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;

/**
 * A wall-clock time a person typed or picked, turned into an instant in their time zone, without
 * moving it silently. Twice a year the clocks change: a time inside the hour they skip (02:30 on
 * the night they go forward in Europe/Berlin) does not exist and is refused, saying what to write
 * instead; a time that happens twice (the night they go back) is taken the first time it happens,
 * at the earlier offset (summer time).
 */
public final class LocalTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private LocalTimes() {}

    /**
     * The instant at which clocks in {@code zone} show {@code local}; the first such instant when they show it twice.
     *
     * @throws SkippedTime when the clocks skip {@code local}
     */
    public static Instant toInstant(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        if (change != null && change.isGap()) {
            throw new SkippedTime(local, zone, change);
        }
        return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
    }

    /**
     * What taking {@code local} the first time it happens means, when the clocks in {@code zone} show it twice (the night
     * they go back): "2027-10-31 02:30 happens twice in Europe/Berlin, as the clocks go back that night: taken as the first,
     * 2027-10-31T02:30+02:00; for the second write 2027-10-31T02:30+01:00". Empty for a time they show once. Said where the
     * time is typed: the first was taken without a word, and a list of calls then read 02:30, 02:45, 02:30.
     */
    public static java.util.Optional<String> twice(LocalDateTime local, ZoneId zone) {
        java.util.List<java.time.ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(SkippedTime.shown(local) + " happens twice in " + zone.getId() + ", as the clocks go back that night: "
                + "taken as the first, " + local + offsets.get(0).getId() + "; for the second write " + local + offsets.get(1).getId());
    }

    /**
     * As {@link #toInstant}, for times the app chooses itself (such as "tomorrow at 09:00"): a time the clocks skip is
     * moved forward by the length of the skip (02:30 becomes 03:30) instead of being refused.
     */
    public static Instant toInstantMovedOverGap(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        if (change != null && change.isGap()) {
            return local.plus(change.getDuration()).atOffset(change.getOffsetAfter()).toInstant();
        }
        return toInstant(local, zone);
    }

    /**
     * A local time that does not exist because the clocks skip it. The message says so and what to write instead
     * ("2026-03-29 02:30 does not exist in Europe/Berlin: the clocks go forward that night; write 03:30");
     * {@link #withOffsetExample()} adds how to give it with an offset, where an offset can be typed.
     */
    public static final class SkippedTime extends IllegalArgumentException {

        private final String offsetExample;

        SkippedTime(LocalDateTime local, ZoneId zone, ZoneOffsetTransition change) {
            super(shown(local) + " does not exist in " + zone.getId() + ": the clocks go forward that night; write "
                    + instead(local, change));
            this.offsetExample = local + change.getOffsetBefore().getId();
        }

        /** The same time with the offset in force before the clocks changed: "2026-03-29T02:30+01:00". */
        public String offsetExample() {
            return offsetExample;
        }

        /** The message followed by "or give an offset such as 2026-03-29T02:30+01:00". */
        public String withOffsetExample() {
            return getMessage() + " or give an offset such as " + offsetExample;
        }

        private static String shown(LocalDateTime t) {
            return (t.getSecond() == 0 && t.getNano() == 0 ? MINUTES : SECONDS).format(t);
        }

        /** The wall-clock time once the clocks have gone forward: just the time on the same day, else day and time. */
        private static String instead(LocalDateTime local, ZoneOffsetTransition change) {
            LocalDateTime later = local.plus(change.getDuration());
            String full = shown(later);
            return later.toLocalDate().equals(local.toLocalDate()) ? full.substring(full.indexOf(' ') + 1) : full;
        }
    }
}
