package com.funnelboard.ui.deal;

import com.funnelboard.service.DealEditing;
import java.util.Map;

/**
 * Texts typed in a deal's form that the rules refused, with why: shown again with the deal, and
 * kept on this installation as texts (see {@link DealEditing#draft}) for after a quit.
 */
record DealDraft(DealEditing.Edit edit, Map<String, String> problems, boolean typing, Map<String, String> over) {
    private static final String WHY = "why.";
    /** Before a field's name: the text the typing was typed over (a typing draft only). */
    private static final String OVER = "over.";
    /** Marks a draft kept as it was typed, before its save (not one the rules refused). */
    private static final String TYPING = "typing";

    DealDraft(DealEditing.Edit edit, Map<String, String> problems) {
        this(edit, problems, false, Map.of());
    }

    DealDraft(DealEditing.Edit edit, Map<String, String> problems, boolean typing) {
        this(edit, problems, typing, Map.of());
    }

    /** Typing kept before its save, with the texts of {@code stored} it was typed over. */
    static DealDraft typing(DealEditing.Edit edit, com.funnelboard.domain.Deal stored, java.util.Locale locale) {
        Map<String, String> over = new java.util.HashMap<>();
        over.put(DealFormViewModel.TITLE, stored.title());
        over.put(DealFormViewModel.VALUE, valueText(stored, locale));
        over.put(DealFormViewModel.CURRENCY, stored.currency() == null ? "" : stored.currency());
        return new DealDraft(edit, Map.of(), true, over);
    }

    /**
     * This typing without the fields changed since it was typed (by a teammate's merge, a command): {@code said} gets, for
     * each, its name, what was typed and what it is now. A draft that does not say what it was typed over is as it is.
     */
    DealDraft withoutChangedSince(com.funnelboard.domain.Deal now, java.util.Locale locale, java.util.List<String> said) {
        if (!typing || over.isEmpty() || now == null) {
            return this;
        }
        String title = keep(DealFormViewModel.TITLE, "title", edit.title(), now.title(), said);
        String value = keep(DealFormViewModel.VALUE, "value", edit.value(), valueText(now, locale), said);
        String currency = keep(DealFormViewModel.CURRENCY, "currency", edit.currency(), now.currency() == null ? "" : now.currency(), said);
        return new DealDraft(new DealEditing.Edit(title, value, currency, edit.closeDate(), edit.clearCloseDate(), edit.source()), problems,
                typing, over);
    }

    private String keep(String field, String words, String typed, String stored, java.util.List<String> said) {
        String was = over.get(field);
        if (typed == null || was == null || was.equals(stored)) {
            return typed;
        }
        said.add(com.funnelboard.ui.common.ChangedSince.field(words, typed, stored));
        return null;
    }

    /** Whether the draft holds any text to put back. */
    boolean holdsText() {
        return edit.title() != null || edit.value() != null || edit.currency() != null || !problems.isEmpty();
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
            over.forEach((field, text) -> t.put(OVER + field, text));
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
        Map<String, String> over = new java.util.HashMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith(WHY)) {
                why.put(k.substring(WHY.length()), v);
            } else if (k.startsWith(OVER)) {
                over.put(k.substring(OVER.length()), v);
            }
        });
        DealEditing.Edit typed = new DealEditing.Edit(texts.get(DealFormViewModel.TITLE), texts.get(DealFormViewModel.VALUE),
                texts.get(DealFormViewModel.CURRENCY), null, false, null);
        return new DealDraft(typed, Map.copyOf(why), texts.containsKey(TYPING), Map.copyOf(over));
    }
}
