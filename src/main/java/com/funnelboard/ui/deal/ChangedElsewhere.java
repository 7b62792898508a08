package com.funnelboard.ui.deal;

import com.funnelboard.domain.Deal;
import com.funnelboard.service.DealEditing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the deal form says when a field typed in and not saved yet was changed elsewhere meanwhile (a command, a
 * teammate's merge, an undo): the typing is kept and will replace it when saved, and Ctrl+Z takes it back. Said
 * nowhere, the field went on showing the typing and the other value was overwritten without anyone knowing.
 */
final class ChangedElsewhere {

    private ChangedElsewhere() {}

    /**
     * "Changed elsewhere while you typed: Value (now €8,000). What you typed replaces it when saved; Ctrl+Z in the field
     * takes yours back." Empty when no field typed in changed.
     */
    static String of(DealEditing.Edit mine, Deal before, Deal now, Locale locale) {
        List<String> fields = new ArrayList<>();
        if (mine.title() != null && !Objects.equals(before.title(), now.title())) {
            fields.add("Title (now \u201C" + now.title() + "\u201D)");
        }
        if (mine.value() != null && !Objects.equals(before.value(), now.value())) {
            fields.add("Value (now " + (now.value() == null ? "none" : now.value().format(locale)) + ")");
        }
        if (mine.currency() != null && !Objects.equals(before.currency(), now.currency())) {
            fields.add("Currency (now " + now.currency() + ")");
        }
        if ((mine.closeDate() != null || mine.clearCloseDate()) && !Objects.equals(before.expectedCloseOn(), now.expectedCloseOn())) {
            fields.add("Expected close (now " + (now.expectedCloseOn() == null ? "none" : now.expectedCloseOn()) + ")");
        }
        if (mine.source() != null && !Objects.equals(before.source(), now.source())) {
            fields.add("Source (now " + (now.source() == null ? "none" : now.source()) + ")");
        }
        return fields.isEmpty() ? ""
                : "Changed elsewhere while you typed: " + String.join(", ", fields)
                        + ". What you typed replaces it when saved; Ctrl+Z in the field takes yours back.";
    }
}
