package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The end of a close day as SQLite works it out for the sales cycle equals midnight after it in
 * the report's time zone, for every zone Java knows, any period and any day in it (the zone's
 * offsets are written into the statement as runs of days: a run cut a day early or late is an
 * hour off on the days the clocks change).
 */
class CloseDaysPropertyTest {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    @Test
    void theEndOfACloseDayIsMidnightAfterItInTheReportsZone() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            com.funnelboard.testing.Properties.qt(400)
                    .forAll(integers().between(0, ZONES.size() - 1), integers().between(0, 365 * 60), integers().between(0, 800),
                            integers().between(0, 800))
                    .checkAssert((zone, start, length, at) -> {
                        ZoneId z = ZoneId.of(ZONES.get(zone));
                        LocalDate first = LocalDate.of(1980, 1, 1).plusDays(start);
                        LocalDate last = first.plusDays(length);
                        LocalDate closed = first.plusDays(Math.min(at, length));
                        String end = new CloseDays(first, last, z).cycleEnd();
                        try (PreparedStatement ps = c.prepareStatement("SELECT " + end + " FROM (SELECT ? AS closed_on, ? AS stage_entered_at)")) {
                            ps.setString(1, closed.toString());
                            ps.setLong(2, Long.MAX_VALUE);
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                assertThat(rs.getLong(1)).as(closed + " in " + z + " (period " + first + " – " + last + ")")
                                        .isEqualTo(closed.plusDays(1).atStartOfDay(z).toInstant().toEpochMilli());
                            }
                        } catch (java.sql.SQLException e) {
                            throw new AssertionError(e);
                        }
                    });
        }
    }

    @Test
    void aDealWithoutACloseDateEndsItsCycleAtItsMove() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                PreparedStatement ps = c.prepareStatement("SELECT " + new CloseDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                        ZoneId.of("Europe/Berlin")).cycleEnd() + " FROM (SELECT NULL AS closed_on, 1234 AS stage_entered_at)");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1234L);
        }
    }
}
