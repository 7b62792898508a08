package com.funnelboard.domain;

import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.domain.checklist.ItemResult;
import java.util.List;

/**
 * Whether a move may be committed: the single rule both the dialog and the command line obey.
 *
 * @param refusal the sentence that explains a refusal, or null when the move is allowed
 * @param unmet the required checklist items that do not hold (empty unless a gate failed)
 */
public record MoveVerdict(String refusal, List<ItemResult> unmet) {

    public MoveVerdict {
        unmet = List.copyOf(unmet);
    }

    public boolean allowed() {
        return refusal == null;
    }

    public static MoveVerdict judge(Transition transition, ChecklistEvaluation evaluation, MoveRequest request) {
        return switch (transition) {
            case Transition.Refused r -> refuse(r.reason(), List.of());
            case Transition.Stay s -> refuse("The deal is already in " + s.from().label() + ".", List.of());
            case Transition.ToLost l -> {
                if (request.lostReason() == null) {
                    yield refuse("Moving a deal to Lost needs a lost reason.", List.of());
                }
                if (request.lostReason().needsNote() && request.lostNote() == null) {
                    yield refuse("Describe the lost reason \"Other\" in a note.", List.of());
                }
                yield new MoveVerdict(null, List.of());
            }
            case Transition.Forward f -> {
                if (evaluation.isSatisfied()) {
                    yield new MoveVerdict(null, List.of());
                }
                if (request.isOverride()) {
                    yield OverrideReasons.enough(request.overrideReason()) ? new MoveVerdict(null, List.of())
                            : refuse(OverrideReasons.tooShort(request.overrideReason()), evaluation.unmetRequired());
                }
                List<ItemResult> unmet = evaluation.unmetRequired();
                yield refuse(
                        "The " + f.to().label() + " checklist is not satisfied: " + unmet.size()
                                + (unmet.size() == 1 ? " required item unmet. Meet it" : " required items unmet. Meet them") + " or override with a reason.",
                        unmet);
            }
            case Transition.Backward b -> new MoveVerdict(null, List.of());
            case Transition.Reopen r -> new MoveVerdict(null, List.of());
        };
    }

    private static MoveVerdict refuse(String why, List<ItemResult> unmet) {
        return new MoveVerdict(why, unmet);
    }
}
