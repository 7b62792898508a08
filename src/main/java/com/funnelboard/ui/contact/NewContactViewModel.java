package com.funnelboard.ui.contact;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.service.ContactService;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "New contact" form: name, organization, email, phone and job title, validated as they
 * change, and the stored contacts it would look like (the same email or phone, a similar name in
 * the same organization), looked up in the background as it is typed.
 */
public final class NewContactViewModel {

    public static final String NAME = ContactProfile.NAME;
    public static final String ORGANIZATION = ContactProfile.ORGANIZATION;
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String TITLE = ContactProfile.TITLE;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty organization = new SimpleStringProperty(this, "organization", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectBinding<Map<String, String>> problems;
    private final ObservableList<String> organizations = FXCollections.observableArrayList();
    private final ObservableList<ContactService.LookAlike> lookAlikes = FXCollections.observableArrayList();
    private final String phoneExample;

    /** A phone number as people here write one ("+49 30 123456"), for the field's prompt. */
    public String phoneExample() {
        return phoneExample;
    }

    /**
     * @param organizationsStarting the stored organizations a typed name may mean, answered on the FX thread
     * @param lookAlikesOf the stored contacts the typed one would look like, answered on the FX thread
     */
    public NewContactViewModel(Function<String, CompletionStage<List<String>>> organizationsStarting,
            Function<ContactService.Typed, CompletionStage<List<ContactService.LookAlike>>> lookAlikesOf) {
        this(organizationsStarting, lookAlikesOf, java.util.Locale.UK);
    }

    /** @param locale whose country's phone numbers the form shows as its example */
    public NewContactViewModel(Function<String, CompletionStage<List<String>>> organizationsStarting,
            Function<ContactService.Typed, CompletionStage<List<ContactService.LookAlike>>> lookAlikesOf, java.util.Locale locale) {
        this.phoneExample = DuplicateFinder.examplePhone(locale);
        com.funnelboard.ui.common.TypedLookups.suggestOrganizations(organization, organizationsStarting, organizations);
        com.funnelboard.ui.common.TypedLookups.lookAlikes(name, organization, email, phone, lookAlikesOf, lookAlikes::setAll);
        problems = Bindings.createObjectBinding(this::problemsNow, name, organization, email, phone, title);
    }

    private Map<String, String> problemsNow() {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        Map<String, String> profile = toProfile(UUID.randomUUID()).problems();
        put(p, NAME, profile.get(ContactProfile.NAME));
        if (!organization.get().isBlank()) {
            String org = new OrganizationProfile(UUID.randomUUID(), organization.get(), null, null, null, null).problems().get(OrganizationProfile.NAME);
            put(p, ORGANIZATION, org == null ? null : org.replaceFirst("^Name ", "Organization "));
        }
        put(p, EMAIL, profile.get(ContactProfile.EMAILS) == null ? null : profile.get(ContactProfile.EMAILS).replaceFirst(": .*$", ""));
        put(p, PHONE, profile.get(ContactProfile.PHONES) == null ? null : profile.get(ContactProfile.PHONES).replaceFirst(": .*$", ""));
        put(p, TITLE, profile.get(ContactProfile.TITLE));
        return p;
    }

    private static void put(Map<String, String> p, String key, String problem) {
        if (problem != null) {
            p.put(key, problem);
        }
    }

    /** The contact as typed, with {@code id} and no organization (the service puts it in the one named). */
    public ContactProfile toProfile(UUID id) {
        return new ContactProfile(id, null, name.get(), blankToNull(title.get()), List.of(email.get()), List.of(phone.get()), null, null, null,
                null, null, null, List.of(), null, null);
    }

    /** The organization's name as typed, null when none. */
    public String organizationName() {
        return blankToNull(organization.get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether anything was typed. */
    public boolean typed() {
        return java.util.stream.Stream.of(name, organization, email, phone, title).anyMatch(p -> !p.get().isBlank());
    }

    /** The contacts the typed one would look like, in one sentence ("Looks like Jane Doe (same email)."); empty when none. */
    public static String lookAlikeSentence(List<ContactService.LookAlike> found) {
        if (found.isEmpty()) {
            return "";
        }
        String who = found.stream().limit(3).map(l -> l.second().name() + " (" + l.reasons().stream().sorted()
                .map(DuplicateFinder.Reason::label).collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; "));
        String more = found.size() > 3 ? " and " + (found.size() - 3) + " more" : "";
        return "Looks like " + who + more + ".";
    }

    public ObjectBinding<Map<String, String>> problemsBinding() {
        return problems;
    }

    public boolean valid() {
        return problems.get().isEmpty();
    }

    public ObservableList<ContactService.LookAlike> lookAlikes() {
        return lookAlikes;
    }

    public ObservableList<String> organizationSuggestions() {
        return organizations;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty titleProperty() {
        return title;
    }
}
