package com.funnelboard.ui.deal;

import com.funnelboard.service.DealEditing;
import java.util.Map;

/**
 * Texts typed in a deal's form that the rules refused, with why: shown again with the deal, and
 * kept on this installation as texts (see {@link DealEditing#draft}) for after a quit.
 */
record DealDraft(DealEditing.Edit edit, Map<String, String> problems, boolean typing) {
    private static final String WHY = "why.";
    /** Marks a draft kept as it was typed, before its save (not one the rules refused). */
    private static final String TYPING = "typing";

    DealDraft(DealEditing.Edit edit, Map<String, String> problems) {
        this(edit, problems, false);
    }

    Map<String, String> texts() {
        Map<String, String> t = new java.util.HashMap<>();
        if (edit.title() != null) {
            t.put(DealFormViewModel.TITLE, edit.title());
        }
        if (edit.value() != null) {
            t.put(DealFormViewModel.VALUE, edit.value());
        }
        if (edit.currency() != null) {
            t.put(DealFormViewModel.CURRENCY, edit.currency());
        }
        problems.forEach((field, why) -> t.put(WHY + field, why));
        if (typing && !t.isEmpty()) {
            t.put(TYPING, "1");
        }
        return t;
    }

    /** Puts the texts typed back into the form's fields (those the draft holds). */
    void fill(javafx.beans.property.StringProperty title, javafx.beans.property.StringProperty value,
            javafx.beans.property.StringProperty currency) {
        if (edit.title() != null) {
            title.set(edit.title());
        }
        if (edit.value() != null) {
            value.set(edit.value());
        }
        if (edit.currency() != null) {
            currency.set(edit.currency());
        }
    }

    /** What the form's status says of it: why it was refused, or that it was typed before the deal went to the trash. */
    String status() {
        if (typing && problems.isEmpty()) {
            return "Not saved yet: typed before Funnelboard closed"; // saved as any typing is; Ctrl+Z puts back the stored text
        }
        return problems.isEmpty() ? "Not saved yet: typed before the deal was moved to the trash"
                : "Not saved yet: " + String.join("; ", problems.values());
    }

    /** Of what the form holds, only what differs from the deal as stored (null for a field left as it is). */
    static DealEditing.Edit changed(String title, String value, String currency, java.time.LocalDate close,
            com.funnelboard.domain.LeadSource source, com.funnelboard.domain.Deal stored, java.util.Locale locale) {
        String typedValue = value == null ? "" : value;
        String typedCurrency = currency == null ? "" : currency.strip();
        return new DealEditing.Edit(
                java.util.Objects.equals(title, stored.title()) ? null : title,
                typedValue.strip().equals(valueText(stored, locale)) ? null : typedValue,
                typedCurrency.equalsIgnoreCase(stored.currency()) ? null : typedCurrency,
                java.util.Objects.equals(close, stored.expectedCloseOn()) ? null : close,
                close == null && stored.expectedCloseOn() != null,
                java.util.Objects.equals(source == null ? null : source.key(), stored.source()) ? null : source);
    }

    /** A deal's value as the form shows it, in the user's locale ("12,500.00"); empty for none. */
    static String valueText(com.funnelboard.domain.Deal d, java.util.Locale locale) {
        return d == null || d.value() == null ? "" : d.value().formatAmount(locale);
    }

    static DealDraft of(Map<String, String> texts) {
        Map<String, String> why = new java.util.HashMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith(WHY)) {
                why.put(k.substring(WHY.length()), v);
            }
        });
        DealEditing.Edit typed = new DealEditing.Edit(texts.get(DealFormViewModel.TITLE), texts.get(DealFormViewModel.VALUE),
                texts.get(DealFormViewModel.CURRENCY), null, false, null);
        return new DealDraft(typed, Map.copyOf(why), texts.containsKey(TYPING));
    }
}
