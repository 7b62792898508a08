package com.funnelboard.domain;

import java.time.Instant;

/**
 * A hybrid logical clock stamp packed in one long: wall-clock milliseconds in the high bits and a
 * counter in the low 16, so stamps sort by time, stay unique and strictly increasing on one
 * installation even when its clock stands still or steps back, and never run far from real time.
 * Ties between installations are broken by replica id.
 */
public final class Hlc {

    private static final int COUNTER_BITS = 16;

    private Hlc() {}

    /** The stamp after {@code last} at wall-clock time {@code nowMillis}. */
    public static long next(long last, long nowMillis) {
        long wall = nowMillis << COUNTER_BITS;
        return Math.max(wall, last + 1);
    }

    public static Instant time(long stamp) {
        return Instant.ofEpochMilli(stamp >>> COUNTER_BITS);
    }

    public static int counter(long stamp) {
        return (int) (stamp & ((1 << COUNTER_BITS) - 1));
    }
}
