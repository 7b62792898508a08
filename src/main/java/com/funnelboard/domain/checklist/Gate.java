package com.funnelboard.domain.checklist;

import com.funnelboard.domain.Stage;

/** One step forward on the path, guarded by a checklist: Lead → Prospect, and so on. */
public record Gate(Stage from, Stage to) {

    public String label() {
        return from.label() + " → " + to.label();
    }
}
