package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports with an owner, source or industry filter, over the hand-built history of
 * {@link ReportServiceTest}: deals 1 (referral, Retail), 2 (website, Energy) and 5 (referral) belong
 * to Ida; 3 (website, Retail) and 4 (event, USD) to Ola.
 */
class ReportFilterTest {

    @TempDir
    Path dir;

    final ReportServiceTest h = new ReportServiceTest();
    static final String IDA = "ida@nordwind.example";
    static final String OLA = "ola@nordwind.example";
    static final ReportService.Period MARCH = ReportServiceTest.MARCH;

    ReportService reports;

    @BeforeEach
    void open() {
        h.store = ReportServiceTest.storeAfterMarch(dir);
        h.reports = new ReportService(h.store, ZoneOffset.UTC);
        reports = h.reports;
        UUID retail = UUID.randomUUID();
        UUID energy = UUID.randomUUID();
        h.store.writeAll(r -> {
            r.organizations().insert(new OrganizationProfile(retail, "Shopright", null, "Retail", null, null));
            r.organizations().insert(new OrganizationProfile(energy, "Windpark", null, "Energy", null, null));
        });
        h.nextOrganization = retail;
        Deal d1 = h.deal("Won fast", 10_000_00, "EUR", "referral", ReportServiceTest.march(2), Stage.WON, 12_000_00L, LocalDate.of(2026, 3, 20),
                null, null, Stage.LEAD, 2, Stage.PROSPECT, 4, Stage.OPPORTUNITY, 10, Stage.WON, 20);
        h.nextOrganization = energy;
        Deal d2 = h.deal("Lost budget", 5_000_00, "EUR", "website", ReportServiceTest.march(3), Stage.LOST, null, null, LostReason.NO_BUDGET, null,
                Stage.LEAD, 3, Stage.PROSPECT, 5, Stage.LOST, 15);
        h.nextOrganization = retail;
        Deal d3 = h.deal("Backward", 2_000_00, "EUR", "website", ReportServiceTest.march(1).minus(Duration.ofDays(10)), Stage.PROSPECT, null, null,
                null, null, Stage.LEAD, -9, Stage.PROSPECT, 6, Stage.LEAD, 8, Stage.PROSPECT, 12);
        h.nextOrganization = null;
        Deal d4 = h.deal("Reopened", 7_000_00, "USD", "event", ReportServiceTest.march(1), Stage.WON, 7_000_00L, LocalDate.of(2026, 3, 25), null,
                null, Stage.LEAD, 1, Stage.LOST, 2, Stage.LEAD, 9, Stage.WON, 25);
        Deal d5 = h.deal("Override open", 20_000_00, "EUR", "referral", ReportServiceTest.march(4), Stage.OPPORTUNITY, null, null, null, null,
                Stage.LEAD, 4, Stage.PROSPECT, 5, Stage.OPPORTUNITY, 7);
        h.store.writeAll(r -> {
            for (Deal d : List.of(d1, d2, d5)) {
                r.deals().setOwner(d.id(), IDA);
            }
            for (Deal d : List.of(d3, d4)) {
                r.deals().setOwner(d.id(), OLA);
            }
        });
    }

    @AfterEach
    void close() {
        h.store.close();
    }

    static ReportFilter owner(String email) {
        return ReportFilter.ALL.withOwner(OwnerFilter.person(email));
    }

    @Test
    void theFunnelOfOneOwnerCountsOnlyTheirDeals() {
        ReportService.Funnel f = reports.funnel(MARCH, owner(IDA));
        // Ida's deals 1, 2, 5: all three entered Lead and Prospect; 1 and 5 Opportunity; 1 Won.
        assertThat(f.stages()).extracting(ReportService.FunnelStage::entered).containsExactly(3, 3, 2, 1);
        assertThat(f.stages()).extracting(ReportService.FunnelStage::fromPrevious).containsExactly(0, 3, 2, 1);
        // Time in Lead: 2 d, 2 d, 1 d → median 2 d; in Prospect: 6 d, 10 d, 2 d → median 6 d.
        assertThat(f.stages().get(0).medianTime()).isEqualTo(Duration.ofDays(2));
        assertThat(f.stages().get(1).medianTime()).isEqualTo(Duration.ofDays(6));
        assertThat(f.stages().get(1).left()).isEqualTo(3);
        // Ola's: 3 (Lead back on the 8th, Prospect twice) and 4 (Lead, Won straight).
        ReportService.Funnel ola = reports.funnel(MARCH, owner(OLA));
        assertThat(ola.stages()).extracting(ReportService.FunnelStage::entered).containsExactly(2, 1, 0, 1);
        assertThat(reports.funnel(MARCH, ReportFilter.ALL.withOwner(OwnerFilter.NOBODY)).stages())
                .extracting(ReportService.FunnelStage::entered).containsExactly(0, 0, 0, 0);
    }

    @Test
    void theWinRateByOwnerCountsEachPersonsClosedDeals() {
        // Closed in March: Ida won deal 1 and lost deal 2; Ola's deal 4 was lost (Mar 2), reopened and won (Mar 25): a win only.
        ReportService.Velocity v = reports.velocity(MARCH, "EUR");
        assertThat(v.byOwner()).extracting(ReportService.WinRate::group).containsExactly(IDA, OLA);
        assertThat(v.byOwner()).extracting(ReportService.WinRate::won).containsExactly(1, 1);
        assertThat(v.byOwner()).extracting(ReportService.WinRate::lost).containsExactly(1, 0);
        // With the source filter only Ida's lost "website" deal is left.
        assertThat(reports.velocity(MARCH, "EUR", ReportFilter.ALL.withSource("website")).byOwner())
                .containsExactly(new ReportService.WinRate(IDA, 0, 1));
    }

    @Test
    void velocityOfOneOwnerAndOfOneSource() {
        ReportService.Velocity v = reports.velocity(MARCH, "EUR", owner(IDA));
        // Ida: won 1, lost 2 → 50 %; average €12,000; cycle 18 d; open: deal 5 → 1 × 0.5 × €12,000 ÷ 18 = €333.33 a day.
        assertThat(v.overall().won()).isEqualTo(1);
        assertThat(v.overall().lost()).isEqualTo(1);
        assertThat(v.averageDealSize()).isEqualTo(new Money(12_000_00, "EUR"));
        assertThat(v.cycleDays()).isEqualTo(18.0);
        assertThat(v.openDeals()).isEqualTo(1);
        assertThat(v.perDay()).isEqualTo(new Money(333_33, "EUR"));
        assertThat(v.bySource()).extracting(ReportService.WinRate::group).containsExactly("referral", "website");
        // Source "Website" (case does not matter): 2 lost, 3 open.
        ReportService.Velocity web = reports.velocity(MARCH, "EUR", ReportFilter.ALL.withSource("Website"));
        assertThat(web.overall().won()).isZero();
        assertThat(web.overall().lost()).isEqualTo(1);
        assertThat(web.openDeals()).isEqualTo(1);
        assertThat(web.averageDealSize()).isNull();
    }

    @Test
    void thePipelineOfOneIndustryFollowsItsDealsOrganizations() {
        ReportService.Pipeline p = reports.pipeline(MARCH, "EUR", ReportFilter.ALL.withIndustry("retail"));
        // Retail: deals 1 and 3. 1 Mar: 3 in Lead. 8 Mar: 3 in Lead, 1 in Prospect. 15 Mar: 3 in Prospect, 1 in Opportunity.
        // 22 Mar on: 1 won, 3 in Prospect.
        assertPoint(p.points().get(0), 2_000_00, 0, 0);
        assertPoint(p.points().get(1), 2_000_00, 10_000_00, 0);
        assertPoint(p.points().get(2), 0, 2_000_00, 10_000_00);
        assertPoint(p.points().get(5), 0, 2_000_00, 0);
    }

    @Test
    void forecastAndLostReasonsWithFiltersCombined() {
        // Ola's open deal 3 (€2,000 in Prospect, no close date); her win is in dollars.
        ReportService.Forecast f = reports.forecast("EUR", owner(OLA));
        assertThat(f.months()).isEmpty();
        assertThat(f.undatedDeals()).isEqualTo(1);
        assertThat(f.undatedWeighted()).isEqualTo(new Money(500_00, "EUR"));
        // Ola and source event: deal 4, lost and then won, is no loss.
        assertThat(reports.lostReasons(MARCH, "EUR", owner(OLA).withSource("event")).rows()).isEmpty();
        // Ida and source website: deal 2 (no budget).
        assertThat(reports.lostReasons(MARCH, "EUR", owner(IDA).withSource("website")).rows())
                .extracting(ReportService.LostReasonRow::reason, ReportService.LostReasonRow::deals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LostReason.NO_BUDGET, 1));
        // Ida and Retail: deal 1, never lost.
        assertThat(reports.lostReasons(MARCH, "EUR", owner(IDA).withIndustry("Retail")).rows()).isEmpty();
        assertThat(reports.lostReasons(MARCH, "EUR", owner(IDA).withIndustry("Energy")).rows())
                .extracting(ReportService.LostReasonRow::reason).containsExactly(LostReason.NO_BUDGET);
    }

    @Test
    void theFiltersOfferTheOwnersSourcesAndIndustriesOfTheData() {
        ReportService.FilterChoices c = reports.filterChoices();
        assertThat(c.owners()).containsExactly(IDA, OLA);
        assertThat(c.sources()).containsExactly("event", "referral", "website");
        assertThat(c.industries()).containsExactly("Energy", "Retail");
        // Owners nobody named are their emails.
        assertThat(c.ownerName(IDA)).isEqualTo(IDA);
        // Every deal has an owner: "No owner" is no choice, as on the board (the page offered it all the same).
        assertThat(c.unowned()).isFalse();
        Fixtures.deal(h.store, "Nobody's", Stage.LEAD, 1L);
        assertThat(reports.filterChoices().unowned()).isTrue();
    }

    @Test
    void theOwnersAreNamedAsTheTeamNamedThem() {
        // A teammate's name arrives in the shared directory (their own "who am I" travels with their changes).
        h.store.writeAll(r -> r.settings().put("person." + OLA, "Ola Nordmann"));
        ReportService.FilterChoices c = reports.filterChoices();
        assertThat(c.owners()).containsExactly(IDA, OLA);
        assertThat(c.ownerName(OLA)).isEqualTo("Ola Nordmann");
        assertThat(c.ownerName(IDA)).isEqualTo(IDA);
    }

    private static void assertPoint(ReportService.PipelinePoint point, long lead, long prospect, long opportunity) {
        assertThat(point.value()).as("value on %s", point.day()).isEqualTo(Map.of(Stage.LEAD, new Money(lead, "EUR"),
                Stage.PROSPECT, new Money(prospect, "EUR"), Stage.OPPORTUNITY, new Money(opportunity, "EUR")));
    }
}
