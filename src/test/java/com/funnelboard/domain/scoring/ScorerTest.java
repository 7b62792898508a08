package com.funnelboard.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    static final Instant NOW = Instant.parse("2026-04-10T10:00:00Z");
    static final Instant CREATED = Instant.parse("2026-04-01T09:00:00Z");
    final Scorer scorer = new Scorer(ScoringRules.DEFAULTS, IdealCustomerProfile.DEFAULTS);

    static DealFacts facts(List<Activity> activities) {
        return new DealFacts(CREATED, activities, null, null, null, null);
    }

    static Activity at(InteractionKind kind, Direction d, String day) {
        return new Activity(kind, d, Instant.parse(day + "T12:00:00Z"));
    }

    @ParameterizedTest(name = "{0} {1} earns {2}")
    @CsvSource({
        "FORM_FILLED, IN, 10", "CONTENT_DOWNLOADED, IN, 5", "WEBINAR_ATTENDED, IN, 10", "EMAIL, IN, 15", "CHAT, IN, 15",
        "SOCIAL_MESSAGE, IN, 15", "EMAIL, OUT, 0", "CALL, OUT, 20", "CALL, IN, 20", "MEETING, OUT, 20", "QUOTE_REQUEST, IN, 30",
        "DEMO_REQUEST, IN, 30", "PROPOSAL_REQUEST, IN, 30", "CONSULTATION_REQUEST, IN, 30", "CONTENT_SHARED, OUT, 0",
        "PROPOSAL_SENT, OUT, 0", "NOTE, OUT, 0"})
    void eachEngagementRuleEarnsItsPoints(InteractionKind kind, Direction direction, int points) {
        Score s = scorer.score(facts(List.of(at(kind, direction, "2026-04-03"))), NOW);
        assertThat(s.total()).isEqualTo(points);
    }

    @Test
    void aLineNamesWhatEarnedItAndWhen() {
        Score s = scorer.score(facts(List.of(at(InteractionKind.DEMO_REQUEST, Direction.IN, "2026-04-03"))), NOW);
        assertThat(s.lines()).singleElement().satisfies(l -> assertThat(l.text(ZoneOffset.UTC, Locale.UK, NOW)).isEqualTo("+30 demo request, 3 Apr"));
    }

    @Test
    void repeatedEngagementCountsOnceWhenThreeInteractionsFallWithinThirtyDays() {
        List<Activity> a = List.of(at(InteractionKind.FORM_FILLED, Direction.IN, "2026-03-01"),
                at(InteractionKind.CONTENT_DOWNLOADED, Direction.IN, "2026-03-20"),
                at(InteractionKind.WEBINAR_ATTENDED, Direction.IN, "2026-03-30"),
                at(InteractionKind.EMAIL, Direction.IN, "2026-04-02"));
        Score s = scorer.score(new DealFacts(Instant.parse("2026-02-01T00:00:00Z"), a, null, null, null, null), NOW);
        assertThat(s.lines()).filteredOn(l -> l.signal() == Signal.REPEATED_ENGAGEMENT).singleElement()
                .satisfies(l -> assertThat(l.at()).isEqualTo(Instant.parse("2026-03-30T12:00:00Z")));
        assertThat(s.total()).isEqualTo(10 + 5 + 10 + 15 + 10);
    }

    @Test
    void threeInteractionsSpreadOverMoreThanThirtyDaysAreNotRepeatedEngagement() {
        List<Activity> a = List.of(at(InteractionKind.FORM_FILLED, Direction.IN, "2026-02-01"),
                at(InteractionKind.FORM_FILLED, Direction.IN, "2026-02-20"),
                at(InteractionKind.FORM_FILLED, Direction.IN, "2026-03-20"),
                at(InteractionKind.EMAIL, Direction.OUT, "2026-03-21"));
        Score s = scorer.score(new DealFacts(Instant.parse("2026-01-01T00:00:00Z"), a, null, null, null, null), Instant.parse("2026-03-22T00:00:00Z"));
        assertThat(s.lines()).noneMatch(l -> l.signal() == Signal.REPEATED_ENGAGEMENT);
    }

    @Test
    void fitRulesCompareTheContactWithTheProfile() {
        DealFacts f = new DealFacts(CREATED, List.of(), " software ", "50", null, "CEO & founder");
        Score s = scorer.score(f, CREATED);
        assertThat(s.lines()).extracting(ScoreLine::signal).containsExactly(Signal.INDUSTRY_FIT, Signal.SIZE_FIT, Signal.DECISION_AUTHORITY);
        assertThat(s.total()).isEqualTo(15 + 10 + 15);
        assertThat(s.lines()).extracting(l -> l.text(ZoneOffset.UTC, Locale.UK, NOW))
                .containsExactly("+15 industry software in the profile", "+10 company size 50 in 10–200", "+15 decision authority: CEO & founder");
    }

    @ParameterizedTest(name = "size \"{0}\" fits 10–200: {1}")
    @CsvSource({"50, true", "'11-50', true", "'51–200 employees', true", "'201-500', false", "'1,000+', false", "5, false", "'200+', false",
        "many, false", "10, true", "200, true"})
    void companySizesAsPeopleWriteThem(String size, boolean fits) {
        assertThat(IdealCustomerProfile.DEFAULTS.sizeFits(size)).isEqualTo(fits);
    }

    @Test
    void decisionAuthorityIsAWholeWordOfThePersonaOrTitle() {
        IdealCustomerProfile p = IdealCustomerProfile.DEFAULTS;
        assertThat(p.authorityIn("Decision maker", null)).contains("Decision maker");
        assertThat(p.authorityIn(null, "Head of Sales")).contains("Head of Sales");
        assertThat(p.authorityIn("Champion", "Headhunter")).isEmpty();
    }

    @Test
    void decayTakesTenPointsForEveryThirtyDaysWithoutInteractionOnAMovedClock() {
        DealFacts f = facts(List.of(at(InteractionKind.DEMO_REQUEST, Direction.IN, "2026-04-03"),
                at(InteractionKind.CALL, Direction.OUT, "2026-04-05")));
        Instant last = Instant.parse("2026-04-05T12:00:00Z");
        assertThat(scorer.score(f, last.plus(Duration.ofDays(29))).total()).isEqualTo(50);
        assertThat(scorer.score(f, last.plus(Duration.ofDays(30))).total()).isEqualTo(40);
        assertThat(scorer.score(f, last.plus(Duration.ofDays(61))).total()).isEqualTo(30);
        Score late = scorer.score(f, last.plus(Duration.ofDays(400)));
        assertThat(late.total()).isZero();
        assertThat(late.lines().getLast().points()).isEqualTo(-50);
        assertThat(scorer.score(f, last.plus(Duration.ofDays(61))).lines().getLast().text(ZoneOffset.UTC, Locale.UK, NOW))
                .isEqualTo("−20 no interaction for 61 days, since 5 Apr");
    }

    @Test
    void aNoteDoesNotHoldOffDecayButAnOutboundEmailDoes() {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        DealFacts noted = new DealFacts(created, List.of(at(InteractionKind.FORM_FILLED, Direction.IN, "2026-01-02"),
                at(InteractionKind.NOTE, Direction.OUT, "2026-03-01")), null, null, null, null);
        DealFacts emailed = new DealFacts(created, List.of(at(InteractionKind.FORM_FILLED, Direction.IN, "2026-01-02"),
                at(InteractionKind.EMAIL, Direction.OUT, "2026-03-01")), null, null, null, null);
        Instant now = Instant.parse("2026-03-10T00:00:00Z");
        assertThat(scorer.score(noted, now).total()).isEqualTo(0);
        assertThat(scorer.score(emailed, now).total()).isEqualTo(10);
    }

    @Test
    void theLinesAlwaysAddUpToTheScoreAndTheStoredBaseDecaysToIt() {
        java.util.Random random = new java.util.Random(7);
        InteractionKind[] kinds = InteractionKind.values();
        for (int n = 0; n < 500; n++) {
            List<Activity> a = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                a.add(new Activity(kinds[random.nextInt(kinds.length)], random.nextBoolean() ? Direction.IN : Direction.OUT,
                        CREATED.plus(Duration.ofHours(random.nextInt(24 * 120)))));
            }
            DealFacts f = new DealFacts(CREATED, a, random.nextBoolean() ? "Software" : "Retail", random.nextBoolean() ? "50" : "5000",
                    random.nextBoolean() ? "CEO" : null, null);
            Instant now = CREATED.plus(Duration.ofDays(random.nextInt(400)));
            Score s = scorer.score(f, now);
            assertThat(s.lines().stream().mapToInt(ScoreLine::points).sum()).isEqualTo(s.total());
            Scorer.Base b = scorer.base(f);
            assertThat(b.points() - Scorer.decay(b.points(), b.activeAt(), now, ScoringRules.DEFAULTS)).isEqualTo(s.total());
            assertThat(s.total()).isNotNegative();
        }
    }

    @Test
    void editedRulesChangeThePointsAndZeroLeavesTheLineOut() {
        Scorer edited = new Scorer(ScoringRules.DEFAULTS.with(Signal.EXPLICIT_REQUEST, 50).with(Signal.FORM_FILLED, 0), IdealCustomerProfile.DEFAULTS);
        Score s = edited.score(facts(List.of(at(InteractionKind.DEMO_REQUEST, Direction.IN, "2026-04-03"),
                at(InteractionKind.FORM_FILLED, Direction.IN, "2026-04-04"))), NOW);
        assertThat(s.total()).isEqualTo(50);
        assertThat(s.lines()).hasSize(1);
    }

    @Test
    void theChecklistEvidenceSaysWhatFitsAndWhatDoesNot() {
        assertThat(IdealCustomerProfile.DEFAULTS.evidence("Software", "50", null, "CEO"))
                .isEqualTo("Industry Software ✓ in profile, 50 employees ✓ in 10–200, CEO ✓ decision authority");
        assertThat(IdealCustomerProfile.DEFAULTS.evidence("Retail", null, null, "Analyst"))
                .isEqualTo("Industry Retail ✗ not in profile, company size unknown, no decision authority known");
    }
}
