package com.funnelboard.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that starts at a fixed instant and moves on by one millisecond each time it is read. */
public final class TickingClock extends Clock {

    private final Instant start;
    private final AtomicLong ticks = new AtomicLong();

    public TickingClock(Instant start) {
        this.start = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return start.plusMillis(ticks.getAndIncrement());
    }
}
