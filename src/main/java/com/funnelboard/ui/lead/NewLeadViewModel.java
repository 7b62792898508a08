package com.funnelboard.ui.lead;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.NewLead;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.List;
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
    /** Whether the user ticked or unticked the offer themselves (the name typed no longer decides it). */
    private boolean chosen;
    private final ObjectProperty<ContactService.LookAlike> existing = new SimpleObjectProperty<>(this, "existing");
    private final javafx.beans.property.BooleanProperty addToExisting = new javafx.beans.property.SimpleBooleanProperty(this, "addToExisting");

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
        this(defaultCurrency, locale, organizationsStarting, typed -> java.util.concurrent.CompletableFuture.completedFuture(java.util.List.of()));
    }

    /**
     * @param locale the locale the value is typed in
     * @param organizationsStarting the stored organizations a typed name may mean, answered on the FX thread
     * @param lookAlikesOf the stored contacts the lead's contact would look like, answered on the FX thread
     */
    public NewLeadViewModel(String defaultCurrency, Locale locale,
            java.util.function.Function<String, java.util.concurrent.CompletionStage<java.util.List<String>>> organizationsStarting,
            java.util.function.Function<ContactService.Typed, java.util.concurrent.CompletionStage<java.util.List<ContactService.LookAlike>>> lookAlikesOf) {
        this.locale = locale;
        com.funnelboard.ui.common.TypedLookups.lookAlikes(contactName, organization, email, phone, lookAlikesOf, found -> {
            // By address or number only: a similar name at the same organization may be a colleague.
            ContactService.LookAlike first = found.stream()
                    .filter(l -> !l.reasons().equals(java.util.Set.of(DuplicateFinder.Reason.SIMILAR_NAME))).findFirst().orElse(null);
            // The same person found again (each look-up names the typed contact anew) is no new offer.
            ContactService.LookAlike shown = existing.get();
            if (first == null || shown == null || !first.second().id().equals(shown.second().id()) || !first.reasons().equals(shown.reasons())) {
                existing.set(first);
            }
        });
        // Ticked where it is surely the same person: the same email, or a name like theirs. A number alone with another name is
        // offered unticked: colleagues share a switchboard, and "Heinz" went to Jürgen's record because the box was ticked.
        existing.addListener((o, was, now) -> {
            chosen = false;
            addToExisting.set(surelyTheSame(now));
        });
        // The name as it is typed ticks it or not, until the user ticks or unticks it themselves.
        contactName.addListener((o, was, now) -> {
            if (!chosen && existing.get() != null) {
                addToExisting.set(surelyTheSame(existing.get()));
            }
        });
        // The name typed in full is no suggestion: the lead goes to that organization as it is.
        com.funnelboard.ui.common.TypedLookups.suggestOrganizations(organization, organizationsStarting, organizations);
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

    /**
     * Tells {@code changed} each time a field, the source or the currency changes (the form keeps its
     * draft as typed); returns what stops it.
     */
    public Runnable onChange(Runnable changed) {
        javafx.beans.InvalidationListener told = o -> changed.run();
        List<javafx.beans.Observable> all = new java.util.ArrayList<>(fields().values());
        all.add(source);
        all.add(currency);
        all.forEach(p -> p.addListener(told));
        return () -> all.forEach(p -> p.removeListener(told));
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

    private boolean surelyTheSame(ContactService.LookAlike found) {
        return found != null && (found.reasons().contains(DuplicateFinder.Reason.SAME_EMAIL) || contactName.get().isBlank()
                || DuplicateFinder.similarNames(contactName.get(), found.second().name()));
    }

    /**
     * A stored contact with the email address or phone number typed (the first, by name), null
     * when none: the lead's deal can go to them instead of to a second record of the same person.
     */
    public javafx.beans.property.ReadOnlyObjectProperty<ContactService.LookAlike> existingContact() {
        return existing;
    }

    /** Whether the deal goes to {@link #existingContact()} (chosen whenever one is found; the user may untick it). */
    public javafx.beans.property.BooleanProperty addToExistingProperty() {
        return addToExisting;
    }

    /** The user's own answer to the offer (the form's check box). */
    public void choose(boolean addToThem) {
        chosen = true;
        addToExisting.set(addToThem);
    }

    /** The stored contact the deal goes to, null for a new contact. */
    public java.util.UUID existingContactId() {
        ContactService.LookAlike l = existing.get();
        return l != null && addToExisting.get() ? l.second().id() : null;
    }

    /** What the choice says: "Add the deal to Ida Berg (same email) instead of a new contact". */
    public static String existingSentence(ContactService.LookAlike l) {
        return "Add the deal to " + l.second().name() + " (" + l.reasons().stream().sorted().map(DuplicateFinder.Reason::label)
                .collect(java.util.stream.Collectors.joining(", ")) + ") instead of a new contact";
    }

    /** The locale amounts are typed in (and whose country's phone numbers the form shows as its example). */
    public Locale locale() {
        return locale;
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
