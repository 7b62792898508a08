package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A day typed in one zone (a loss entered late) reads as that day in the typer's zone always, and in every zone from UTC−12
 * to UTC+11 when typed in one of them: entered in Tokyo, 30 March was 29 March in Berlin and New York.
 */
class DayMomentTest {

    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

    @Test
    void theDayReadsTheSameForTheTyperAndForTeammatesInOtherZones() {
        com.funnelboard.testing.Properties.qt(2_000).forAll(integers().between(0, ZONES.size() - 1), integers().between(0, ZONES.size() - 1),
                integers().between(0, 60_000)).checkAssert((typer, reader, offset) -> {
                    LocalDate day = LocalDate.of(1960, 1, 1).plusDays(offset);
                    ZoneId typed = ZONES.get(typer);
                    ZoneId read = ZONES.get(reader);
                    java.time.Instant at = DayMoment.of(day, typed);
                    assertThat(LocalDate.ofInstant(at, typed)).as("for the typer in %s", typed).isEqualTo(day);
                    int typerHours = typed.getRules().getOffset(at).getTotalSeconds();
                    int readerHours = read.getRules().getOffset(at).getTotalSeconds();
                    if (within(typerHours) && within(readerHours)) {
                        assertThat(LocalDate.ofInstant(at, read)).as("typed in %s, read in %s", typed, read).isEqualTo(day);
                    }
                });
    }

    @Test
    void aLossEnteredInTokyoIsOnItsDayInBerlinAndNewYork() {
        LocalDate day = LocalDate.of(2027, 3, 30);
        java.time.Instant at = DayMoment.of(day, ZoneId.of("Asia/Tokyo"));
        for (String zone : List.of("Asia/Tokyo", "Europe/Berlin", "America/New_York", "Pacific/Honolulu", "America/Los_Angeles")) {
            assertThat(LocalDate.ofInstant(at, ZoneId.of(zone))).as(zone).isEqualTo(day);
        }
        assertThat(LocalDate.ofInstant(DayMoment.of(day, ZoneId.of("Pacific/Auckland")), ZoneId.of("Pacific/Auckland"))).isEqualTo(day);
    }

    /** From UTC−12 to UTC+11. */
    private static boolean within(int offsetSeconds) {
        return offsetSeconds >= -12 * 3600 && offsetSeconds < 12 * 3600;
    }
}
