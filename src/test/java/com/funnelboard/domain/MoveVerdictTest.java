package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MoveVerdictTest {

    private final ChecklistEvaluator evaluator = new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH);
    private final Deal lead = ChecklistEvaluatorTest.deal(Stage.LEAD, null, null);
    private final ChecklistEvaluation unmet = evaluator.evaluate(ChecklistEvaluatorTest.leadToProspect(), lead, List.of(), List.of());

    private MoveRequest request(Stage to, String override, LostReason reason, String note) {
        return new MoveRequest(lead.id(), to, List.of(), override, reason, note);
    }

    @Test
    void aFailingGateIsRefusedWithItsUnmetItems() {
        MoveVerdict v = MoveVerdict.judge(Transition.of(Stage.LEAD, Stage.PROSPECT), unmet, request(Stage.PROSPECT, null, null, null));
        assertThat(v.allowed()).isFalse();
        assertThat(v.unmet()).extracting(r -> r.item().code()).containsExactly("two-way", "fits-icp", "has-need");
        assertThat(v.refusal()).contains("3 required items unmet");
    }

    @Test
    void anOverrideNeedsAWrittenReason() {
        assertThat(MoveVerdict.judge(Transition.of(Stage.LEAD, Stage.PROSPECT), unmet, request(Stage.PROSPECT, "   ", null, null))
                .allowed()).isFalse();
        assertThat(MoveVerdict.judge(Transition.of(Stage.LEAD, Stage.PROSPECT), unmet,
                request(Stage.PROSPECT, "Met the CEO at a fair", null, null)).allowed()).isTrue();
    }

    /** A mark is no reason: "x" overrode the gate, and the history kept "x" as why. Three letters of any script are. */
    @Test
    void anOverridesReasonIsWordsNotAMark() {
        Transition forward = Transition.of(Stage.LEAD, Stage.PROSPECT);
        for (String mark : List.of("x", ".", "ok", "?!", "1 2", "--")) {
            MoveVerdict v = MoveVerdict.judge(forward, unmet, request(Stage.PROSPECT, mark, null, null));
            assertThat(v.allowed()).as(mark).isFalse();
            assertThat(v.refusal()).as(mark).contains("is too short (at least 3 letters)");
            assertThat(v.unmet()).as(mark).hasSize(3);
        }
        for (String reason : List.of("CEO", "客户已确认", "Ok by Jo")) {
            assertThat(MoveVerdict.judge(forward, unmet, request(Stage.PROSPECT, reason, null, null)).allowed()).as(reason).isTrue();
        }
        ChecklistEvaluation none = new ChecklistEvaluation(List.of());
        assertThat(MoveVerdict.judge(forward, none, request(Stage.PROSPECT, "x", null, null)).allowed())
                .as("a gate that holds needs no reason, a short one included").isTrue();
    }

    @Test
    void lostNeedsAReasonAndOtherNeedsANote() {
        ChecklistEvaluation none = new ChecklistEvaluation(List.of());
        Transition toLost = Transition.of(Stage.PROSPECT, Stage.LOST);
        assertThat(MoveVerdict.judge(toLost, none, request(Stage.LOST, null, null, null)).allowed()).isFalse();
        assertThat(MoveVerdict.judge(toLost, none, request(Stage.LOST, "override does not help", null, null)).allowed()).isFalse();
        assertThat(MoveVerdict.judge(toLost, none, request(Stage.LOST, null, LostReason.OTHER, " ")).allowed()).isFalse();
        assertThat(MoveVerdict.judge(toLost, none, request(Stage.LOST, null, LostReason.OTHER, "Company closed")).allowed()).isTrue();
        assertThat(MoveVerdict.judge(toLost, none, request(Stage.LOST, null, LostReason.COMPETITOR, null)).allowed()).isTrue();
    }

    @Test
    void backwardMovesAndReopeningNeedNothing() {
        ChecklistEvaluation none = new ChecklistEvaluation(List.of());
        assertThat(MoveVerdict.judge(Transition.of(Stage.OPPORTUNITY, Stage.LEAD), none, MoveRequest.simple(UUID.randomUUID(), Stage.LEAD))
                .allowed()).isTrue();
        assertThat(MoveVerdict.judge(Transition.of(Stage.LOST, Stage.LEAD), none, MoveRequest.simple(UUID.randomUUID(), Stage.LEAD))
                .allowed()).isTrue();
        assertThat(MoveVerdict.judge(Transition.of(Stage.LOST, Stage.WON), none, MoveRequest.simple(UUID.randomUUID(), Stage.WON))
                .allowed()).isFalse();
    }

    @Test
    void fieldChecks() {
        assertThat(Validation.email("jane@acme.example")).isEmpty();
        assertThat(Validation.email("jane@acme")).isPresent();
        assertThat(Validation.email("")).isEmpty();
        assertThat(Validation.phone("+44 20 7946 0000")).isEmpty();
        assertThat(Validation.phone("call me")).isPresent();
        assertThat(Validation.requiredText("  ", "Name", 10)).contains("Name is required");
    }
}
