package com.funnelboard.ui.qualify;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.WonDetails;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Correcting a won deal's record: its final value and close date as recorded to start with,
 * checked as a move to Won checks them. Save is possible once they are valid and differ from what
 * is recorded.
 */
public final class WonCorrectionViewModel implements WonDetailsModel {

    private final Deal deal;
    private final Locale locale;
    private final LocalDate today;
    private final StringProperty finalValue = new SimpleStringProperty(this, "finalValue", "");
    private final ObjectProperty<LocalDate> closedOn = new SimpleObjectProperty<>(this, "closedOn");
    private final StringProperty unreadableDate = new SimpleStringProperty(this, "unreadableDate", "");
    private final ObjectBinding<Map<String, String>> problems;
    private final BooleanBinding canSave;

    /**
     * @param deal a won deal
     * @param locale how the user writes amounts
     * @param today today in the user's zone (the close date may be tomorrow at the latest)
     */
    public WonCorrectionViewModel(Deal deal, Locale locale, LocalDate today) {
        this.deal = deal;
        this.locale = locale;
        this.today = today;
        Money recorded = deal.finalValue() != null ? deal.finalValue() : deal.value();
        String value = recorded == null ? "" : recorded.formatAmount(locale);
        LocalDate day = deal.closedOn() != null ? deal.closedOn() : today;
        finalValue.set(value);
        closedOn.set(day);
        problems = Bindings.createObjectBinding(() -> WonDetailsModel.problems(finalValue.get(), closedOn.get(), unreadableDate.get(), locale,
                today, entry -> WonDetails.check(entry, deal, today)), finalValue, closedOn, unreadableDate);
        boolean unrecorded = deal.finalValue() == null || deal.closedOn() == null;
        canSave = Bindings.createBooleanBinding(() -> problems.get().isEmpty()
                && (unrecorded || !Objects.equals(finalValue.get(), value) || !Objects.equals(closedOn.get(), day)), problems);
    }

    public Deal deal() {
        return deal;
    }

    /** True when Save may be pressed: the details are valid and differ from what is recorded (or nothing is). */
    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** The correction as typed; only meaningful while {@link #canSaveBinding} holds. */
    public WonDetails.Entry entry() {
        return new WonDetails.Entry(finalValue.get(), closedOn.get(), locale);
    }

    @Override
    public StringProperty finalValueProperty() {
        return finalValue;
    }

    @Override
    public ObjectProperty<LocalDate> closedOnProperty() {
        return closedOn;
    }

    @Override
    public StringProperty unreadableDateProperty() {
        return unreadableDate;
    }

    @Override
    public ObjectBinding<Map<String, String>> wonProblemsBinding() {
        return problems;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public LocalDate today() {
        return today;
    }
}
