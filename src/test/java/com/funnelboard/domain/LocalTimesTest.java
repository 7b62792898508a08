package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Clocks in Berlin go forward at 02:00 on 2026-03-29 (02:00–02:59 never happens) and back at 03:00 on 2026-10-25. */
class LocalTimesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aTimeTheClocksSkipIsRefusedSayingWhatToWriteInstead() {
        LocalDateTime skipped = LocalDateTime.parse("2026-03-29T02:30");
        assertThatThrownBy(() -> LocalTimes.toInstant(skipped, BERLIN)).isInstanceOfSatisfying(LocalTimes.SkippedTime.class, e -> {
            assertThat(e).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("2026-03-29 02:30 does not exist in Europe/Berlin: the clocks go forward that night; write 03:30");
            assertThat(e.withOffsetExample()).isEqualTo("2026-03-29 02:30 does not exist in Europe/Berlin: the clocks go forward "
                    + "that night; write 03:30 or give an offset such as 2026-03-29T02:30+01:00");
            assertThat(java.time.OffsetDateTime.parse(e.offsetExample()).toInstant()).as("the example means the suggested time")
                    .isEqualTo(LocalTimes.toInstant(LocalDateTime.parse("2026-03-29T03:30"), BERLIN));
        });
        assertThatThrownBy(() -> LocalTimes.toInstant(LocalDateTime.parse("2026-03-29T02:00"), BERLIN))
                .hasMessageStartingWith("2026-03-29 02:00 does not exist");
        assertThatThrownBy(() -> LocalTimes.toInstant(LocalDateTime.parse("2026-03-29T02:59:30"), BERLIN))
                .hasMessage("2026-03-29 02:59:30 does not exist in Europe/Berlin: the clocks go forward that night; write 03:59:30");
    }

    @Test
    void theTimesAroundTheSkipExist() {
        assertThat(LocalTimes.toInstant(LocalDateTime.parse("2026-03-29T01:59"), BERLIN)).isEqualTo(Instant.parse("2026-03-29T00:59:00Z"));
        assertThat(LocalTimes.toInstant(LocalDateTime.parse("2026-03-29T03:00"), BERLIN)).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(LocalTimes.toInstant(LocalDateTime.parse("2026-03-12T14:30"), BERLIN)).isEqualTo(Instant.parse("2026-03-12T13:30:00Z"));
        assertThat(LocalTimes.toInstant(LocalDateTime.parse("2026-03-29T02:30"), ZoneOffset.UTC)).as("a fixed offset skips nothing")
                .isEqualTo(Instant.parse("2026-03-29T02:30:00Z"));
    }

    @Test
    void aTimeTheClocksShowTwiceIsTakenTheFirstTime() {
        // 02:30 happens at 00:30 UTC (summer time, +02:00) and again at 01:30 UTC (+01:00).
        assertThat(LocalTimes.toInstant(LocalDateTime.parse("2026-10-25T02:30"), BERLIN)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(LocalTimes.toInstant(LocalDateTime.parse("2026-10-25T02:00"), BERLIN)).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(LocalTimes.toInstant(LocalDateTime.parse("2026-10-25T03:00"), BERLIN)).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void timesTheAppChoosesAreMovedOverTheSkip() {
        assertThat(LocalTimes.toInstantMovedOverGap(LocalDateTime.parse("2026-03-29T02:30"), BERLIN))
                .as("03:30 summer time").isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(LocalTimes.toInstantMovedOverGap(LocalDateTime.parse("2026-10-25T02:30"), BERLIN))
                .as("the first of two").isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(LocalTimes.toInstantMovedOverGap(LocalDateTime.parse("2026-03-12T09:00"), BERLIN)).isEqualTo(Instant.parse("2026-03-12T08:00:00Z"));
    }

    @Test
    void aSkipAcrossMidnightSuggestsTheDayToo() {
        // Samoa skipped 30 December 2011 entirely.
        assertThatThrownBy(() -> LocalTimes.toInstant(LocalDateTime.parse("2011-12-30T09:00"), ZoneId.of("Pacific/Apia")))
                .hasMessage("2011-12-30 09:00 does not exist in Pacific/Apia: the clocks go forward that night; write 2011-12-31 09:00");
    }
}
