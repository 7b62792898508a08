package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.DealCard;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane beside the board: the contact's fields (saved as you type, checked as you go),
 * their organization, their deals with the next gate's checklist, a log bar and the timeline.
 * Keys in the pane: Alt+C/E/M/N pick call, email, meeting or note; Alt+I/O inbound or outbound;
 * Enter in the note logs it.
 */
public final class ContactPane extends StackPane {

    /** How long typing may pause before what was typed is saved. */
    static final Duration SAVE_DELAY = Duration.millis(600);

    private final ContactPaneViewModel model;
    private final Clock clock;
    private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
    private final com.funnelboard.ui.common.SaveAsYouType typing;
    private final LogBar logBar;
    private final TabPane tabs = new TabPane();

    public ContactPane(ContactPaneViewModel model, Clock clock, Locale locale, NewDealPrompt newDeal,
            java.util.function.BiConsumer<UUID, UUID> reviewDuplicate) {
        this.model = model;
        this.clock = clock;
        this.logBar = new LogBar(model, clock, locale);
        getStyleClass().add("contact-pane");
        setId("contact-pane");
        saveLater.setOnFinished(e -> model.flush());
        typing = new com.funnelboard.ui.common.SaveAsYouType(saveLater, model::isDirty, model::flush, model::revertTyping, model.problems())
                .keepingAsTyped(model::keepTyping);

        Label placeholder = new Label("Select a card, a contact or an organization to see it here.");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        SafeWrap.wrap(placeholder);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setPadding(new Insets(0, 16, 0, 16));

        getChildren().add(placeholder);
        // A deal with no contact (kept by an import) shows itself and a way to give it one.
        NoContactView noContact = new NoContactView(model.noContact(), locale);
        noContact.visibleProperty().bind(model.noContact().shownProperty().isNotNull().and(model.organizationShownProperty().not()));
        StackPane.setAlignment(noContact, Pos.TOP_LEFT);
        placeholder.visibleProperty().bind(noContact.visibleProperty().not().and(model.organizationShownProperty().not()));
        getChildren().add(noContact);
        // The pane's controls are built when the first contact is shown, so the window opens faster.
        model.contactIdProperty().addListener(new javafx.beans.value.ChangeListener<UUID>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends UUID> o, UUID was, UUID id) {
                if (id != null) {
                    o.removeListener(this);
                    build(placeholder, locale, newDeal, reviewDuplicate);
                }
            }
        });
    }

    /**
     * The log bar's keys (Alt+C/E/M/N a kind, Alt+I/O a direction), wherever the focus is in the
     * window: with a contact shown they set the bar and put the cursor at the end of its note, so
     * what was typed there stays. True (and the event consumed) when the key was one of those.
     */
    public void focusLogNote() {
        logBar.focusNote();
    }

    public boolean logShortcut(KeyEvent e) {
        if (model.contactIdProperty().get() == null) {
            return false;
        }
        if (e.isShortcutDown() && e.isShiftDown() && !e.isAltDown() && (e.getCode() == javafx.scene.input.KeyCode.E
                || e.getCode() == javafx.scene.input.KeyCode.C)) {
            e.consume();
            reach(e.getCode() == javafx.scene.input.KeyCode.E ? com.funnelboard.domain.InteractionKind.EMAIL
                    : com.funnelboard.domain.InteractionKind.CALL);
            return true;
        }
        if (!logBar.shortcut(e)) {
            return false;
        }
        showTab("Activity");
        logBar.focusNote();
        e.consume();
        return true;
    }

    /** The programs of the computer that write e-mail and call numbers (none until set: the buttons then say so). */
    public void setLinks(com.funnelboard.ui.common.Links links) {
        model.reach().setLinks(links);
    }

    /**
     * Writes to the contact (EMAIL) or calls them (CALL) through the computer's program for it, then makes the log bar ready
     * for what followed, on the Activity tab; where no program takes the address it is copied instead, and said.
     */
    void reach(com.funnelboard.domain.InteractionKind kind) {
        model.reach().reach(kind).whenComplete((outcome, failure) -> {
            if (failure != null) {
                status.accept(com.funnelboard.ui.common.Problems.sentence("The contact could not be reached", failure));
                return;
            }
            if (outcome.notTaken() != null) {
                javafx.scene.input.ClipboardContent copied = new javafx.scene.input.ClipboardContent();
                copied.putString(outcome.notTaken());
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(copied);
            }
            status.accept(outcome.said());
            if (outcome.notTaken() == null && !(kind == com.funnelboard.domain.InteractionKind.EMAIL ? model.reach().email()
                    : model.reach().phone()).get().isEmpty()) {
                logBar.ready(kind);
                showTab("Activity");
                logBar.focusNote();
            }
        });
    }

    private java.util.function.BiConsumer<UUID, String> onScheduleFollowUp = (id, title) -> {};
    private Node dealEditor = new javafx.scene.layout.Region();
    private Node history = new javafx.scene.layout.Region();
    private ContactDeletion deletion = (id, withDeals) -> java.util.concurrent.CompletableFuture.completedFuture("");
    private java.util.function.Consumer<String> status = s -> {};

    /** Deletes a contact (with its deals when asked); completes with what was done, in words. */
    @FunctionalInterface
    public interface ContactDeletion {
        java.util.concurrent.CompletableFuture<String> delete(UUID contact, boolean withDeals);
    }

    /**
     * The parts the pane shows but does not own: the selected deal's form (on the Deals tab), the
     * History tab, and how a contact is deleted, with where its outcome is said. Set before the
     * first contact is shown.
     */
    public void setParts(Node dealEditor, Node history, ContactDeletion deletion, java.util.function.Consumer<String> status) {
        this.dealEditor = dealEditor;
        this.history = history;
        this.deletion = deletion;
        this.status = status;
        logBar.setStatus(status);
    }

    /** What "Follow-up…" does with the selected deal (its id and title). */
    public void setOnScheduleFollowUp(java.util.function.BiConsumer<UUID, String> action) {
        this.onScheduleFollowUp = action;
    }

    private void build(Label placeholder, Locale locale, NewDealPrompt newDeal, java.util.function.BiConsumer<UUID, UUID> reviewDuplicate) {
        Label name = new Label();
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(model.titleProperty());
        SafeWrap.wrap(name);
        Label status = new Label();
        status.setId("save-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        SafeWrap.wrap(status);

        VBox details = new ContactDetailsSection(model, typing).build(this::confirmDelete);
        VBox dealsTab = ContactDealsSection.build(model, this, clock, locale, newDeal, dealEditor,
                (id, title) -> onScheduleFollowUp.accept(id, title));
        VBox activity = new VBox(10, section("Log an interaction"), logBar, section("Timeline"), timeline(locale));
        VBox.setVgrow(activity.getChildren().getLast(), Priority.ALWAYS);
        VBox historyTab = new VBox(history);
        VBox.setVgrow(history, Priority.ALWAYS);
        tabs.getTabs().addAll(tab("Activity", "tab-activity", activity), tab("Details", "tab-details", details),
                tab("Deals", "tab-deals", dealsTab), tab("History", "tab-history", historyTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Another contact or deal starts at the top of each tab: the pane kept the last one's scroll position, and on a
        // 720-pixel screen the next deal's title sat half under the tabs.
        javafx.beans.InvalidationListener toTop = o -> tabs.getTabs().forEach(t -> {
            if (t.getContent() instanceof ScrollPane sp) {
                sp.setVvalue(0);
            }
        });
        model.contactIdProperty().addListener(toTop);
        model.selectedDealProperty().addListener(toTop);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label twin = new Label();
        twin.setId("look-alike");
        SafeWrap.wrap(twin);
        twin.setGraphic(new FontIcon(Feather.USERS));
        Button review = new Button("Review…");
        review.setId("review-look-alike");
        review.getStyleClass().addAll(Styles.SMALL);
        // The button keeps its word whatever the pane's width ("Rev…" beside a long name); the sentence gives way, whole in its tooltip.
        review.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        twin.setMinWidth(0);
        com.funnelboard.ui.common.LazyTooltip.install(twin, twin::getText);
        HBox banner = new HBox(8, twin, spacer(), review);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("look-alike-banner");
        banner.setId("look-alike-banner");
        Runnable updateBanner = () -> {
            var first = model.lookAlikes().isEmpty() ? null : model.lookAlikes().getFirst();
            banner.setVisible(first != null);
            banner.setManaged(first != null);
            if (first != null) {
                twin.setText("Looks like " + first.second().name() + " ("
                        + first.reasons().stream().map(r -> r.label()).collect(java.util.stream.Collectors.joining(", ")) + ")"
                        + (model.lookAlikes().size() > 1 ? " and " + (model.lookAlikes().size() - 1) + " more" : ""));
                review.setOnAction(e -> reviewDuplicate.accept(first.first().id(), first.second().id()));
            }
        };
        model.lookAlikes().addListener((javafx.collections.ListChangeListener<Object>) c -> updateBanner.run());
        updateBanner.run();
        // The envelope and the phone at the name's right, over room the name leaves for them: in a row beside it, a long name
        // ("Hans-Jürgen Weißgerber") was cut short on one line with room to spare, the row taking the height of one line.
        HBox reach = new HBox(2, reachButton(Feather.MAIL, "reach-email", com.funnelboard.domain.InteractionKind.EMAIL),
                reachButton(Feather.PHONE, "reach-call", com.funnelboard.domain.InteractionKind.CALL));
        reach.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        reach.setPickOnBounds(false);
        name.setId("contact-heading");
        name.setPadding(new Insets(0, 76, 0, 0));
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a long sentence ("Not saved, changed elsewhere since …") whole
        name.setMaxWidth(Double.MAX_VALUE);
        StackPane header = new StackPane(name, reach);
        StackPane.setAlignment(name, Pos.TOP_LEFT);
        StackPane.setAlignment(reach, Pos.TOP_RIGHT);
        // As tall as the name's lines: the tabs below take what is left, and the pane shrank the name to one line, cut ("Hans-Jürgen …").
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(6, header, status, banner, tabs);
        content.setPadding(new Insets(12, 12, 0, 12));
        content.visibleProperty().bind(model.contactIdProperty().isNotNull().and(model.organizationShownProperty().not()));
        placeholder.visibleProperty().bind(content.visibleProperty().not().and(model.noContact().shownProperty().isNull())
                .and(model.organizationShownProperty().not()));
        getChildren().add(content);
    }

    /** An icon beside the contact's name that writes to them or calls them; off when they have no address or number for it. */
    private Button reachButton(Feather icon, String id, com.funnelboard.domain.InteractionKind kind) {
        boolean mail = kind == com.funnelboard.domain.InteractionKind.EMAIL;
        javafx.beans.binding.StringBinding to = mail ? model.reach().email() : model.reach().phone();
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.disableProperty().bind(to.isEmpty());
        b.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> (mail ? "Write to " : "Call ")
                + model.titleProperty().get(), model.titleProperty()));
        com.funnelboard.ui.common.LazyTooltip.install(b, () -> to.get().isEmpty() ? (mail ? "No e-mail address to write to" : "No phone number to call")
                : (mail ? "Write to " + to.get() + " in your mail program (Ctrl+Shift+E)" : "Call " + to.get() + " (Ctrl+Shift+C)")
                        + ", then log it here");
        b.setOnAction(e -> reach(kind));
        return b;
    }

    /** Asks before deleting the contact shown, saying which deals go with it. */
    private void confirmDelete() {
        UUID id = model.contactIdProperty().get();
        String name = model.titleProperty().get();
        java.util.List<DealCard> deals = java.util.List.copyOf(model.deals());
        String delete = deals.isEmpty() ? "Delete" : "Delete with " + (deals.size() == 1 ? "its deal" : "its " + deals.size() + " deals");
        String with = deals.isEmpty() ? "Their interactions and history stay with the record."
                : (deals.size() == 1 ? "Their deal goes with them: " : "Their " + deals.size() + " deals go with them: ")
                        + deals.stream().limit(5).map(d -> "\u201C" + d.title() + "\u201D (" + d.stage().label() + ")")
                                .collect(java.util.stream.Collectors.joining(", "))
                        + (deals.size() > 5 ? " and " + (deals.size() - 5) + " more" : "")
                        + ". To keep a deal, merge this contact into another one instead.";
        boolean confirmed = com.funnelboard.ui.common.TrashConfirmation.ask(getScene().getWindow(), "Move " + name + " to the trash?",
                with + " Everything stays in the Trash for 30 days, where Restore brings it back; Ctrl+Z undoes the delete at once.", delete, 460);
        if (confirmed) {
            model.flush().thenCompose(v -> deletion.delete(id, !deals.isEmpty()))
                    .whenComplete((said, failure) -> status.accept(failure == null ? said
                            : "Not deleted: " + (failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage())));
        }
    }

    private static Tab tab(String text, String id, VBox content) {
        content.setPadding(new Insets(10, 2, 10, 2));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Tab t = new Tab(text, scroll);
        t.setId(id);
        return t;
    }

    /**
     * Shows {@code view} (the organization picked on the Organizations page) in the pane while the
     * model says an organization is shown; a contact or deal shown afterwards takes its place.
     */
    public void setOrganizationView(Node view) {
        view.visibleProperty().bind(model.organizationShownProperty());
        StackPane.setAlignment(view, Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.organizationShownProperty());
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        getChildren().add(scroll);
    }

    /** Shows one of the pane's tabs: "Activity", "Details", "Deals" or "History". */
    public void showTab(String text) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(text)).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private Node timeline(Locale locale) {
        ListView<com.funnelboard.domain.TimelineEvent> list = new ListView<>(model.timeline());
        list.setId("timeline");
        com.funnelboard.ui.common.FirstDown.install(list); // the first ↓ chose the second row
        list.setPrefHeight(260);
        list.setCellFactory(l -> new TimelineCell(clock, locale));
        // A row shows a long note cut short (TimelineNotes.SHOWN); the whole of it goes to the clipboard from here.
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy note");
        copy.setId("timeline-copy-note");
        copy.setOnAction(e -> {
            com.funnelboard.domain.TimelineEvent chosen = list.getSelectionModel().getSelectedItem();
            String note = chosen == null ? null : TimelineNotes.note(chosen);
            if (note != null) {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(note);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            }
        });
        list.setContextMenu(new javafx.scene.control.ContextMenu(copy));
        list.setOnContextMenuRequested(e -> {
            com.funnelboard.domain.TimelineEvent chosen = list.getSelectionModel().getSelectedItem();
            copy.setDisable(chosen == null || TimelineNotes.note(chosen) == null || TimelineNotes.note(chosen).isEmpty());
        });
        return list;
    }

    /** A section title in the pane. */
    static Label section(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, "section-title");
        return l;
    }

    /** Space that grows in a row, pushing what follows to the end. */
    static Node spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
