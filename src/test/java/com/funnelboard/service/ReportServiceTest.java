package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports over a small hand-built history, against numbers worked out by hand. */
class ReportServiceTest {

    @TempDir
    Path dir;

    Store store;
    ReportService reports;
    /** The organization of the next deal's contact (null: none). */
    UUID nextOrganization;
    static final ReportService.Period MARCH = new ReportService.Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    @BeforeEach
    void open() {
        store = ReportServiceTest.storeAfterMarch(dir);
        reports = new ReportService(store, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A store whose today is April 1, 2026: after the whole hand-built history of March (the pipeline stops at today). */
    static Store storeAfterMarch(Path dir) {
        return Store.open(dir.resolve("test.db"), new com.funnelboard.testing.TickingClock(Instant.parse("2026-04-01T08:00:00Z")));
    }

    static Instant march(int day) {
        return LocalDate.of(2026, 3, day).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(9));
    }

    /** 9 am on a day of March; a day ≤ 0 is in February. */
    static Instant at(int day) {
        return day <= 0 ? march(1).minus(Duration.ofDays(1 - day)) : march(day);
    }

    /** A deal created at {@code created} that went through {@code path} (stage, day of March; day ≤ 0 is February). */
    Deal deal(String title, long value, String currency, String source, Instant created, Stage end, Long finalValue, LocalDate closedOn,
            LostReason lost, String note, Object... path) {
        UUID contact = UUID.randomUUID();
        // In its stage since its last move, as the board's moves leave a deal.
        Instant entered = path.length == 0 ? created : at((Integer) path[path.length - 1]);
        Deal d = new Deal(UUID.randomUUID(), contact, title, end, new Money(value, currency), currency, source, null, entered, lost, note,
                finalValue == null ? null : new Money(finalValue, currency), closedOn, created, created);
        store.writeAll(r -> {
            r.contacts().insert(new Contact(contact, nextOrganization, "Contact of " + title, null, null, null));
            r.deals().insert(d);
            Stage from = null;
            for (int i = 0; i < path.length; i += 2) {
                Stage to = (Stage) path[i];
                int day = (Integer) path[i + 1];
                Instant at = at(day);
                boolean closingLost = to == Stage.LOST;
                r.stageChanges().insert(new StageChange(UUID.randomUUID(), d.id(), from, to, at, "ida", List.of(),
                        i == 2 && from == Stage.LEAD && to == Stage.PROSPECT && title.startsWith("Override") ? "met at the fair" : null,
                        closingLost ? lost : null, closingLost ? note : null));
                from = to;
            }
        });
        return d;
    }

    void history() {
        // 1. Lead 2 → Prospect 4 → Opportunity 10 → Won 20 (€10,000, final €12,000)
        deal("Won fast", 10_000_00, "EUR", "referral", march(2), Stage.WON, 12_000_00L, LocalDate.of(2026, 3, 20), null, null,
                Stage.LEAD, 2, Stage.PROSPECT, 4, Stage.OPPORTUNITY, 10, Stage.WON, 20);
        // 2. Lead 3 → Prospect 5 → Lost 15 (no budget, €5,000)
        deal("Lost budget", 5_000_00, "EUR", "website", march(3), Stage.LOST, null, null, LostReason.NO_BUDGET, null,
                Stage.LEAD, 3, Stage.PROSPECT, 5, Stage.LOST, 15);
        // 3. Lead in February → Prospect 6 → back to Lead 8 → Prospect 12 (moved backward; Prospect entered twice)
        deal("Backward", 2_000_00, "EUR", "website", march(1).minus(Duration.ofDays(10)), Stage.PROSPECT, null, null, null, null,
                Stage.LEAD, -9, Stage.PROSPECT, 6, Stage.LEAD, 8, Stage.PROSPECT, 12);
        // 4. Lead 1 → Lost 2 (other: "chose a competitor's bundle") → reopened Lead 9 → Won 25 straight (skip), USD
        deal("Reopened", 7_000_00, "USD", "event", march(1), Stage.WON, 7_000_00L, LocalDate.of(2026, 3, 25), null, null,
                Stage.LEAD, 1, Stage.LOST, 2, Stage.LEAD, 9, Stage.WON, 25);
        // 5. Override: Lead 4 → Prospect 5 (override) → Opportunity 7, still open, €20,000 expected in April
        deal("Override open", 20_000_00, "EUR", "referral", march(4), Stage.OPPORTUNITY, null, null, null, null,
                Stage.LEAD, 4, Stage.PROSPECT, 5, Stage.OPPORTUNITY, 7);
    }

    @Test
    void theFunnelCountsEntriesConversionsAndMedianTimesOfTheHistory() {
        history();
        ReportService.Funnel f = reports.funnel(MARCH);
        ReportService.FunnelStage lead = f.stages().get(0);
        ReportService.FunnelStage prospect = f.stages().get(1);
        ReportService.FunnelStage opportunity = f.stages().get(2);
        ReportService.FunnelStage won = f.stages().get(3);
        // Lead: deals 1, 2, 4 (created), 3 (back on the 8th), 4 counted once though it entered twice, 5.
        assertThat(lead.entered()).isEqualTo(5);
        // Prospect: 1, 2, 3, 5 — 3 entered twice, counted once; from Lead within March: all four (3 via the 8th).
        assertThat(prospect.entered()).isEqualTo(4);
        assertThat(prospect.fromPrevious()).isEqualTo(4);
        assertThat(prospect.conversionFrom(lead)).isEqualTo(0.8);
        assertThat(opportunity.entered()).isEqualTo(2);
        assertThat(opportunity.conversionFrom(prospect)).isEqualTo(0.5);
        // Won: 1 from Opportunity, 4 straight from Lead (a direct entry).
        assertThat(won.entered()).isEqualTo(2);
        assertThat(won.fromPrevious()).isEqualTo(1);
        assertThat(won.direct()).isEqualTo(1);
        // Time in Lead of each move out of it in March: 1: 2 d; 2: 2 d; 3: Feb 19 → Mar 6 = 15 d, then Mar 8 → 12 = 4 d;
        // 4: 1 d, then Mar 9 → 25 = 16 d; 5: 1 d. Sorted 1, 1, 2, 2, 4, 15, 16 → median 2 days.
        assertThat(lead.left()).isEqualTo(7);
        assertThat(lead.medianTime()).isEqualTo(Duration.ofDays(2));
        // Prospect left: 1 after 6 d, 2 after 10 d, 3 after 2 d, 5 after 2 d → median 4 days.
        assertThat(prospect.medianTime()).isEqualTo(Duration.ofDays(4));
        assertThat(won.medianTime()).isNull();
    }

    @Test
    void winRateDealSizeCycleAndVelocity() {
        history();
        ReportService.Velocity v = reports.velocity(MARCH, "EUR");
        // Closed in March: won 1 and 4, lost 2; 4's first loss was taken back (it is won now) → 2 won, 1 lost.
        assertThat(v.overall().won()).isEqualTo(2);
        assertThat(v.overall().lost()).isEqualTo(1);
        assertThat(v.overall().rate()).isEqualTo(2 / 3.0);
        assertThat(v.bySource()).extracting(ReportService.WinRate::group).containsExactly("event", "referral", "website");
        assertThat(v.bySource().get(2).rate()).as("website: one lost").isEqualTo(0.0);
        assertThat(v.byOwner()).as("nobody owns these deals").containsExactly(new ReportService.WinRate(ReportService.NONE, 2, 1));
        // Average size in EUR: only deal 1's final value; deal 4 is USD and left out.
        assertThat(v.averageDealSize()).isEqualTo(new Money(12_000_00, "EUR"));
        assertThat(v.otherCurrencies()).isEqualTo(1);
        // Cycle: deal 1 created Mar 2, won Mar 20 → 18 d; deal 4 created Mar 1, won Mar 25 → 24 d; mean 21 d.
        assertThat(v.cycleDays()).isEqualTo(21.0);
        // Open deals: 3 and 5 → 2 × 2/3 × €12,000 ÷ 21 d = €761.90 a day.
        assertThat(v.openDeals()).isEqualTo(2);
        assertThat(v.perDay()).isEqualTo(new Money(761_90, "EUR"));

        // An open deal in dollars is no euro pipeline: it stays out of the euro count and velocity (it was counted in, and the
        // same count stood under every currency), and is counted apart.
        deal("Dollar lead", 9_000_00, "USD", "event", march(6), Stage.LEAD, null, null, null, null, Stage.LEAD, 6);
        ReportService.Velocity euros = reports.velocity(MARCH, "EUR");
        assertThat(euros.openDeals()).isEqualTo(2);
        assertThat(euros.openInOtherCurrencies()).isEqualTo(1);
        assertThat(euros.perDay()).isEqualTo(new Money(761_90, "EUR"));
        ReportService.Velocity dollars = reports.velocity(MARCH, "USD");
        assertThat(dollars.openDeals()).isEqualTo(1);
        assertThat(dollars.openInOtherCurrencies()).isEqualTo(2);
    }

    /** Deals won minutes after they were added: the cycle counts as a day in velocity (it divided by 0.001 days). */
    @Test
    void aCycleShorterThanADayCountsAsOneInVelocity() {
        deal("Won at once", 10_000_00, "EUR", "referral", march(20), Stage.WON, 10_000_00L, LocalDate.of(2026, 3, 20), null, null,
                Stage.LEAD, 20, Stage.WON, 20);
        deal("Open", 5_000_00, "EUR", "referral", march(3), Stage.OPPORTUNITY, null, null, null, null, Stage.LEAD, 3, Stage.OPPORTUNITY, 4);
        ReportService.Velocity v = reports.velocity(MARCH, "EUR");
        assertThat(v.cycleDays()).isEqualTo(0.0);
        // 1 open × 100 % × €10,000 ÷ 1 day.
        assertThat(v.perDay()).isEqualTo(new Money(10_000_00, "EUR"));
    }

    @Test
    void aDealWonBeforeTheDayItCountsAsCreatedIsLeftOutOfTheCycleAndSaid() {
        history();
        // Imported without the day it was created: it counts as created on the import's day (Mar 28), after its win on the 22nd.
        deal("Imported win", 30_000_00, "EUR", null, march(28), Stage.WON, 30_000_00L, LocalDate.of(2026, 3, 22), null, null,
                Stage.WON, 22);
        ReportService.Velocity v = reports.velocity(MARCH, "EUR");
        assertThat(v.overall().won()).as("still a win").isEqualTo(3);
        assertThat(v.cycleDays()).as("the two wins whose cycle is known, as before; not pulled below zero").isEqualTo(21.0);
        assertThat(v.untimed()).isEqualTo(1);
        assertThat(ReportService.untimedSentence(v.untimed())).startsWith("1 won deal left out");
    }

    @Test
    void forecastWeighsOpenDealsByStageBesideWonValueByCloseMonth() {
        history();
        store.writeAll(r -> {
            Deal open = r.deals().find(r.board().page(Stage.OPPORTUNITY, 0, 1).getFirst().id()).orElseThrow();
            r.deals().update(new Deal(open.id(), open.contactId(), open.title(), open.stage(), open.value(), open.currency(), open.source(),
                    LocalDate.of(2026, 4, 30), open.stageEnteredAt(), null, null, null, null, open.createdAt(), open.updatedAt()));
        });
        ReportService.Forecast f = reports.forecast("EUR");
        assertThat(f.months()).extracting(ReportService.ForecastMonth::month).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        ReportService.ForecastMonth march = f.months().get(0);
        assertThat(march.wonDeals()).as("the USD win is left out").isEqualTo(1);
        assertThat(f.otherCurrencies()).as("and said to be left out (it was counted only among open deals)").isEqualTo(1);
        assertThat(march.won()).isEqualTo(new Money(12_000_00, "EUR"));
        ReportService.ForecastMonth april = f.months().get(1);
        assertThat(april.openDeals()).isEqualTo(1);
        assertThat(april.weighted()).as("€20,000 × 60 %").isEqualTo(new Money(12_000_00, "EUR"));
        assertThat(f.undatedDeals()).isEqualTo(1);
        assertThat(f.undatedWeighted()).as("€2,000 × 25 %").isEqualTo(new Money(500_00, "EUR"));
    }

    /**
     * A sales manager's quarter: a win recorded today as closed on an earlier day counts on that day;
     * a deal won and moved back out of Won is no win; one won, reopened and won again is one win, at
     * its last final value. (Each counted as a move into Won in the period it was recorded in.)
     */
    @Test
    void winsCountOnceOnTheirCloseDayAndOnlyWhileTheyStandWon() {
        // Created Feb 1, recorded as won on March 20 with the close date February 27.
        deal("Backdated", 10_000_00, "EUR", "referral", at(-27), Stage.WON, 11_000_00L, LocalDate.of(2026, 2, 27), null, null,
                Stage.LEAD, -27, Stage.WON, 20);
        // Won on the 5th, then moved back to Opportunity on the 6th: its close date was cleared with the move.
        deal("Taken back", 50_000_00, "EUR", "referral", at(2), Stage.OPPORTUNITY, null, null, null, null,
                Stage.LEAD, 2, Stage.WON, 5, Stage.OPPORTUNITY, 6);
        // Won on the 5th at €9,000, reopened on the 6th, won again on the 15th at €8,000.
        deal("Won twice", 9_000_00, "EUR", "event", at(2), Stage.WON, 8_000_00L, LocalDate.of(2026, 3, 15), null, null,
                Stage.LEAD, 2, Stage.WON, 5, Stage.OPPORTUNITY, 6, Stage.WON, 15);
        // Lost on the 4th, reopened on the 7th and still open.
        deal("Lost then reopened", 4_000_00, "EUR", "event", at(2), Stage.PROSPECT, null, null, null, null,
                Stage.LEAD, 2, Stage.LOST, 4, Stage.PROSPECT, 7);

        ReportService.Velocity march = reports.velocity(MARCH, "EUR");
        assertThat(march.overall()).as("one win, no loss").isEqualTo(new ReportService.WinRate("all", 1, 0));
        assertThat(march.averageDealSize()).as("the last final value, once").isEqualTo(new Money(8_000_00, "EUR"));
        assertThat(march.cycleDays()).as("created Mar 2, won again Mar 15").isEqualTo(13.0);
        assertThat(reports.lostReasons(MARCH, "EUR").rows()).as("the reopened loss is no loss").isEmpty();

        ReportService.Period february = new ReportService.Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        ReportService.Velocity feb = reports.velocity(february, "EUR");
        assertThat(feb.overall()).isEqualTo(new ReportService.WinRate("all", 1, 0));
        assertThat(feb.averageDealSize()).isEqualTo(new Money(11_000_00, "EUR"));
        assertThat(feb.cycleDays()).as("from Feb 1, 9 am to the end of its close day, Feb 27").isEqualTo(26.625);

        ReportService.Period spring = new ReportService.Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31));
        assertThat(reports.velocity(spring, "EUR").byMonth()).as("each win in the month of its close day")
                .containsExactly(new ReportService.WinRate("2026-02", 1, 0), new ReportService.WinRate("2026-03", 1, 0));
    }

    /** The end of a backdated close day is midnight where the user is, on either side of a change of the clocks. */
    @Test
    void aBackdatedCycleEndsAtMidnightInTheUsersZoneAcrossAClockChange() {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        ReportService local = new ReportService(store, berlin);
        // Berlin moves its clocks forward on March 29, 2026. Created March 2 at 9:00 UTC (10:00 in Berlin).
        deal("Before the change", 1_000_00, "EUR", null, march(2), Stage.WON, 1_000_00L, LocalDate.of(2026, 3, 10), null, null,
                Stage.LEAD, 2, Stage.WON, 31);
        deal("After the change", 1_000_00, "EUR", null, march(2), Stage.WON, 1_000_00L, LocalDate.of(2026, 3, 30), null, null,
                Stage.LEAD, 2, Stage.WON, 31);
        // Ends: March 11, 0:00 CET = March 10, 23:00 UTC; March 31, 0:00 CEST = March 30, 22:00 UTC.
        double first = Duration.between(march(2), Instant.parse("2026-03-10T23:00:00Z")).toMillis() / 86_400_000.0;
        double second = Duration.between(march(2), Instant.parse("2026-03-30T22:00:00Z")).toMillis() / 86_400_000.0;
        assertThat(local.velocity(MARCH, "EUR").cycleDays()).isEqualTo((first + second) / 2);
    }

    /** The forecast's months run on without a gap: a month with nothing expected or won is a row of zeros (the chart skipped it). */
    @Test
    void theForecastHasEveryMonthFromItsFirstToItsLast() {
        history();
        store.writeAll(r -> {
            Deal open = r.deals().find(r.board().page(Stage.OPPORTUNITY, 0, 1).getFirst().id()).orElseThrow();
            r.deals().update(new Deal(open.id(), open.contactId(), open.title(), open.stage(), open.value(), open.currency(), open.source(),
                    LocalDate.of(2026, 7, 15), open.stageEnteredAt(), null, null, null, null, open.createdAt(), open.updatedAt()));
        });
        ReportService.Forecast f = reports.forecast("EUR");
        assertThat(f.months()).extracting(ReportService.ForecastMonth::month).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4),
                YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7));
        assertThat(f.months().get(1).openDeals()).isZero();
        assertThat(f.months().get(1).weighted()).isEqualTo(new Money(0, "EUR"));
    }

    @Test
    void lostReasonsCountEachLossWithTheNotesOfOther() {
        deal("Lost twice", 3_000_00, "EUR", "website", march(1), Stage.LOST, null, null, LostReason.OTHER, "chose a competitor's bundle",
                Stage.LEAD, 1, Stage.LOST, 3);
        history();
        ReportService.LostReasons l = reports.lostReasons(MARCH, "EUR");
        assertThat(l.rows()).extracting(ReportService.LostReasonRow::reason).contains(LostReason.NO_BUDGET, LostReason.OTHER);
        ReportService.LostReasonRow other = l.rows().stream().filter(r -> r.reason() == LostReason.OTHER).findFirst().orElseThrow();
        // "Lost twice" (other, with a note); deal 4's first loss is no loss: the deal is won now.
        assertThat(other.deals()).isEqualTo(1);
        assertThat(other.notes()).containsExactly("chose a competitor's bundle");
        assertThat(other.value()).isEqualTo(new Money(3_000_00, "EUR"));
    }

    /** A period running on past today ends its pipeline today: its later weeks were drawn flat at today's values. */
    @Test
    void thePipelineStopsAtToday() {
        history();
        ReportService.Pipeline p = new ReportService(store, ZoneOffset.UTC).pipeline(
                new ReportService.Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)), "EUR");
        assertThat(p.points()).extracting(ReportService.PipelinePoint::day).last().isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(p.points()).extracting(ReportService.PipelinePoint::day).allMatch(d -> !d.isAfter(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void thePipelineOverTimeHoldsEachOpenStagesDealsAtTheEndOfEveryWeek() {
        history();
        ReportService.Pipeline p = reports.pipeline(MARCH, "EUR");
        // March 2026 starts on a Sunday: the weeks end on the 1st, 8th, 15th, 22nd and 29th, and the period on the 31st.
        assertThat(p.points()).extracting(ReportService.PipelinePoint::day).containsExactly(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 3, 31));
        // 1 March: only deal 3, in Lead since February (deal 4 is in dollars).
        assertPoint(p.points().get(0), 2_000_00, 0, 0, 1, 0, 0);
        // 8 March: deal 3 back in Lead; 1 and 2 in Prospect; 5 in Opportunity.
        assertPoint(p.points().get(1), 2_000_00, 15_000_00, 20_000_00, 1, 2, 1);
        // 15 March: 3 in Prospect again; 1 and 5 in Opportunity; 2 lost.
        assertPoint(p.points().get(2), 0, 2_000_00, 30_000_00, 0, 1, 2);
        // 22 March on: 1 won, leaving 3 and 5 — as the board shows them now.
        for (int k = 3; k < 6; k++) {
            assertPoint(p.points().get(k), 0, 2_000_00, 20_000_00, 0, 1, 1);
        }
        assertThat(p.points().get(5).total("EUR")).isEqualTo(new Money(22_000_00, "EUR"));
        // The dollar deal, won now, was open at the end of three of March's weeks, where it is left out: said (it was said of no
        // week, as only the deals open today were counted).
        assertThat(p.otherCurrencies()).as("left out at some week's end").isEqualTo(1);
    }

    private static void assertPoint(ReportService.PipelinePoint point, long lead, long prospect, long opportunity, int leads, int prospects,
            int opportunities) {
        assertThat(point.value()).as("value on %s", point.day()).isEqualTo(java.util.Map.of(Stage.LEAD, new Money(lead, "EUR"),
                Stage.PROSPECT, new Money(prospect, "EUR"), Stage.OPPORTUNITY, new Money(opportunity, "EUR")));
        assertThat(point.deals()).as("deals on %s", point.day()).isEqualTo(java.util.Map.of(Stage.LEAD, leads,
                Stage.PROSPECT, prospects, Stage.OPPORTUNITY, opportunities));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportService.Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ends");
    }
}
