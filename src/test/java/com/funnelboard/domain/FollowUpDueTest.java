package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Overdue, today and upcoming, by the user's local day: across time zones and daylight-saving changes. */
class FollowUpDueTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void theSameMomentIsTodayInOneZoneAndTomorrowInAnother() {
        Instant now = Instant.parse("2026-03-12T20:00:00Z"); // 21:00 in Berlin, 16:00 in New York, 09:00 next day in Auckland
        Instant due = Instant.parse("2026-03-12T23:30:00Z"); // 00:30 on the 13th in Berlin, 19:30 on the 12th in New York
        assertThat(FollowUpDue.of(due, now, BERLIN)).isEqualTo(FollowUpDue.UPCOMING);
        assertThat(FollowUpDue.of(due, now, NEW_YORK)).isEqualTo(FollowUpDue.TODAY);
        assertThat(FollowUpDue.of(due, now, AUCKLAND)).isEqualTo(FollowUpDue.TODAY);
        assertThat(FollowUpDue.of(now.minusSeconds(1), now, BERLIN)).isEqualTo(FollowUpDue.OVERDUE);
        assertThat(FollowUpDue.of(now, now, BERLIN)).as("due this very moment is not overdue yet").isEqualTo(FollowUpDue.TODAY);
    }

    @Test
    void midnightIsTheBoundaryOnTheDaysClocksChange() {
        // Berlin springs forward on 29 March 2026 (02:00 → 03:00): that day has 23 hours.
        Instant morning = Instant.parse("2026-03-29T06:00:00Z");
        Instant tomorrow = FollowUpDue.startOfTomorrow(morning, BERLIN);
        assertThat(tomorrow).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(FollowUpDue.of(tomorrow.minusMillis(1), morning, BERLIN)).isEqualTo(FollowUpDue.TODAY);
        assertThat(FollowUpDue.of(tomorrow, morning, BERLIN)).isEqualTo(FollowUpDue.UPCOMING);
        // New York falls back on 1 November 2026 (02:00 → 01:00): that day has 25 hours.
        Instant sunday = Instant.parse("2026-11-01T12:00:00Z");
        assertThat(FollowUpDue.startOfTomorrow(sunday, NEW_YORK)).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
        assertThat(FollowUpDue.of(Instant.parse("2026-11-02T04:59:59Z"), sunday, NEW_YORK)).isEqualTo(FollowUpDue.TODAY);
    }

    @Test
    void snoozeOptionsLandOnLocalTimesAcrossADaylightSavingChange() {
        Instant saturdayEvening = Instant.parse("2026-03-28T19:00:00Z"); // 20:00 in Berlin, the night before the change
        assertThat(SnoozeOption.TOMORROW_MORNING.until(saturdayEvening, BERLIN))
                .as("09:00 local on the 29th is 07:00 UTC (summer time)").isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
        assertThat(SnoozeOption.NEXT_WEEK.until(saturdayEvening, BERLIN)).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(SnoozeOption.ONE_HOUR.until(saturdayEvening, BERLIN)).isEqualTo(Instant.parse("2026-03-28T20:00:00Z"));
        // To the minute (the click's seconds went into the calendar's DTSTART).
        assertThat(SnoozeOption.ONE_HOUR.until(Instant.parse("2026-12-07T04:57:31.610Z"), BERLIN)).isEqualTo(Instant.parse("2026-12-07T05:57:00Z"));
        Instant monday = Instant.parse("2026-03-30T08:00:00Z");
        assertThat(SnoozeOption.NEXT_WEEK.until(monday, BERLIN)).as("from a Monday: the Monday after")
                .isEqualTo(Instant.parse("2026-04-06T07:00:00Z"));
        Instant sunday = Instant.parse("2026-12-06T10:00:00Z");
        assertThat(SnoozeOption.NEXT_WEEK.until(sunday, BERLIN)).as("from a Sunday: not tomorrow morning again, the Monday after")
                .isEqualTo(Instant.parse("2026-12-14T08:00:00Z"));
    }

    @Test
    void aDealRotsAfterItsStagesThreshold() {
        RotRule rule = new RotRule(java.util.Map.of(Stage.LEAD, 7));
        Instant entered = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(rule.isRotting(Stage.LEAD, entered, entered.plus(java.time.Duration.ofDays(7)))).isFalse();
        assertThat(rule.isRotting(Stage.LEAD, entered, entered.plus(java.time.Duration.ofDays(8)))).isTrue();
        assertThat(rule.threshold(Stage.PROSPECT)).as("defaults for the others").isEqualTo(21);
        assertThat(rule.isRotting(Stage.WON, entered, entered.plus(java.time.Duration.ofDays(400)))).isFalse();
    }
}
