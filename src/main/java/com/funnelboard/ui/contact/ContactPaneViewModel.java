package com.funnelboard.ui.contact;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ContactEditing;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.DealService;
import com.funnelboard.service.InteractionService;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.Changes;
import com.funnelboard.ui.common.UiExecutors;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The detail pane's state: a contact's form as texts, saved as you type (every change marks the
 * form dirty; {@link #flush} saves it), the contact's deals, the checklist of the selected deal's
 * next gate, and the timeline.
 */
public final class ContactPaneViewModel {

    private final ContactEditing editing;
    private final ContactService contacts;
    private final DealService deals;
    private final InteractionService interactions;
    private final UiExecutors executors;
    private final ChangeFollower changes;
    /** The pane for a deal with no contact (an import's), shown instead of a contact's. */
    private final NoContactViewModel noContact;

    /** The contact's form: its texts, saved as you type, their problems, the title and the save status. */
    private final ContactForm form;
    /** What is typed in the log bar and not logged, kept on disk as the form's texts are. */
    private final LogDraftSaver logDrafts;
    private final ObservableList<DealCard> contactDeals = FXCollections.observableArrayList();
    private final ObservableList<TimelineEvent> timeline = FXCollections.observableArrayList();
    private final ObservableList<ItemResult> checklist = FXCollections.observableArrayList();
    /** The selected deal's lead score with its explanation; null when no deal is selected. */
    private final ObjectProperty<com.funnelboard.domain.scoring.Score> score = new SimpleObjectProperty<>(this, "score");
    private final ObservableList<ContactService.LookAlike> lookAlikes = FXCollections.observableArrayList();
    private final ObjectProperty<DealCard> selectedDeal = new SimpleObjectProperty<>(this, "selectedDeal");
    private final ReadOnlyObjectWrapper<UUID> contactId = new ReadOnlyObjectWrapper<>(this, "contactId");
    private final ReadOnlyStringWrapper nextStage = new ReadOnlyStringWrapper(this, "nextStage", "");

    /**
     * @param feed what the pane follows: a change to the contact shown, its organization, addresses,
     *     deals, or their interactions, follow-ups and moves reloads it
     */
    public ContactPaneViewModel(ContactEditing editing, ContactService contacts, DealService deals, InteractionService interactions,
            ChangeFeed feed, UiExecutors executors) {
        this.editing = editing;
        this.contacts = contacts;
        this.deals = deals;
        this.interactions = interactions;
        this.executors = executors;
        this.form = new ContactForm(this, editing, executors, contactId::get);
        this.logDrafts = new LogDraftSaver(editing, executors);
        this.noContact = new NoContactViewModel(deals, contacts, executors, this::show);
        this.reach = new ContactReach(this, executors);
        selectedDeal.addListener((o, a, deal) -> executors.watch("detail-checklist", "The checklist could not be read",
                () -> loadChecklist(deal)));
        this.changes = ChangeFollower.follow(feed, executors, n -> n.touchesAny(ChangeNotice.CONTACT, ChangeNotice.ORGANIZATION,
                ChangeNotice.EMAIL_ADDRESS, ChangeNotice.PHONE_NUMBER, ChangeNotice.DEAL, ChangeNotice.INTERACTION, ChangeNotice.FOLLOW_UP,
                ChangeNotice.STAGE_CHANGE, ChangeNotice.SETTINGS), this::follow);
    }

    private final ContactReach reach;

    /** Writing to and calling the contact shown through the computer's programs. */
    ContactReach reach() {
        return reach;
    }

    /** The text of a form field (see {@link ContactEditing#texts}); typing in it marks the form dirty. */
    public StringProperty field(String name) {
        return form.field(name);
    }

    /** Field name → why its text is not saved yet. */
    public ObservableMap<String, String> problems() {
        return form.problems();
    }

    public ObservableList<DealCard> deals() {
        return contactDeals;
    }

    public ObservableList<TimelineEvent> timeline() {
        return timeline;
    }

    public ObjectProperty<com.funnelboard.domain.scoring.Score> scoreProperty() {
        return score;
    }

    public ObservableList<ItemResult> checklist() {
        return checklist;
    }

    /** Other contacts that look like the same person as this one. */
    public ObservableList<ContactService.LookAlike> lookAlikes() {
        return lookAlikes;
    }

    public ObjectProperty<DealCard> selectedDealProperty() {
        return selectedDeal;
    }

    public ReadOnlyObjectProperty<UUID> contactIdProperty() {
        return contactId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return form.titleProperty();
    }

    /** "Saved", "Editing…", "Not saved yet: …". */
    public ReadOnlyStringProperty statusProperty() {
        return form.statusProperty();
    }

    /** The stage the checklist shown leads to ("Prospect"), empty when there is none. */
    public ReadOnlyStringProperty nextStageProperty() {
        return nextStage.getReadOnlyProperty();
    }

    /** The deal shown when it has no contact. */
    public NoContactViewModel noContact() {
        return noContact;
    }

    /** Keeps what was typed in the form and not saved yet on this installation (see ContactEditing#keepTyping). */
    public CompletableFuture<Void> keepTyping() {
        return form.keepTyping();
    }

    public boolean isDirty() {
        return form.isDirty();
    }

    /** Whether the contact's typing is not on disk: not sent yet, or its last write failed (see {@link #flush}). */
    public boolean unsaved() {
        return form.unsaved();
    }

    /** Puts back the stored texts over what was typed and not saved yet. */
    public void revertTyping() {
        form.revertTyping();
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper organizationShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "organizationShown");

    /** Whether the pane shows the organization picked on the Organizations page (its form), in place of a contact or deal. */
    public javafx.beans.property.ReadOnlyBooleanProperty organizationShownProperty() {
        return organizationShown.getReadOnlyProperty();
    }

    /** Saves what was typed for the contact shown (if anything), then shows the organization picked in its place. */
    public CompletableFuture<Void> showOrganization() {
        organizationShown.set(true);
        // The contact's typing is written first (in the background); the pane changes on the FX thread.
        return flush().thenRunAsync(() -> {
            if (organizationShown.get()) {
                clear();
                noContact.clear();
            }
        }, executors.fx());
    }

    /** The pane no longer shows the organization (another page is shown, or it was deleted). */
    public void hideOrganization() {
        organizationShown.set(false);
    }

    /**
     * Saves what was typed (if anything), then shows another contact, with one of its deals
     * selected. A failure to read it shows in the status bar with Retry.
     */
    public CompletableFuture<Void> show(UUID contact, UUID deal) {
        return executors.watch(DETAIL, "The contact could not be shown", () -> open(contact, deal));
    }

    private static final String DETAIL = "detail";

    private CompletableFuture<Void> open(UUID contact, UUID deal) {
        organizationShown.set(false);
        if (contact == null) {
            // A deal kept with no contact: the deal, its organization and a way to give it one.
            return flush().thenCompose(v -> executors.supply(() -> deal == null ? null : noContact.read(deal))).thenAccept(shown -> {
                clear();
                noContact.apply(shown);
            });
        }
        noContact.clear();
        if (contact.equals(contactId.get())) {
            // The same contact again — their card read anew after an edit changed its score, or another deal of theirs: the form
            // stays as it is, what is being typed with it. Shown again, it was reset under the keys being typed, which were lost,
            // cut short or scrambled ("767111+49"); what changed is taken in as any change made elsewhere is.
            return reload(contact).thenRun(() -> {
                if (deal != null && (selectedDeal.get() == null || !deal.equals(selectedDeal.get().id()))) {
                    selectDeal(deal);
                }
            });
        }
        return flush().thenCompose(v -> executors.supply(() -> editing.open(contact))).thenAccept(form -> {
            apply(form);
            selectedDeal.set(form.contact().deals().stream().filter(d -> d.id().equals(deal)).findFirst()
                    .orElse(form.contact().deals().isEmpty() ? null : form.contact().deals().getFirst()));
        }).thenCompose(v -> loadTimeline()).thenCompose(v -> loadLookAlikes());
    }

    private CompletableFuture<Void> loadLookAlikes() {
        UUID id = contactId.get();
        return executors.supply(() -> contacts.lookAlikesOf(id)).thenAccept(found -> {
            if (id.equals(contactId.get())) {
                lookAlikes.setAll(found);
            }
        });
    }

    /**
     * Saves the typed texts now if they changed; completes when they are on disk. Only the fields
     * typed in (and those still in draft) are sent, so a field changed elsewhere meanwhile — by a
     * command beside the window — is not written back with its old text.
     */
    public CompletableFuture<Void> flush() {
        return form.flush().thenCombine(logDrafts.flush(), (a, b) -> null);
    }

    LogDraftSaver logDrafts() {
        return logDrafts;
    }

    /**
     * Logs an interaction with the contact, about the selected deal; time null for now. Completes
     * once the pane shows it, with what was logged in a sentence for the status bar (the timeline's
     * new row can be out of sight).
     */
    public CompletableFuture<String> log(InteractionKind kind, Direction direction, Instant at, String note) {
        UUID id = contactId.get();
        DealCard deal = selectedDeal.get();
        String said = LogBar.loggedSentence(kind, form.titleProperty().get(), deal == null ? null : deal.title());
        // The log bar says why beside the note when it fails.
        return executors.problems().logFailure("The interaction was not logged", executors.supply(() -> interactions.logWithContact(id,
                deal == null ? null : deal.id(), kind, direction, at, note)).thenCompose(i -> changes.settled()).thenApply(v -> said));
    }


    /** Opens another deal, in Lead, for this contact, and selects it once the pane shows it; the value is written as in {@code locale}. */
    public CompletableFuture<UUID> newDeal(String dealTitle, String value, String currency, java.util.Locale locale) {
        UUID id = contactId.get();
        CompletableFuture<UUID> added = executors.supply(() -> deals.createDeal(id, dealTitle, value, currency, locale))
                .thenCompose(dealId -> changes.settled().thenApply(v -> {
                    contactDeals.stream().filter(d -> d.id().equals(dealId)).findFirst().ifPresent(selectedDeal::set);
                    return dealId;
                }));
        added.exceptionallyAsync(e -> {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            executors.problems().log("The deal was not added", cause);
            form.setStatus(cause instanceof com.funnelboard.service.InvalidInputException bad ? "The deal was not added: "
                    + String.join("; ", bad.problems().values()) : com.funnelboard.ui.common.Problems.sentence("The deal was not added", cause));
            return null;
        }, executors.fx());
        return added;
    }

    /**
     * Shows committed changes when they concern the contact shown: at once when they touched it or
     * one of its deals as shown, else after asking the database (a new interaction, follow-up or
     * address of theirs).
     */
    private CompletableFuture<Void> follow(Changes batch) {
        UUID id = contactId.get();
        if (id == null) {
            return noContact.follow(batch);
        }
        if (batch.touchesRow(id) || batch.touchesAnyRow(contactDeals.stream().map(DealCard::id).toList())
                || batch.touches(ChangeNotice.SETTINGS)) { // new scoring rules: the deal's score and its explanation
            return reloadShown(id);
        }
        return executors.supply(() -> contacts.concerns(id, batch.rows()))
                .thenCompose(concerned -> concerned ? reloadShown(id) : CompletableFuture.completedFuture(null));
    }

    /**
     * Re-reads the contact shown: its deals, checklist, timeline and look-alikes, and each form field
     * whose stored text was changed elsewhere — unless something typed is waiting to be saved. A
     * contact merged into another meanwhile gives way to the survivor.
     */
    private CompletableFuture<Void> reloadShown(UUID id) {
        return executors.watch(DETAIL, "The contact could not be brought up to date", () -> reload(id));
    }

    private CompletableFuture<Void> reload(UUID id) {
        return executors.supply(() -> editing.open(id)).thenCompose(form -> {
            if (!id.equals(contactId.get())) {
                return CompletableFuture.completedFuture(null); // another contact was opened meanwhile
            }
            UUID survivor = form.contact().profile().id();
            DealCard deal = selectedDeal.get();
            if (!survivor.equals(id)) {
                apply(form);
                selectDeal(deal == null ? null : deal.id());
            } else {
                update(form);
            }
            return loadChecklist(selectedDeal.get()).thenCompose(v -> loadTimeline()).thenCompose(v -> loadLookAlikes());
        }).exceptionally(e -> {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof com.funnelboard.service.InvalidInputException gone && gone.problems().containsKey("contact")
                    && id.equals(contactId.get())) {
                clear(); // deleted meanwhile: the pane shows nothing rather than a contact that is in the trash
                return null;
            }
            throw e instanceof java.util.concurrent.CompletionException ce ? ce : new java.util.concurrent.CompletionException(e);
        });
    }

    /** Takes what changed elsewhere into a form that stays the same contact. */
    private void update(ContactEditing.Form form) {
        this.form.update(form);
        reach.stored(form.contact().profile());
        if (!contactDeals.equals(form.contact().deals())) {
            UUID deal = selectedDeal.get() == null ? null : selectedDeal.get().id();
            contactDeals.setAll(form.contact().deals());
            selectDeal(deal); // the same deal stays selected: what shows it is not cleared and shown again
        }
    }

    private void clear() {
        form.clear();
        selectedDeal.set(null);
        contactDeals.clear();
        timeline.clear();
        lookAlikes.clear();
        contactId.set(null);
    }

    /** Selects the deal with this id among the contact's deals, else the first, else none. */
    private void selectDeal(UUID dealId) {
        selectedDeal.set(contactDeals.stream().filter(d -> d.id().equals(dealId)).findFirst()
                .orElse(contactDeals.isEmpty() ? null : contactDeals.getFirst()));
    }

    private void apply(ContactEditing.Form form) {
        contactId.set(form.contact().profile().id());
        this.form.show(form);
        reach.stored(form.contact().profile());
        contactDeals.setAll(form.contact().deals());
    }

    private CompletableFuture<Void> loadTimeline() {
        UUID id = contactId.get();
        return executors.supply(() -> contacts.timeline(id)).thenAccept(events -> {
            if (id.equals(contactId.get())) {
                timeline.setAll(events);
            }
        });
    }

    private CompletableFuture<Void> loadChecklist(DealCard deal) {
        if (deal == null) {
            checklist.clear();
            nextStage.set("");
            score.set(null);
            return CompletableFuture.completedFuture(null);
        }
        return executors.supply(() -> deals.details(deal.id())).thenAccept(d -> {
            if (selectedDeal.get() != null && selectedDeal.get().id().equals(d.deal().id())) {
                checklist.setAll(d.checklist().results());
                nextStage.set(d.nextStage() == null ? "" : d.nextStage().label());
                score.set(d.score());
            }
        });
    }

    List<String> fieldNames() {
        return form.fieldNames();
    }
}
