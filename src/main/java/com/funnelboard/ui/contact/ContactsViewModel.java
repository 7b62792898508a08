package com.funnelboard.ui.contact;

import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ContactService;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.UiExecutors;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Contacts and Organizations lists: every record, filtered by a search text, read off the FX thread. */
public final class ContactsViewModel {

    /** The lists show at most this many rows; the search narrows them. */
    public static final int LIMIT = 5_000;

    /** How many rows a list reads ({@link #LIMIT}; fewer in tests). */
    private int limit = LIMIT;

    /** Lists at most {@code rows} rows (a test's few instead of 5,000). */
    void limitTo(int rows) {
        this.limit = rows;
    }

    private final ContactService contacts;
    private final UiExecutors executors;
    private final StringProperty contactSearch = new SimpleStringProperty(this, "contactSearch", "");
    private final StringProperty orgSearch = new SimpleStringProperty(this, "orgSearch", "");
    private final ObservableList<ContactSummary> contactRows = FXCollections.observableArrayList();
    private final ObservableList<OrganizationSummary> orgRows = FXCollections.observableArrayList();
    private final ObservableList<ContactSummary> orgContacts = FXCollections.observableArrayList();
    private final ChangeFollower changes;
    /** Set on the FX thread when the lists are first read, read on the publishing thread. */
    private volatile boolean shown;

    /**
     * @param feed what the lists follow once they were first read: changes to contacts, their
     *     addresses, organizations and deals
     */
    public ContactsViewModel(ContactService contacts, ChangeFeed feed, UiExecutors executors) {
        this(contacts, feed, executors, java.util.Locale.UK);
    }

    private final java.util.Locale locale;

    /** @param locale the user's (New contact's example phone number is of its country) */
    public ContactsViewModel(ContactService contacts, ChangeFeed feed, UiExecutors executors, java.util.Locale locale) {
        this.locale = locale;
        this.contacts = contacts;
        this.executors = executors;
        contactSearch.addListener((o, a, b) -> refreshContacts());
        orgSearch.addListener((o, a, b) -> refreshOrganizations());
        this.changes = ChangeFollower.follow(feed, executors, n -> shown && n.touchesAny(ChangeNotice.CONTACT, ChangeNotice.ORGANIZATION,
                ChangeNotice.EMAIL_ADDRESS, ChangeNotice.PHONE_NUMBER, ChangeNotice.DEAL), batch -> follow());
    }

    /** The lists, and the contacts and fields of the organization shown, as they now are. */
    private CompletableFuture<Void> follow() {
        java.util.UUID org = orgId.get();
        CompletableFuture<Void> people = org == null ? CompletableFuture.completedFuture(null)
                : executors.watch("organization-contacts", "The organization's contacts could not be listed",
                        () -> executors.supply(() -> java.util.Map.entry(contacts.contactsOf(org),
                                java.util.Optional.ofNullable(contacts.organizationForms().ifLive(org)))).thenAccept(read -> {
                            if (org.equals(orgId.get())) {
                                orgContacts.setAll(read.getKey());
                                read.getValue().ifPresent(this::showChangedElsewhere);
                            }
                        }));
        return CompletableFuture.allOf(refresh(), people);
    }

    /**
     * The organization as stored now, in the fields not typed in: a merge's website and address showed only once another row
     * was chosen, and the form's empty fields were then saved over them.
     */
    private void showChangedElsewhere(com.funnelboard.domain.OrganizationProfile org) {
        java.util.Map<String, String> stored = java.util.Map.of(com.funnelboard.domain.OrganizationProfile.NAME, nz(org.name()),
                com.funnelboard.domain.OrganizationProfile.WEBSITE, nz(org.website()), com.funnelboard.domain.OrganizationProfile.INDUSTRY,
                nz(org.industry()), com.funnelboard.domain.OrganizationProfile.COMPANY_SIZE, nz(org.companySize()),
                com.funnelboard.domain.OrganizationProfile.ADDRESS, nz(org.address()));
        java.util.Map<String, String> shownNow = new java.util.HashMap<>(orgShown);
        loadingOrg = true;
        try {
            stored.forEach((k, v) -> {
                StringProperty field = organizationField(k);
                if (java.util.Objects.equals(field.get(), orgShown.get(k))) {
                    field.set(v); // not typed in: as stored now
                    shownNow.put(k, v);
                }
            });
        } finally {
            loadingOrg = false;
        }
        orgShown = shownNow;
    }

    public StringProperty contactSearchProperty() {
        return contactSearch;
    }

    public StringProperty organizationSearchProperty() {
        return orgSearch;
    }

    public ObservableList<ContactSummary> contacts() {
        return contactRows;
    }

    public ObservableList<OrganizationSummary> organizations() {
        return orgRows;
    }

    /** Reads the Contacts list for the search text; a failure shows in the status bar with Retry. */
    public CompletableFuture<Void> refreshContacts() {
        return executors.watch("contacts", "The contacts could not be listed",
                () -> read(contactSearch, contactsAsked, contactRows, contactsCut, contacts::contacts, contacts::countContacts, "contacts"));
    }

    /** Reads the Organizations list for the search text; a failure shows in the status bar with Retry. */
    public CompletableFuture<Void> refreshOrganizations() {
        return executors.watch("organizations", "The organizations could not be listed", () -> read(orgSearch, organizationsAsked, orgRows,
                organizationsCut, contacts::organizations, contacts::countOrganizations, "organizations"));
    }

    /**
     * Reads a list for its search's words, at most {@link #limit} rows, with how many the search finds when it is cut. A read
     * of words typed on since is skipped: only the newest are read (each letter's read was queued and run, and on 100,000
     * contacts the list followed "analytics" 10 s late).
     */
    private <T> CompletableFuture<Void> read(StringProperty search, java.util.concurrent.atomic.AtomicReference<String> asked,
            ObservableList<T> rows, javafx.beans.property.ReadOnlyStringWrapper cutSaid, java.util.function.BiFunction<String, Integer, List<T>> list,
            java.util.function.ToIntFunction<String> count, String what) {
        String text = search.get();
        asked.set(text);
        return executors.supply(() -> {
            if (!text.equals(asked.get())) {
                return null;
            }
            List<T> found = list.apply(text, limit);
            return java.util.Map.entry(found, found.size() < limit ? found.size() : count.applyAsInt(text));
        }).thenAccept(read -> {
            if (read != null && text.equals(search.get())) {
                rows.setAll(read.getKey());
                cutSaid.set(cut(read.getKey().size(), read.getValue(), what));
            }
        });
    }

    /** The words each list was last asked to read (set on the FX thread, looked at by the reads). */
    private final java.util.concurrent.atomic.AtomicReference<String> contactsAsked = new java.util.concurrent.atomic.AtomicReference<>("");
    private final java.util.concurrent.atomic.AtomicReference<String> organizationsAsked = new java.util.concurrent.atomic.AtomicReference<>("");

    private final javafx.beans.property.ReadOnlyStringWrapper contactsCut = new javafx.beans.property.ReadOnlyStringWrapper(this, "contactsCut", "");
    private final javafx.beans.property.ReadOnlyStringWrapper organizationsCut = new javafx.beans.property.ReadOnlyStringWrapper(this, "organizationsCut", "");

    /**
     * What the Contacts list leaves out, in a sentence ("" when it lists every contact the search finds): it stopped at
     * the first 5,000 without a word, and sorting ordered those alone.
     */
    public javafx.beans.property.ReadOnlyStringProperty contactsCutProperty() {
        return contactsCut.getReadOnlyProperty();
    }

    /** As {@link #contactsCutProperty()}, for the Organizations list. */
    public javafx.beans.property.ReadOnlyStringProperty organizationsCutProperty() {
        return organizationsCut.getReadOnlyProperty();
    }

    /** "The first 5,000 of 100,000 contacts by name: type in the search to find the others (sorting orders these 5,000)." */
    static String cut(int shown, int found, String what) {
        return found <= shown ? "" : String.format(java.util.Locale.ROOT, "The first %,d of %,d %s by name: type in the search to find the "
                + "others (sorting orders these %,d).", shown, found, what, shown);
    }

    /** Reads both lists; from then on they follow every change that shows in them. */
    public CompletableFuture<Void> refresh() {
        shown = true;
        return CompletableFuture.allOf(refreshContacts(), refreshOrganizations());
    }

    /** A new, empty "New contact" form, its suggestions and look-alikes read in the background. */
    public NewContactViewModel newContactForm() {
        return new NewContactViewModel(typed -> executors.problems().logFailure("Organizations could not be suggested",
                executors.supply(() -> contacts.organizationsStarting(typed, 8))), this::lookAlikesOfNew, locale);
    }

    /** The stored contacts one being typed (in New contact or New lead) would look like, read in the background. */
    public CompletableFuture<java.util.List<ContactService.LookAlike>> lookAlikesOfNew(ContactService.Typed typed) {
        return executors.problems().logFailure("Look-alike contacts could not be looked for", executors.supply(() -> contacts.lookAlikesOfNew(typed)));
    }

    /** Adds the contact the form holds, in the background (in the organization it names, made when there is none). */
    public CompletableFuture<ContactService.Created> create(NewContactViewModel form) {
        java.util.UUID id = java.util.UUID.randomUUID();
        com.funnelboard.domain.ContactProfile profile = form.toProfile(id);
        String organization = form.organizationName();
        return executors.supply(() -> contacts.create(profile, organization));
    }

    /** The contacts of the organization selected in the Organizations list. */
    public ObservableList<ContactSummary> organizationContacts() {
        return orgContacts;
    }

    private final java.util.Map<String, StringProperty> orgFields = new java.util.LinkedHashMap<>();
    private final javafx.collections.ObservableMap<String, String> orgProblems = FXCollections.observableHashMap();
    private final javafx.beans.property.ObjectProperty<java.util.UUID> orgId = new javafx.beans.property.SimpleObjectProperty<>();
    /** Texts typed for organizations that could not be saved yet, so switching rows loses nothing. */
    private final java.util.Map<java.util.UUID, java.util.Map<String, String>> orgDrafts = new java.util.HashMap<>();
    private boolean loadingOrg;

    /** A field of the selected organization's form: name, website, industry, company-size, address. */
    public StringProperty organizationField(String name) {
        return orgFields.computeIfAbsent(name, n -> new SimpleStringProperty(this, n, ""));
    }

    public javafx.collections.ObservableMap<String, String> organizationProblems() {
        return orgProblems;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<java.util.UUID> organizationIdProperty() {
        return orgId;
    }

    private java.util.function.ToIntFunction<java.util.UUID> organizationDeletion = id -> {
        throw new IllegalStateException("Organizations cannot be deleted here");
    };

    /** How an organization is moved to the trash (returns how many contacts it had); run in the background. */
    public void setOrganizationDeletion(java.util.function.ToIntFunction<java.util.UUID> deletion) {
        this.organizationDeletion = deletion;
    }

    /**
     * Adds an organization on its own (an account to work on before anyone there is known) and shows it; completes with what
     * was done, in words. One of that name already there is shown instead, and said.
     */
    public CompletableFuture<String> addOrganization(String name) {
        return executors.supply(() -> {
            try {
                com.funnelboard.domain.OrganizationProfile made = contacts.organizationForms().create(name, null, null, null, null);
                return java.util.Map.entry(made.id(), "Added organization " + made.name() + ": its website, industry and size are in the pane.");
            } catch (com.funnelboard.service.RefusedException there) {
                java.util.UUID existing = contacts.organizations(name.strip(), 51).stream()
                        .filter(o -> o.name().equalsIgnoreCase(name.strip())).map(OrganizationSummary::id).findFirst().orElseThrow(() -> there);
                return java.util.Map.entry(existing, there.getMessage().replaceFirst("; nothing was added$", ": here it is."));
            }
        }).thenComposeAsync(shown -> showOrganization(shown.getKey()).thenApply(v -> shown.getValue()), executors.fx());
    }

    /** Moves the organization shown to the trash; completes with what was done, in words. */
    public CompletableFuture<String> deleteOrganization() {
        java.util.UUID id = orgId.get();
        String name = organizationField("name").get();
        return executors.problems().logFailure("The organization was not deleted", executors.supply(() -> {
            int kept = organizationDeletion.applyAsInt(id);
            return "Moved " + name + " to the trash" + (kept == 0 ? "." : "; " + kept + (kept == 1 ? " contact stays" : " contacts stay")
                    + " without it.");
        }).thenApply(said -> {
            if (id.equals(orgId.get())) {
                showOrganization(null); // its form goes with it
            }
            return said;
        }));
    }

    /** The organizations a text finds, without the one shown: those a merge into it can pick. */
    public CompletableFuture<java.util.List<OrganizationSummary>> otherOrganizations(String text) {
        java.util.UUID shown = orgId.get();
        return executors.problems().logFailure("Organizations could not be listed", executors.supply(() -> contacts.organizations(text, 51)
                .stream().filter(o -> !o.id().equals(shown)).limit(50).toList()));
    }

    /** Merges {@code other} into the organization shown (two records of one company); completes with what was done, in words. */
    public CompletableFuture<String> mergeIntoShown(OrganizationSummary other) {
        java.util.UUID keep = orgId.get();
        return executors.problems().logFailure("The organizations were not merged", executors.supply(() -> {
            com.funnelboard.domain.OrganizationProfile kept = contacts.mergeOrganizations(keep, other.id());
            return "Merged " + other.name() + " into " + kept.name() + " (Ctrl+Z parts them again).";
        }).thenCompose(said -> follow().thenApply(v -> said))); // the fields the merge filled, shown at once
    }

    /** Shows an organization's form and contacts; a failure shows in the status bar with Retry. */
    public CompletableFuture<Void> showOrganization(java.util.UUID id) {
        if (id == null) {
            orgContacts.clear();
            orgId.set(null);
            return CompletableFuture.completedFuture(null);
        }
        return executors.watch("organization", "The organization could not be shown", () -> readOrganization(id));
    }

    private CompletableFuture<Void> readOrganization(java.util.UUID id) {
        return executors.supply(() -> new OrgDetail(contacts.organization(id), contacts.contactsOf(id), contacts.organizationTyping(id)))
                .thenAccept(o -> {
            var org = o.organization();
            var people = o.contacts();
            loadingOrg = true;
            orgId.set(id);
            organizationField(com.funnelboard.domain.OrganizationProfile.NAME).set(nz(org.name()));
            organizationField(com.funnelboard.domain.OrganizationProfile.WEBSITE).set(nz(org.website()));
            organizationField(com.funnelboard.domain.OrganizationProfile.INDUSTRY).set(nz(org.industry()));
            organizationField(com.funnelboard.domain.OrganizationProfile.COMPANY_SIZE).set(nz(org.companySize()));
            organizationField(com.funnelboard.domain.OrganizationProfile.ADDRESS).set(nz(org.address()));
            orgShown = new java.util.HashMap<>();
            orgFields.forEach((k, v) -> orgShown.put(k, v.get()));
            // Typed before the app was killed (kept as it was typed), or refused when another was chosen: back, and saved.
            java.util.Map<String, String> typed = new java.util.HashMap<>(o.typed());
            typed.putAll(orgDrafts.getOrDefault(id, java.util.Map.of()));
            typed.forEach((k, v) -> organizationField(k).set(v));
            orgProblems.clear();
            loadingOrg = false;
            orgContacts.setAll(people);
            if (!typed.isEmpty()) {
                saveOrganization();
            }
        });
    }

    /**
     * Saves the selected organization's form if it is valid; otherwise marks the fields and keeps
     * the text. A failure to save shows in the status bar with Retry.
     */
    public CompletableFuture<Void> saveOrganization() {
        return executors.watch("organization-save", "The organization was not saved", this::save);
    }

    private CompletableFuture<Void> save() {
        java.util.UUID id = orgId.get();
        if (id == null || loadingOrg) {
            return CompletableFuture.completedFuture(null);
        }
        var profile = new com.funnelboard.domain.OrganizationProfile(id,
                organizationField(com.funnelboard.domain.OrganizationProfile.NAME).get(),
                organizationField(com.funnelboard.domain.OrganizationProfile.WEBSITE).get(),
                organizationField(com.funnelboard.domain.OrganizationProfile.INDUSTRY).get(),
                organizationField(com.funnelboard.domain.OrganizationProfile.COMPANY_SIZE).get(),
                organizationField(com.funnelboard.domain.OrganizationProfile.ADDRESS).get());
        var problems = profile.problems();
        orgProblems.clear();
        orgProblems.putAll(problems);
        if (!problems.isEmpty()) {
            java.util.Map<String, String> draft = new java.util.HashMap<>();
            orgFields.forEach((k, v) -> draft.put(k, v.get()));
            orgDrafts.put(id, draft);
            return CompletableFuture.completedFuture(null);
        }
        orgDrafts.remove(id);
        java.util.Map<String, String> saving = new java.util.HashMap<>();
        orgFields.forEach((k, v) -> saving.put(k, v.get()));
        // Only the fields typed in: the others may have changed since the form showed them (a merge, a command, a teammate's
        // file), and tabbing through a stale form wrote its empty fields over them.
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        saving.forEach((k, v) -> {
            if (!java.util.Objects.equals(v, orgShown.get(k))) {
                typed.put(k, v);
            }
        });
        if (typed.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return executors.supply(() -> contacts.organizationForms().saveFields(id, typed)).thenCompose(saved -> {
            if (id.equals(orgId.get())) {
                orgShown = saving; // what is typed from now on is what differs from this
            }
            return changes.settled();
        });
    }

    private record OrgDetail(com.funnelboard.domain.OrganizationProfile organization, java.util.List<ContactSummary> contacts,
            java.util.Map<String, String> typed) {}

    /** The organization's fields as last read: what differs from them was typed. */
    private java.util.Map<String, String> orgShown = java.util.Map.of();

    /**
     * Keeps what was typed in the organization's form and not saved yet on this installation, a moment after each key (the
     * form saves a field when it is left: the app killed before that lost it). Forgotten by the save.
     */
    public CompletableFuture<Void> keepOrganizationTyping() {
        java.util.UUID id = orgId.get();
        if (id == null || loadingOrg) {
            return CompletableFuture.completedFuture(null);
        }
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        orgFields.forEach((k, v) -> {
            if (!java.util.Objects.equals(v.get(), orgShown.get(k))) {
                typed.put(k, v.get());
            }
        });
        return executors.problems().logFailure("What was typed about the organization could not be kept",
                executors.supply(() -> {
                    contacts.keepOrganizationTyping(id, typed);
                    return null;
                }));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
