package com.funnelboard.domain.scoring;

import com.funnelboard.domain.Direction;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import java.time.Instant;
import java.util.Objects;

/** What scoring needs of an interaction: its kind, direction and when it happened. */
public record Activity(InteractionKind kind, Direction direction, Instant at) {

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(at, "at");
    }

    public static Activity of(Interaction i) {
        return new Activity(i.kind(), i.direction(), i.occurredAt());
    }
}
