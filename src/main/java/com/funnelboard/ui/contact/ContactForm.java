package com.funnelboard.ui.contact;

import com.funnelboard.service.ContactEditing;
import com.funnelboard.ui.common.UiExecutors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The contact's form in the detail pane: its fields as texts, saved as you type (every change marks
 * the form dirty; {@link #flush} saves it), why a text is not saved yet, the contact's name as a
 * title and the save status. A field whose stored text is changed elsewhere shows the new text,
 * unless something typed waits to be saved.
 */
final class ContactForm {

    private final Object bean;
    private final ContactEditing editing;
    private final UiExecutors executors;
    /** The contact shown, null for none. */
    private final Supplier<UUID> shown;

    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper status;

    private boolean loading;
    private boolean dirty;
    /** What the status says once the save under way is done, when not "All changes saved". */
    private String savedSentence;
    /** The contact last shown (null after {@link #clear}). */
    private UUID lastShown;
    /** Said once what was typed before a kill is saved (kept on one line under the contact's name). */
    static final String RESTORED = "Saved what was typed before Funnelboard closed";
    /** The texts as last read or saved: a field whose stored text moves away from it was changed elsewhere. */
    private Map<String, String> baseline = Map.of();
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    /**
     * @param bean the bean of the form's properties (the pane's view model)
     * @param shown the contact shown, null for none
     */
    ContactForm(Object bean, ContactEditing editing, UiExecutors executors, Supplier<UUID> shown) {
        this.bean = bean;
        this.editing = editing;
        this.executors = executors;
        this.retry = new com.funnelboard.ui.common.SaveRetry(executors.fx());
        this.shown = shown;
        this.title = new ReadOnlyStringWrapper(bean, "title", "");
        this.status = new ReadOnlyStringWrapper(bean, "status", "");
    }

    /** The text of a form field (see {@link ContactEditing#texts}); typing in it marks the form dirty. */
    StringProperty field(String name) {
        return fields.computeIfAbsent(name, n -> {
            StringProperty p = new SimpleStringProperty(bean, n, "");
            p.addListener((o, a, b) -> {
                if (!loading) {
                    dirty = true;
                    status.set("Editing…");
                }
            });
            return p;
        });
    }

    /** Field name → why its text is not saved yet. */
    ObservableMap<String, String> problems() {
        return problems;
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Saved", "Editing…", "Not saved yet: …". */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void setStatus(String text) {
        status.set(text);
    }

    boolean isDirty() {
        return dirty;
    }

    /** Whether something typed is not on disk: typed and not sent yet, or sent and not written (a busy database, a full disk). */
    boolean unsaved() {
        return dirty || lastWriteFailed;
    }

    /** Set on the background thread as each write ends, before {@link #flush}'s future completes. */
    private volatile boolean lastWriteFailed;
    private final com.funnelboard.ui.common.SaveRetry retry;

    List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    /**
     * Saves the typed texts now if they changed; completes when they are on disk. Only the fields
     * typed in (and those still in draft) are sent, so a field changed elsewhere meanwhile — by a
     * command beside the window — is not written back with its old text.
     */
    CompletableFuture<Void> flush() {
        UUID id = shown.get();
        if (!dirty || id == null) {
            return saving;
        }
        dirty = false;
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (!java.util.Objects.equals(v.get(), baseline.get(k)) || problems.containsKey(k)) {
                texts.put(k, v.get());
            }
        });
        status.set("Saving…");
        // The write completes on the background thread, so a window closing on the FX thread can
        // wait for it; the pane is updated afterwards on the FX thread.
        CompletableFuture<ContactEditing.Form> written = saving.thenCompose(
                v -> CompletableFuture.supplyAsync(() -> editing.save(id, texts), executors.background()));
        saving = written.handle((form, e) -> {
            lastWriteFailed = e != null;
            return null;
        });
        String said = savedSentence == null ? "All changes saved" : savedSentence;
        savedSentence = null;
        written.thenAcceptAsync(form -> {
            if (!id.equals(shown.get())) {
                return;
            }
            problems.clear();
            problems.putAll(form.problems());
            title.set(form.contact().profile().name());
            takeStored(form.texts(), texts.keySet());
            status.set((form.problems().isEmpty() ? said : "Not saved yet: " + String.join("; ", form.problems().values()))
                    + (form.notice() == null ? "" : " " + form.notice()));
            retry.succeeded();
        }, executors.fx()).exceptionallyAsync(e -> {
            dirty = true;
            retry.failed(() -> {
                if (dirty && id.equals(shown.get())) {
                    flush();
                }
            });
            status.set(com.funnelboard.ui.common.SaveRetry.notSaved(e));
            if (!com.funnelboard.ui.common.SaveRetry.busy(e)) {
                executors.problems().report("detail-save", "The contact was not saved", e, this::flush);
            }
            return null;
        }, executors.fx());
        written.thenRun(() -> executors.problems().clear("detail-save"));
        return saving;
    }

    /**
     * Shows the stored texts that moved away from the last ones read or saved — changed elsewhere —
     * except in the fields just saved from here; nothing while typing waits to be saved.
     */
    private void takeStored(Map<String, String> stored, java.util.Set<String> justSaved) {
        if (dirty) {
            return;
        }
        loading = true;
        try {
            stored.forEach((k, v) -> {
                if (!justSaved.contains(k) && !java.util.Objects.equals(v, baseline.get(k))) {
                    field(k).set(v);
                }
            });
            baseline = new java.util.HashMap<>(stored); // a draft may hold no text
        } finally {
            loading = false;
        }
    }

    /** Puts back the texts as last read or saved over what was typed and not saved yet (Ctrl+Z in a field: see SaveAsYouType). */
    void revertTyping() {
        if (!dirty) {
            if (!problems.isEmpty() && shown.get() != null) {
                discardDraft(shown.get());
            }
            return;
        }
        UUID id = shown.get();
        if (id != null) {
            // What was kept as it was typed is forgotten with it.
            saving = saving.thenCompose(v -> CompletableFuture.runAsync(() -> editing.keepTyping(id, Map.of()), executors.background()))
                    .handle((v, e) -> {
                        if (e != null) {
                            executors.problems().log("What was typed about the contact could not be forgotten", e);
                        }
                        return null;
                    });
        }
        loading = true;
        try {
            fields.forEach((k, p) -> p.set(baseline.getOrDefault(k, "")));
            dirty = false;
            status.set(problems.isEmpty() ? "All changes saved" : "Not saved yet: " + String.join("; ", problems.values()));
        } finally {
            loading = false;
        }
    }

    /**
     * Puts back the stored texts over a draft saved as typed (not valid, kept for later): Ctrl+Z after
     * the pause that tried to save it takes back that text, not some earlier change of the window.
     */
    private void discardDraft(UUID id) {
        saving = saving.thenCompose(v -> CompletableFuture.supplyAsync(() -> editing.discardDraft(id), executors.background()))
                .thenAcceptAsync(form -> {
                    if (id.equals(shown.get()) && !dirty) {
                        show(form);
                    }
                }, executors.fx()).exceptionally(e -> {
                    executors.problems().report("detail-save", "What was typed could not be taken back", e, () -> discardDraft(id));
                    return null;
                });
    }

    /** What a restart says of typing kept from before it that was not saved, its field changed elsewhere since (null: nothing). */
    private String notSavedSince;

    /** Shows another contact's form: its texts, what is not saved yet, its name. */
    void show(ContactEditing.Form form) {
        // The same contact shown again (a card of theirs chosen after another of theirs) keeps what the status said: it wiped
        // "Saved what was typed before Funnelboard closed" as the save was done.
        boolean again = form.contact().profile().id().equals(lastShown);
        lastShown = form.contact().profile().id();
        loading = true;
        try {
            fields.values().forEach(p -> p.set(""));
            form.texts().forEach((k, v) -> field(k).set(v));
            problems.clear();
            problems.putAll(form.problems());
            title.set(form.contact().profile().name());
            if (!again || !form.problems().isEmpty()) {
                status.set(form.problems().isEmpty() ? "" : "Not saved yet: " + String.join("; ", form.problems().values()));
            }
            baseline = new java.util.HashMap<>(form.texts());
            dirty = false;
            // Typed just before the app was killed: shown over the stored texts, and saved as any typing is — unless the field
            // was changed elsewhere since (a teammate's merge, a command), whose newer text the typing replaced without a word.
            Map<String, String> typed = new LinkedHashMap<>();
            List<String> changedSince = new java.util.ArrayList<>();
            form.texts().forEach((k, now) -> {
                String mine = form.typed().get(k);
                String over = form.typed().get(ContactEditing.TYPED_OVER + k);
                if (mine == null) {
                    return;
                }
                if (over == null || over.equals(now == null ? "" : now)) {
                    typed.put(k, mine);
                } else {
                    changedSince.add(com.funnelboard.ui.common.ChangedSince.field(ContactEditing.fieldWords(k), mine, now));
                }
            });
            if (!typed.isEmpty()) {
                typed.forEach((k, v) -> field(k).set(v));
                dirty = true;
                status.set("Not saved yet: typed before Funnelboard closed");
            }
            if (!changedSince.isEmpty()) {
                notSavedSince = com.funnelboard.ui.common.ChangedSince.sentence(changedSince);
                org.slf4j.LoggerFactory.getLogger(ContactForm.class).warn("{}", notSavedSince);
                status.set(notSavedSince);
                if (typed.isEmpty()) {
                    UUID id = form.contact().profile().id();
                    saving = saving.thenCompose(v -> CompletableFuture.runAsync(() -> editing.keepTyping(id, Map.of()), executors.background()))
                            .handle((v, e) -> null);
                }
            }
        } finally {
            loading = false;
        }
        if (dirty) {
            // Saved at once, and said (it waited, "Not saved yet", until a field was typed in and left).
            savedSentence = notSavedSince == null ? RESTORED : RESTORED + ". " + notSavedSince;
            flush();
        }
        notSavedSince = null;
    }

    /**
     * Keeps the texts typed and not saved yet on this installation (see {@link ContactEditing#keepTyping}), after any save
     * under way; nothing while nothing waits.
     */
    CompletableFuture<Void> keepTyping() {
        UUID id = shown.get();
        if (!dirty || id == null) {
            return saving;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (!java.util.Objects.equals(v.get(), baseline.get(k))) {
                texts.put(k, v.get());
                texts.put(ContactEditing.TYPED_OVER + k, baseline.getOrDefault(k, "")); // what it was typed over
            }
        });
        saving = saving.thenCompose(v -> CompletableFuture.runAsync(() -> editing.keepTyping(id, texts), executors.background()))
                .handle((v, e) -> {
                    if (e != null) {
                        executors.problems().log("What was typed about the contact could not be kept", e);
                    }
                    return null;
                });
        return saving;
    }

    /** Takes what changed elsewhere into a form that stays the same contact. */
    void update(ContactEditing.Form form) {
        if (!dirty) {
            takeStored(form.texts(), java.util.Set.of());
            problems.clear();
            problems.putAll(form.problems());
        }
        loading = true;
        try {
            title.set(form.contact().profile().name());
        } finally {
            loading = false;
        }
    }

    /** Shows no contact: nothing waits to be saved. */
    void clear() {
        lastShown = null;
        loading = true;
        try {
            dirty = false;
            problems.clear();
            title.set("");
            status.set("");
        } finally {
            loading = false;
        }
    }
}
