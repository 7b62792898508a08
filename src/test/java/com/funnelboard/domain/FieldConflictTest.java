package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldConflictTest {

    private static FieldConflict.Side side(String value, String at) {
        return new FieldConflict.Side(value, "Ann <ann@x.example>", UUID.randomUUID(), Instant.parse(at), false);
    }

    /** Three values written at 3:03 read alike to the minute: their times are then said to the second. */
    @Test
    void valuesWrittenWithinAMinuteAreToldApartBySeconds() {
        FieldConflict close = new FieldConflict(UUID.randomUUID(), "deal", "r", "value_minor", "deal “Pilot”",
                side("9000000", "2026-12-06T03:03:42Z"), List.of(side("9500000", "2026-12-06T03:03:41Z")));
        FieldConflict apart = new FieldConflict(UUID.randomUUID(), "deal", "r", "value_minor", "deal “Pilot”",
                side("9000000", "2026-12-06T03:05:02Z"), List.of(side("9500000", "2026-12-06T03:03:41Z")));
        assertThat(close.writtenWithinAMinute()).isTrue();
        assertThat(apart.writtenWithinAMinute()).isFalse();
    }
}
