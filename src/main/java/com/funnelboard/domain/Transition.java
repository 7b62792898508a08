package com.funnelboard.domain;

import com.funnelboard.domain.checklist.Gate;
import java.util.ArrayList;
import java.util.List;

/**
 * What moving a deal from one stage to another means (DOMAIN.md): forward moves pass every gate on
 * the way, a move to Lost needs a reason, backward moves are free but recorded, and a Lost deal can
 * only be reopened as a Lead.
 */
public sealed interface Transition {

    Stage from();

    Stage to();

    /** Forward along Lead → Prospect → Opportunity → Won, through one or more gates. */
    record Forward(Stage from, Stage to, List<Gate> gates) implements Transition {
        public Forward {
            gates = List.copyOf(gates);
        }
    }

    /** Back along the path (e.g. Opportunity → Prospect): no checklist, but recorded. */
    record Backward(Stage from, Stage to) implements Transition {}

    /** Closing a deal without a sale: needs a lost reason. */
    record ToLost(Stage from) implements Transition {
        @Override
        public Stage to() {
            return Stage.LOST;
        }
    }

    /** A Lost deal starts over as a Lead. */
    record Reopen() implements Transition {
        @Override
        public Stage from() {
            return Stage.LOST;
        }

        @Override
        public Stage to() {
            return Stage.LEAD;
        }
    }

    /** Not a move at all: the deal is already there. */
    record Stay(Stage from) implements Transition {
        @Override
        public Stage to() {
            return from;
        }
    }

    /** A move the rules never allow, with the sentence that says why. */
    record Refused(Stage from, Stage to, String reason) implements Transition {}

    static Transition of(Stage from, Stage to) {
        if (from == to) {
            return new Stay(from);
        }
        if (to == Stage.LOST) {
            return new ToLost(from);
        }
        if (from == Stage.LOST) {
            return to == Stage.LEAD
                    ? new Reopen()
                    : new Refused(from, to, "A lost deal can only be reopened as a Lead; move it to Lead first.");
        }
        if (to.rank() < from.rank()) {
            return new Backward(from, to);
        }
        List<Gate> gates = new ArrayList<>();
        for (Stage s = from; s != to; s = s.next().orElseThrow()) {
            gates.add(new Gate(s, s.next().orElseThrow()));
        }
        return new Forward(from, to, gates);
    }
}
