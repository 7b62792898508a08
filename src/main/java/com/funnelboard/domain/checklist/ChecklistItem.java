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

    /**
     * The item's words up to their first colon, semicolon or bracket ("Fits the ideal customer profile" of "Fits the ideal
     * customer profile (industry, company size, persona)"), to name it in a list; the whole text where nothing comes before one.
     */
    public String shortText() {
        int cut = text.length();
        for (char c : new char[] {':', ';', '('}) {
            int at = text.indexOf(c);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String s = text.substring(0, cut).strip();
        return s.isEmpty() ? text.strip() : s;
    }

    /** Whether a user's answer names this item, by id or by code. */
    public boolean isNamedBy(String idOrCode) {
        return code.equalsIgnoreCase(idOrCode) || id.toString().equalsIgnoreCase(idOrCode);
    }
}
