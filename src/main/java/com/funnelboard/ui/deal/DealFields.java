package com.funnelboard.ui.deal;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.service.DealEditing;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The deal form's own fields — title, value (as typed, in the user's locale), currency, expected close, source — and the
 * showing of a stored deal in them: a change of a field is typing, unless it is the form showing a deal.
 */
final class DealFields {

    final StringProperty title;
    final StringProperty value;
    final StringProperty currency;
    final ObjectProperty<LocalDate> closeDate;
    final ObjectProperty<LeadSource> source;
    /** How a closed deal closed, beside its estimate (see {@link DealFormViewModel#closingProperty}); empty for an open one. */
    final javafx.beans.property.ReadOnlyStringWrapper closing;
    /** Whether the deal shown is won (its win can be corrected). */
    final javafx.beans.property.ReadOnlyBooleanWrapper won = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final Locale locale;
    private final java.time.ZoneId zone;
    private boolean loading;

    /**
     * @param zone the user's time zone: the day a deal was lost is told in it
     * @param typed told of each change that is typing
     */
    DealFields(Object bean, Locale locale, java.time.ZoneId zone, Runnable typed) {
        this.locale = locale;
        this.zone = zone;
        closing = new javafx.beans.property.ReadOnlyStringWrapper(bean, "closing", "");
        title = new SimpleStringProperty(bean, "title", "");
        value = new SimpleStringProperty(bean, "value", "");
        currency = new SimpleStringProperty(bean, "currency", "");
        closeDate = new SimpleObjectProperty<>(bean, "closeDate");
        source = new SimpleObjectProperty<>(bean, "source");
        javafx.beans.value.ChangeListener<Object> changed = (o, a, b) -> {
            if (!loading) {
                typed.run();
            }
        };
        for (javafx.beans.value.ObservableValue<?> p : java.util.List.of(title, value, currency, closeDate, source)) {
            p.addListener(changed);
        }
    }

    /**
     * Whether the value's field has the focus: a save while it has leaves its text as typed ("25", not "25.00" with the caret
     * moved to its start, where the next digits went: "00025.00", saved as 25). It is written the locale's way when left.
     */
    private boolean valueInUse;

    void valueInUse(boolean inUse, Deal stored) {
        valueInUse = inUse;
        if (!inUse && stored != null && readsAs(value.get(), stored)) {
            loading = true;
            try {
                value.set(DealDraft.valueText(stored, locale)); // a save under way ends by showing it so
            } finally {
                loading = false;
            }
        }
    }

    /** Whether {@code text} is the deal's value as typed ("25" for 25.00; empty for none). */
    private boolean readsAs(String text, Deal deal) {
        if (deal == null) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return deal.value() == null;
        }
        try {
            return deal.value() != null && com.funnelboard.domain.Money.parse(text, deal.currency(), locale).minor() == deal.value().minor();
        } catch (RuntimeException notAnAmount) {
            return false;
        }
    }

    /** True while the form shows a deal (its fields' changes are not typing). */
    boolean loading() {
        return loading;
    }

    /** Of what the fields hold, only what differs from the deal as stored (null for a field left as it is). */
    DealEditing.Edit edit(Deal stored) {
        return DealDraft.changed(title.get(), value.get(), currency.get(), closeDate.get(), source.get(), stored, locale);
    }

    /**
     * Shows the deal as stored (none: empty fields) in the fields not typed in ({@code mine}: what was typed, null for a
     * field left as it was), with {@code more} (the owner's field) as part of the showing.
     */
    void show(Deal deal, DealEditing.Edit mine, Runnable more) {
        closing.set(ClosingText.of(deal, locale, zone));
        won.set(deal != null && deal.stage() == com.funnelboard.domain.Stage.WON);
        loading = true;
        try {
            if (mine.title() == null) {
                title.set(deal == null ? "" : deal.title());
            }
            if (mine.value() == null && !(valueInUse && readsAs(value.get(), deal))) {
                value.set(DealDraft.valueText(deal, locale));
            }
            if (mine.currency() == null) {
                currency.set(deal == null ? "" : deal.currency());
            }
            if (mine.closeDate() == null && !mine.clearCloseDate()) {
                closeDate.set(deal == null ? null : deal.expectedCloseOn());
            }
            if (mine.source() == null) {
                source.set(deal == null || deal.source() == null ? null : LeadSource.parse(deal.source()).orElse(null));
            }
            more.run();
        } finally {
            loading = false;
        }
    }
}
