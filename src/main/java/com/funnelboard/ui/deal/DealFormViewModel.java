package com.funnelboard.ui.deal;

import com.funnelboard.ui.common.Problems;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.DealService;
import com.funnelboard.service.InvalidInputException;
import com.funnelboard.service.NewLead;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.Changes;
import com.funnelboard.ui.common.UiExecutors;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The selected deal's own fields in the detail pane — title, value, currency, expected close
 * date, source — saved as you type like the contact form: every change marks the form dirty,
 * {@link #flush} saves only the fields typed in, a field that does not pass the rules stays as
 * typed, marked, with the reason. A change made elsewhere (a command, undo) shows at once unless
 * something typed waits to be saved.
 */
public final class DealFormViewModel {

    /** The field names {@link #problems} uses. */
    public static final String TITLE = NewLead.TITLE;
    public static final String VALUE = NewLead.VALUE;
    public static final String CURRENCY = NewLead.CURRENCY;

    private final DealEditing editing;
    private final DealService deals;
    private final UiExecutors executors;
    private final Locale locale;
    private final java.time.ZoneId zone;

    private final DealFields fields;
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<UUID> dealId = new ReadOnlyObjectWrapper<>(this, "dealId");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private boolean dirty;
    private Deal stored;
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);
    @SuppressWarnings("unused") // kept for as long as the form lives
    private final ChangeFollower changes;
    /** The owner field: who owns the shown deal, and whom it can be given to. */
    private final DealOwnerField owner;

    /** @param zone the user's time zone: the day a deal was lost is told in it */
    public DealFormViewModel(DealEditing editing, DealService deals, ChangeFeed feed, UiExecutors executors, Locale locale,
            java.time.ZoneId zone) {
        this.zone = zone;
        this.editing = editing;
        this.deals = deals;
        this.executors = executors;
        this.retry = new com.funnelboard.ui.common.SaveRetry(executors.fx());
        this.locale = locale;
        this.owner = new DealOwnerField(this, executors, problems, status);
        this.fields = new DealFields(this, locale, zone, () -> {
            if (dealId.get() != null) {
                dirty = true;
                status.set("Editing…");
            }
        });
        this.changes = ChangeFollower.follow(feed, executors, n -> n.touchesAny(ChangeNotice.DEAL), this::follow);
        this.notes = new DealNotesViewModel(editing, feed, executors);
        this.drafts = new DealDrafts(editing, executors, locale);
        this.won = new DealWonRecord(fields, editing, executors, locale, () -> stored, dealId::get, () -> saving, this::today);
    }

    private final DealWonRecord won;

    private final DealNotesViewModel notes;
    /** What was typed and not saved, by deal (see {@link DealDrafts}). */
    private final DealDrafts drafts;

    /** Who owns deals and who can be given one (reassigning from the form); without it the owner is only shown. */
    public void setPeople(com.funnelboard.service.PeopleService service) {
        owner.setPeople(service);
    }

    /** The owner field: the shown deal's owner's email (null: nobody), the emails it offers and the team's names for them. */
    DealOwnerField owner() {
        return owner;
    }

    /**
     * Gives the shown deal to the person with this email (recorded, undoable); nothing happens when it is theirs already. A
     * text that is not an email is marked on the field and not saved. {@code name} is the one typed beside the email ("Ola
     * Nordmann <ola@…>"), which the team's directory takes when it has none (null: none).
     */
    public CompletableFuture<Void> reassign(String email, String name) {
        if (fields.loading()) {
            return CompletableFuture.completedFuture(null);
        }
        return owner.reassign(dealId.get(), stored == null ? null : stored.owner(), email, name, saving);
    }

    /** The field name {@link #problems} uses for the owner. */
    public static final String OWNER = "owner";

    public StringProperty titleProperty() {
        return fields.title;
    }

    /** Today in the user's zone, by the store's clock: typed dates such as "friday" count from it. */
    public java.time.LocalDate today() {
        return editing.today(zone);
    }

    /**
     * Told what is wrong with the expected close as typed ("" once it names a day): text that names
     * no day stays in its field, marked, and the form says it is not saved.
     */
    public void closeDateTyped(String problem) {
        if (!problem.isEmpty()) {
            status.set("Not saved yet: " + problem);
            closeDateSaid = status.get();
        } else if (closeDateSaid != null && closeDateSaid.equals(status.get())) {
            // The text names a day again ("Dec 3" after "De"): the sentence of a moment ago stood, stale, over the typing.
            status.set("Editing\u2026");
        }
        if (problem.isEmpty()) {
            closeDateSaid = null;
        }
    }

    /** What the status said of the expected close's text while it named no day (null: nothing). */
    private String closeDateSaid;

    public Locale locale() {
        return locale;
    }

    /** The value as typed, in the user's locale ("12,500.00"); empty for none. */
    public StringProperty valueProperty() {
        return fields.value;
    }

    /** The value's field has the focus, or has lost it (its text is then written the locale's way: "25" → "25.00"). */
    public void valueFocused(boolean focused) {
        fields.valueInUse(focused, stored);
    }

    /** True while the form shows what is stored (a field's text changing then is not typing). */
    public boolean showingStored() {
        return fields.loading();
    }

    public StringProperty currencyProperty() {
        return fields.currency;
    }

    public ObjectProperty<LocalDate> closeDateProperty() {
        return fields.closeDate;
    }

    public ObjectProperty<LeadSource> sourceProperty() {
        return fields.source;
    }

    /** Field ({@link #TITLE}, {@link #VALUE}, {@link #CURRENCY}) → why what is typed there is not saved. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<UUID> dealIdProperty() {
        return dealId.getReadOnlyProperty();
    }

    /** "All changes saved", "Editing…", "Not saved yet: …". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the deal's typing is not on disk: not sent yet, or its last write failed (a refusal is kept as a draft). */
    public boolean unsaved() {
        return dirty || lastWriteFailed;
    }

    /** Set on the background thread as each write ends, before {@link #flush}'s future completes. */
    private volatile boolean lastWriteFailed;
    private final com.funnelboard.ui.common.SaveRetry retry;

    public boolean isDirty() {
        return dirty;
    }

    /** Saves what was typed for the deal shown, then shows another deal (null for none). */
    public CompletableFuture<Void> show(UUID deal) {
        if (Objects.equals(deal, dealId.get())) {
            return CompletableFuture.completedFuture(null); // already shown: changes made elsewhere arrive through the feed
        }
        notes.show(deal); // saves the notes typed for the deal shown first
        return flushFields().thenCompose(v -> {
            if (deal == null) {
                apply(null);
                return CompletableFuture.completedFuture(null);
            }
            boolean inMemory = drafts.has(deal);
            return executors.supply(() -> new Read(deals.details(deal).deal(), inMemory ? Map.<String, String>of() : editing.draft(deal)))
                    .thenAccept(read -> {
                        if (!read.kept().isEmpty() && !drafts.has(deal)) {
                            drafts.put(deal, DealDraft.of(read.kept()));
                        }
                        apply(read.deal());
                    });
        });
    }

    /** Puts back the stored texts over what was typed and not saved yet (Ctrl+Z in a field: see SaveAsYouType). */
    public void revertTyping() {
        // Also a text refused by the last save (kept as this deal's draft): the stored one comes back.
        if ((!dirty && problems.isEmpty()) || stored == null) {
            return;
        }
        dirty = false;
        boolean kept = keptTyping;
        keptTyping = false;
        if (drafts.remove(stored.id()) || kept) {
            UUID id = stored.id();
            executors.problems().logFailure("The deal's kept typing was not forgotten", executors.supply(() -> {
                editing.keepDraft(id, Map.of());
                return null;
            }));
        }
        problems.clear();
        take(stored);
        status.set("All changes saved");
    }

    /** What the status says once the save under way is done, when not "All changes saved". */
    private String savedSentence;
    /** Said once what was typed before a kill is saved (Ctrl+Z takes it back, as any save). */
    static final String RESTORED = "Saved what was typed before Funnelboard closed (Ctrl+Z takes it back)";

    /** Whether what was typed was kept on this installation since the last save (forgotten once it is saved or put back). */
    private boolean keptTyping;

    /**
     * Keeps what was typed and not saved yet on this installation, a moment after the typing pauses: the app killed between
     * a keystroke and the save's pause lost it (a deal's title typed, killed 0.4 s later, came back as stored). Shown again
     * with the deal, marked not saved yet; saved as any typing is.
     */
    public CompletableFuture<Void> keepTyping() {
        UUID id = dealId.get();
        if (!dirty || id == null || stored == null) {
            return saving;
        }
        Map<String, String> texts = DealDraft.typing(edit(), stored, locale).texts();
        keptTyping = true;
        saving = saving.thenCompose(v -> CompletableFuture.runAsync(() -> editing.keepDraft(id, texts), executors.background()))
                .handle((v, e) -> {
                    if (e != null) {
                        executors.problems().log("What was typed in the deal could not be kept", Problems.unwrap(e));
                    }
                    return null;
                });
        return saving;
    }

    /** Saves the fields and the notes typed in, if any; completes when they are on disk (or refused). */
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> notesSaved = notes.flush();
        return flushFields().thenCombine(notesSaved, (a, b) -> null);
    }

    /** The deal's notes, beside its fields. */
    public DealNotesViewModel notes() {
        return notes;
    }

    private CompletableFuture<Void> flushFields() {
        UUID id = dealId.get();
        if (!dirty || id == null || stored == null) {
            return saving;
        }
        dirty = false;
        DealEditing.Edit edit = edit();
        status.set("Saving…");
        String title = stored.title();
        boolean hadDraft = drafts.has(id) || keptTyping;
        keptTyping = false;
        // A refusal is kept on this installation in the same background step as the save, before the window may quit.
        CompletableFuture<Deal> written = saving.thenCompose(v -> CompletableFuture.supplyAsync(() -> {
            try {
                Deal saved = editing.edit(id, edit);
                if (hadDraft) {
                    editing.keepDraft(id, Map.of());
                }
                return saved;
            } catch (InvalidInputException bad) {
                editing.keepDraft(id, new DealDraft(edit, Map.copyOf(bad.problems())).texts());
                throw bad;
            }
        }, executors.background()));
        saving = written.handle((d, e) -> {
            // A refusal is kept as a draft on this installation; any other failure leaves the typing nowhere but here.
            Throwable cause = Problems.unwrap(e);
            lastWriteFailed = e != null && !(cause instanceof InvalidInputException);
            return null;
        });
        written.whenCompleteAsync((deal, failure) -> {
            Throwable refused = Problems.unwrap(failure);
            if (refused instanceof InvalidInputException bad) {
                drafts.put(id, new DealDraft(edit, Map.copyOf(bad.problems()))); // kept for when the deal is shown again
            } else if (failure == null) {
                drafts.remove(id);
            }
            String said = savedSentence == null ? "All changes saved" : savedSentence;
            savedSentence = null;
            if (failure == null) {
                refusals.saved(id);
            }
            if (!id.equals(dealId.get())) {
                if (refused instanceof InvalidInputException bad) {
                    sayLeftRefused(id, title, bad.problems().values()); // refused once another deal was shown
                }
                return;
            }
            if (failure == null) {
                problems.clear();
                stored = deal;
                if (!dirty) {
                    take(deal);
                }
                status.set(said);
                retry.succeeded();
                return;
            }
            Throwable cause = Problems.unwrap(failure);
            problems.clear();
            if (cause instanceof InvalidInputException bad) {
                problems.putAll(bad.problems());
                status.set("Not saved yet: " + String.join("; ", bad.problems().values()));
            } else {
                dirty = true;
                if (!com.funnelboard.ui.common.SaveRetry.busy(cause)) {
                    executors.problems().log("The deal was not saved", cause);
                }
                status.set(com.funnelboard.ui.common.SaveRetry.notSaved(cause));
                retry.failed(() -> {
                    if (dirty && id.equals(dealId.get())) {
                        flush();
                    }
                });
            }
        }, executors.fx());
        return saving;
    }

    /** The deal shown as last read (its stored title and contact); null when none is. */
    Deal shown() {
        return stored;
    }

    /** Moves the deal shown to the trash; completes when it is there. */
    public CompletableFuture<String> delete() {
        UUID id = dealId.get();
        String shown = stored == null ? "" : stored.title();
        dirty = false;
        return executors.problems().logFailure("The deal was not deleted", saving.thenCompose(v -> executors.supply(() -> {
            editing.delete(id);
            return "Moved \u201C" + shown + "\u201D to the trash.";
        })));
    }

    /** Only what differs from what is stored: a field changed elsewhere meanwhile is not written back. */
    private DealEditing.Edit edit() {
        return fields.edit(stored);
    }

    private CompletableFuture<Void> follow(Changes batch) {
        UUID id = dealId.get();
        if (id == null || !batch.touchesRow(id)) {
            return CompletableFuture.completedFuture(null);
        }
        return executors.supply(() -> deals.details(id).deal()).handle((deal, failure) -> {
            if (id.equals(dealId.get())) {
                Throwable cause = Problems.unwrap(failure);
                if (cause instanceof InvalidInputException) {
                    if (dirty && stored != null) {
                        // Deleted elsewhere (a command, a teammate's merge) while typed in: what was typed is kept with the deal
                        // for this window, and said — the form emptied without a word.
                        drafts.put(id, new DealDraft(edit(), Map.of()));
                        notice.set("\u201C" + stored.title() + "\u201D was moved to the trash elsewhere while you typed in it: what you "
                                + "typed is kept with it while this window is open — restore it from the Trash to save it.");
                    }
                    problems.clear(); // said by the notice above, or nothing to say: no "Not saved in …" over it
                    apply(null); // deleted meanwhile
                } else if (failure != null) {
                    executors.problems().report("deal-form", "The deal could not be brought up to date", cause, () -> follow(batch));
                } else if (!dirty && problems.isEmpty() || stored == null) {
                    stored = deal;
                    take(deal);
                } else {
                    // Typing waits (or a refused text is shown): the fields typed in keep it, the others show what was saved
                    // elsewhere. Compared with the new deal, a field left as it was showed the old value and was written back
                    // with the typing ("Value €8,000 → €7,000": a command's value undone by a title typed in the window).
                    DealEditing.Edit mine = edit();
                    Deal before = stored;
                    stored = deal;
                    takeUntyped(deal, mine);
                    String clash = ChangedElsewhere.of(mine, before, deal, locale);
                    if (!clash.isEmpty()) {
                        status.set(problems.isEmpty() ? clash : status.get() + " " + clash);
                    }
                }
            }
            return null;
        });
    }

    /**
     * Says in the window's status bar that what was typed in the deal left is not saved: the form's "Not saved yet" went with
     * the deal, and the refused text waited unsaid until the deal was opened again or the window restarted.
     */
    private void sayLeftRefused(UUID id, String title, java.util.Collection<String> why) {
        notice.set("");
        notice.set(refusals.say(id, title, why));
    }

    private final LeftRefusals refusals = new LeftRefusals();

    /** See {@link LeftRefusals#settledProperty()}. */
    public ReadOnlyStringProperty settledProperty() {
        return refusals.settledProperty();
    }

    private void apply(Deal deal) {
        if (stored != null && !problems.isEmpty() && (deal == null || !deal.id().equals(stored.id()))) {
            sayLeftRefused(stored.id(), stored.title(), problems.values());
        }
        stored = deal;
        dirty = false;
        keptTyping = false;
        problems.clear();
        status.set("");
        dealId.set(deal == null ? null : deal.id());
        take(deal);
        DealDrafts.Shown shown = drafts.show(deal);
        DealDraft draft = shown.draft();
        String notSavedSince = shown.notSavedSince();
        if (notSavedSince != null) {
            status.set(notSavedSince);
        }
        if (draft != null) {
            // What was typed and refused when another card was chosen comes back, marked, to be corrected.
            draft.fill(fields.title, fields.value, fields.currency);
            problems.putAll(draft.problems());
            // Typed before the deal went to the trash (no problem): saved as any typing is, on leaving the deal or a pause.
            dirty = draft.problems().isEmpty();
            keptTyping = draft.typing(); // forgotten once saved or put back
            status.set(draft.status());
            if (draft.typing() && dirty) {
                // Typed before a kill: saved at once, and said (it waited, "Not saved yet", until a field was typed in again).
                savedSentence = notSavedSince == null ? RESTORED : RESTORED + ". " + notSavedSince;
                flush();
            }
        }
        if (deal != null) {
            owner.loadPeople();
        }
    }

    /** A deal read for the form, with the draft kept for it on this installation (empty when none). */
    private record Read(Deal deal, Map<String, String> kept) {}


    /** What the window's status bar should say about the form's deal when the form cannot (it was deleted elsewhere). */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** How the deal shown closed, and the correction of a won deal's record. */
    public DealWonRecord won() {
        return won;
    }

    private void take(Deal deal) {
        takeUntyped(deal, new DealEditing.Edit(null, null, null, null, false, null));
    }

    private void takeUntyped(Deal deal, DealEditing.Edit mine) {
        fields.show(deal, mine, () -> owner.owner().set(deal == null ? null : deal.owner()));
    }
}
