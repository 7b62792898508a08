package com.funnelboard.ui.lead;

import com.funnelboard.domain.LeadSource;
import com.funnelboard.service.NewLead;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "New lead" form's fields, validated as they change. */
public final class NewLeadViewModel {

    private final StringProperty contactName = new SimpleStringProperty(this, "contactName", "");
    private final StringProperty organization = new SimpleStringProperty(this, "organization", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ObjectProperty<LeadSource> source = new SimpleObjectProperty<>(this, "source");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency");
    private final Locale locale;
    private final ObjectBinding<Map<String, String>> problems;
    private final BooleanBinding valid;
    private final javafx.collections.ObservableList<String> organizations = javafx.collections.FXCollections.observableArrayList();
    private long asked;

    /** @param locale the locale the value is typed in */
    public NewLeadViewModel(String defaultCurrency, Locale locale) {
        this(defaultCurrency, locale, typed -> java.util.concurrent.CompletableFuture.completedFuture(java.util.List.of()));
    }

    /**
     * @param locale the locale the value is typed in
     * @param organizationsStarting the stored organizations a typed name may mean, answered on the FX thread
     */
    public NewLeadViewModel(String defaultCurrency, Locale locale,
            java.util.function.Function<String, java.util.concurrent.CompletionStage<java.util.List<String>>> organizationsStarting) {
        this.locale = locale;
        organization.addListener((o, was, typed) -> {
            long ask = ++asked; // an answer for text typed before is not shown
            if (typed.isBlank()) {
                organizations.clear();
                return;
            }
            organizationsStarting.apply(typed.strip()).thenAccept(names -> {
                if (ask == asked) {
                    // The name typed in full is no suggestion: the lead goes to that organization as it is.
                    organizations.setAll(names.stream().filter(n -> !n.equalsIgnoreCase(typed.strip())).toList());
                }
            });
        });
        currency.set(defaultCurrency);
        Observable[] deps = {contactName, organization, email, phone, source, title, value, currency};
        problems = Bindings.createObjectBinding(() -> toLead().problems(), deps);
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
    }

    /** Whether anything was typed or chosen (the currency, which the form starts with, aside). */
    public boolean typed() {
        return java.util.stream.Stream.of(contactName, organization, email, phone, title, value).anyMatch(p -> !p.get().isBlank())
                || source.get() != null;
    }

    /** Empties the form (the currency stays). */
    public void clear() {
        java.util.stream.Stream.of(contactName, organization, email, phone, title, value).forEach(p -> p.set(""));
        source.set(null);
    }

    /** What was typed, field by field (blank fields left out; the currency with them): kept as a draft. */
    public Map<String, String> draft() {
        if (!typed()) {
            return Map.of();
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields().forEach((name, p) -> {
            if (!p.get().isBlank()) {
                fields.put(name, p.get());
            }
        });
        if (source.get() != null) {
            fields.put("source", source.get().name());
        }
        fields.put("currency", currency.get());
        return fields;
    }

    /** Puts a draft back into the form (a field or source it does not know is left alone). */
    public void restore(Map<String, String> draft) {
        fields().forEach((name, p) -> p.set(draft.getOrDefault(name, p.get())));
        java.util.Arrays.stream(LeadSource.values()).filter(s -> s.name().equals(draft.get("source"))).findFirst().ifPresent(source::set);
        if (draft.get("currency") != null && draft.get("currency").matches("[A-Z]{3}")) {
            currency.set(draft.get("currency"));
        }
    }

    private Map<String, StringProperty> fields() {
        return Map.of("contact", contactName, "organization", organization, "email", email, "phone", phone, "title", title, "value", value);
    }

    public NewLead toLead() {
        return new NewLead(contactName.get(), organization.get(), email.get(), phone.get(), source.get(), title.get(), value.get(),
                currency.get(), locale);
    }

    /** An amount as it is typed in the user's locale: "12,500" in English, "12.500" in German. */
    public String valueExample() {
        return NumberFormat.getIntegerInstance(locale).format(12_500).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** The problem of each field that has one (keys are {@link NewLead}'s field names). */
    public ObjectBinding<Map<String, String>> problemsBinding() {
        return problems;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public StringProperty contactNameProperty() {
        return contactName;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    /**
     * Stored organizations whose name, or a word of it, starts with what is typed in Organization:
     * taking one puts the lead with that organization instead of making a second one by another
     * spelling ("Nordwind" for "Nordwind AB").
     */
    public javafx.collections.ObservableList<String> organizationSuggestions() {
        return organizations;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<LeadSource> sourceProperty() {
        return source;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty currencyProperty() {
        return currency;
    }
}
