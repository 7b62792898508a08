package com.funnelboard.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Row keys for many new rows at once (an import): UUIDs of version 7 that sort in the order they
 * are made. The first 48 bits are the time the generator was made (milliseconds), then 12 random
 * bits, then 62 bits that start at a random value and count up. Two generators share a prefix only
 * when made in the same millisecond with the same 12 random bits, and even then their counters
 * start far apart (61 random bits). Keys that follow each other land side by side in every index on
 * them, where random (version 4) keys land all over it: a bulk insert then appends to the indexes
 * rather than splitting pages everywhere, and writes about half the pages.
 */
public final class TimeOrderedIds implements Supplier<UUID> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long high;
    private long low;

    public TimeOrderedIds(Instant now) {
        long millis = now.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        this.high = millis << 16 | 0x7000L | RANDOM.nextInt(1 << 12);
        this.low = RANDOM.nextLong() >>> 3; // 61 bits: the count never reaches the variant bits
    }

    /** The next key: greater than every key this generator gave before. */
    @Override
    public synchronized UUID get() {
        return new UUID(high, 0x8000_0000_0000_0000L | low++);
    }
}
