package com.funnelboard.domain.checklist;

import com.funnelboard.domain.Stage;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of a gate's qualification checklist, as configured.
 *
 * @param code a stable short name ("fits-icp") that the command line accepts in place of the id
 * @param rule the rule that answers a derived item, or null when the user checks it
 */
public record ChecklistItem(
        UUID id, String code, Stage from, Stage to, int position, String text, boolean required, DerivedRule rule) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
    }

    public boolean isDerived() {
        return rule != null;
    }

    public Gate gate() {
        return new Gate(from, to);
    }

    /** Whether a user's answer names this item, by id or by code. */
    public boolean isNamedBy(String idOrCode) {
        return code.equalsIgnoreCase(idOrCode) || id.toString().equalsIgnoreCase(idOrCode);
    }
}
