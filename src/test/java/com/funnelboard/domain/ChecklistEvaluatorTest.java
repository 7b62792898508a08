package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;

import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.DerivedRule;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.testing.Properties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every default rule, evaluated with no database and no JavaFX. */
class ChecklistEvaluatorTest {

    private static final ChecklistEvaluator EVALUATOR = new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH);
    private static final Instant MAR_12 = Instant.parse("2026-03-12T09:30:00Z");

    static ChecklistItem derived(String code, DerivedRule rule, boolean required, Stage from, Stage to) {
        return new ChecklistItem(UUID.randomUUID(), code, from, to, 0, code, required, rule);
    }

    static ChecklistItem checked(String code, boolean required, Stage from, Stage to) {
        return new ChecklistItem(UUID.randomUUID(), code, from, to, 0, code, required, null);
    }

    /** Lead → Prospect exactly as DOMAIN.md lists it. */
    static List<ChecklistItem> leadToProspect() {
        return List.of(
                derived("two-way", DerivedRule.TWO_WAY_COMMUNICATION, true, Stage.LEAD, Stage.PROSPECT),
                checked("fits-icp", true, Stage.LEAD, Stage.PROSPECT),
                checked("has-need", true, Stage.LEAD, Stage.PROSPECT),
                checked("budget", false, Stage.LEAD, Stage.PROSPECT),
                checked("authority", false, Stage.LEAD, Stage.PROSPECT),
                checked("timeline", false, Stage.LEAD, Stage.PROSPECT));
    }

    static List<ChecklistItem> prospectToOpportunity() {
        return List.of(
                derived("buying-signal", DerivedRule.BUYING_SIGNAL, true, Stage.PROSPECT, Stage.OPPORTUNITY),
                checked("detailed-questions", false, Stage.PROSPECT, Stage.OPPORTUNITY),
                derived("value-estimated", DerivedRule.VALUE_ESTIMATED, true, Stage.PROSPECT, Stage.OPPORTUNITY),
                derived("close-date", DerivedRule.CLOSE_DATE_SET, false, Stage.PROSPECT, Stage.OPPORTUNITY),
                checked("budget-confirmed", false, Stage.PROSPECT, Stage.OPPORTUNITY));
    }

    static List<ChecklistItem> opportunityToWon() {
        return List.of(
                checked("proposal-presented", true, Stage.OPPORTUNITY, Stage.WON),
                checked("terms-negotiated", false, Stage.OPPORTUNITY, Stage.WON),
                checked("signed-or-paid", true, Stage.OPPORTUNITY, Stage.WON));
    }

    static Deal deal(Stage stage, Money value, LocalDate close) {
        return new Deal(UUID.randomUUID(), UUID.randomUUID(), "Pilot", stage, value, "EUR", null, close, MAR_12, null, null, null, null, MAR_12, MAR_12);
    }

    static Interaction interaction(Deal d, InteractionKind kind, Direction dir, Instant at) {
        return new Interaction(UUID.randomUUID(), d.contactId(), d.id(), kind, dir, at, null);
    }

    static ItemResult result(ChecklistEvaluation e, String code) {
        return e.results().stream().filter(r -> r.item().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void twoWayCommunicationNeedsAnInboundConversation() {
        Deal d = deal(Stage.LEAD, null, null);
        var outbound = interaction(d, InteractionKind.EMAIL, Direction.OUT, MAR_12);
        var form = interaction(d, InteractionKind.FORM_FILLED, Direction.IN, MAR_12);
        var download = interaction(d, InteractionKind.CONTENT_DOWNLOADED, Direction.IN, MAR_12);
        ChecklistEvaluation oneWay = EVALUATOR.evaluate(leadToProspect(), d, List.of(outbound, form, download), List.of());
        assertThat(result(oneWay, "two-way").holds()).isFalse();
        assertThat(result(oneWay, "two-way").evidence()).isNull();

        var call = interaction(d, InteractionKind.CALL, Direction.IN, MAR_12);
        ChecklistEvaluation twoWay = EVALUATOR.evaluate(leadToProspect(), d, List.of(outbound, call), List.of());
        assertThat(result(twoWay, "two-way").holds()).isTrue();
        assertThat(result(twoWay, "two-way").evidence()).isEqualTo("inbound call, Mar 12");

        // A meeting is two-way whoever set it up: the contact took it (an outbound meeting did not count).
        var meeting = interaction(d, InteractionKind.MEETING, Direction.OUT, MAR_12);
        ChecklistEvaluation met = EVALUATOR.evaluate(leadToProspect(), d, List.of(outbound, meeting), List.of());
        assertThat(result(met, "two-way").holds()).isTrue();
        assertThat(result(met, "two-way").evidence()).isEqualTo("meeting, Mar 12");
        var outboundCall = interaction(d, InteractionKind.CALL, Direction.OUT, MAR_12);
        assertThat(result(EVALUATOR.evaluate(leadToProspect(), d, List.of(outboundCall), List.of()), "two-way").holds())
                .as("a call we made may have reached nobody").isFalse();
    }

    @Test
    void evidenceNamesTheLatestInteraction() {
        Deal d = deal(Stage.LEAD, null, null);
        var older = interaction(d, InteractionKind.EMAIL, Direction.IN, Instant.parse("2026-02-01T10:00:00Z"));
        var newer = interaction(d, InteractionKind.MEETING, Direction.IN, Instant.parse("2026-03-03T10:00:00Z"));
        var e = EVALUATOR.evaluate(leadToProspect(), d, List.of(newer, older), List.of());
        assertThat(result(e, "two-way").evidence()).isEqualTo("inbound meeting, Mar 3");
    }

    @Test
    void leadToProspectNeedsTwoWayAndBothRequiredChecks() {
        Deal d = deal(Stage.LEAD, null, null);
        var reply = interaction(d, InteractionKind.EMAIL, Direction.IN, MAR_12);
        assertThat(EVALUATOR.evaluate(leadToProspect(), d, List.of(), List.of("fits-icp", "has-need")).isSatisfied()).isFalse();
        assertThat(EVALUATOR.evaluate(leadToProspect(), d, List.of(reply), List.of("fits-icp")).unmetRequired())
                .extracting(r -> r.item().code()).containsExactly("has-need");
        assertThat(EVALUATOR.evaluate(leadToProspect(), d, List.of(reply), List.of("fits-icp", "has-need")).isSatisfied()).isTrue();
    }

    @Test
    void optionalItemsNeverBlock() {
        Deal d = deal(Stage.LEAD, null, null);
        var reply = interaction(d, InteractionKind.CHAT, Direction.IN, MAR_12);
        var e = EVALUATOR.evaluate(leadToProspect(), d, List.of(reply), List.of("fits-icp", "has-need"));
        assertThat(e.isSatisfied()).isTrue();
        assertThat(result(e, "budget").holds()).isFalse();
    }

    @Test
    void checkedItemsAreNamedByCodeOrId() {
        Deal d = deal(Stage.OPPORTUNITY, null, null);
        List<ChecklistItem> items = opportunityToWon();
        String proposalId = items.getFirst().id().toString();
        var e = EVALUATOR.evaluate(items, d, List.of(), List.of(proposalId, "SIGNED-OR-PAID"));
        assertThat(e.isSatisfied()).isTrue();
        assertThat(EVALUATOR.evaluate(items, d, List.of(), List.of("proposal-presented")).unmetRequired())
                .extracting(r -> r.item().code()).containsExactly("signed-or-paid");
    }

    @Test
    void derivedItemsCannotBeTickedByHand() {
        Deal d = deal(Stage.LEAD, null, null);
        var e = EVALUATOR.evaluate(leadToProspect(), d, List.of(), List.of("two-way", "fits-icp", "has-need"));
        assertThat(result(e, "two-way").holds()).isFalse();
        assertThat(e.isSatisfied()).isFalse();
    }

    @Test
    void buyingSignalValueAndCloseDate() {
        Deal bare = deal(Stage.PROSPECT, null, null);
        var none = EVALUATOR.evaluate(prospectToOpportunity(), bare, List.of(interaction(bare, InteractionKind.EMAIL, Direction.IN, MAR_12)),
                List.of());
        assertThat(none.unmetRequired()).extracting(r -> r.item().code()).containsExactly("buying-signal", "value-estimated");

        Deal ready = deal(Stage.PROSPECT, new Money(1_250_000, "EUR"), LocalDate.of(2026, 4, 30));
        var demo = interaction(ready, InteractionKind.DEMO_REQUEST, Direction.IN, MAR_12);
        var e = EVALUATOR.evaluate(prospectToOpportunity(), ready, List.of(demo), List.of());
        assertThat(e.isSatisfied()).isTrue();
        assertThat(result(e, "buying-signal").evidence()).isEqualTo("demo request, Mar 12");
        assertThat(result(e, "value-estimated").evidence()).isEqualTo("value €12,500.00");
        assertThat(result(e, "close-date").evidence()).isEqualTo("expected close Apr 30, 2026");

        for (InteractionKind k : List.of(InteractionKind.QUOTE_REQUEST, InteractionKind.PROPOSAL_REQUEST, InteractionKind.CONSULTATION_REQUEST)) {
            assertThat(result(EVALUATOR.evaluate(prospectToOpportunity(), ready, List.of(interaction(ready, k, Direction.IN, MAR_12)),
                    List.of()), "buying-signal").holds()).as(k.label()).isTrue();
        }
        assertThat(result(EVALUATOR.evaluate(prospectToOpportunity(), ready,
                List.of(interaction(ready, InteractionKind.PROPOSAL_SENT, Direction.OUT, MAR_12)), List.of()), "buying-signal").holds())
                .isFalse();
        Deal zero = deal(Stage.PROSPECT, new Money(0, "EUR"), null);
        assertThat(result(EVALUATOR.evaluate(prospectToOpportunity(), zero, List.of(), List.of()), "value-estimated").holds()).isFalse();
    }

    @Test
    void satisfiedExactlyWhenEveryRequiredItemHolds() {
        Set<List<Boolean>> tried = new HashSet<>();
        // Values already tried are skipped, so 1000 examples cover all 16 combinations.
        Properties.qt(1000)
                .forAll(booleans().all(), booleans().all(), booleans().all(), booleans().all())
                .checkAssert((fits, need, budget, reply) -> {
                    tried.add(List.of(fits, need, budget, reply));
                    satisfiedExactlyWhenEveryRequiredItemHolds(fits, need, budget, reply);
                });
        assertThat(tried).as("every combination of ticks and reply tried").hasSize(16);
    }

    private static void satisfiedExactlyWhenEveryRequiredItemHolds(boolean fits, boolean need, boolean budget, boolean reply) {
        Deal d = deal(Stage.LEAD, null, null);
        List<String> ticks = new ArrayList<>();
        if (fits) {
            ticks.add("fits-icp");
        }
        if (need) {
            ticks.add("has-need");
        }
        if (budget) {
            ticks.add("budget");
        }
        List<Interaction> interactions = reply ? List.of(interaction(d, InteractionKind.EMAIL, Direction.IN, MAR_12)) : List.of();
        var e = EVALUATOR.evaluate(leadToProspect(), d, interactions, ticks);
        assertThat(e.isSatisfied()).isEqualTo(fits && need && reply);
        assertThat(e.unmetRequired().isEmpty()).isEqualTo(e.isSatisfied());
    }

    @Test
    void anItemIsNamedByItsWordsUpToTheirFirstColonSemicolonOrBracket() {
        java.util.function.Function<String, String> shortOf = text -> new ChecklistItem(UUID.randomUUID(), "x", Stage.LEAD, Stage.PROSPECT, 0,
                text, true, null).shortText();
        assertThat(shortOf.apply("Fits the ideal customer profile (industry, company size, persona)")).isEqualTo("Fits the ideal customer profile");
        assertThat(shortOf.apply("Budget: able to pay")).isEqualTo("Budget");
        assertThat(shortOf.apply("Terms negotiated; objections addressed")).isEqualTo("Terms negotiated");
        assertThat(shortOf.apply("Signed or paid")).isEqualTo("Signed or paid");
        assertThat(shortOf.apply("(call first) then mail")).isEqualTo("(call first) then mail");
    }
}
