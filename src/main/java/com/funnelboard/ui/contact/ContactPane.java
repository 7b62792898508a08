package com.funnelboard.ui.contact;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.service.ContactEditing;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
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
        this.logBar = new LogBar(model, clock);
        getStyleClass().add("contact-pane");
        setId("contact-pane");
        saveLater.setOnFinished(e -> model.flush());
        typing = new com.funnelboard.ui.common.SaveAsYouType(saveLater, model::isDirty, model::flush, model.problems());

        Label placeholder = new Label("Select a card or a contact to see it here.");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);

        getChildren().add(placeholder);
        // A deal with no contact (kept by an import) shows itself and a way to give it one.
        NoContactView noContact = new NoContactView(model.noContact(), locale);
        noContact.visibleProperty().bind(model.noContact().shownProperty().isNotNull());
        StackPane.setAlignment(noContact, Pos.TOP_LEFT);
        placeholder.visibleProperty().bind(noContact.visibleProperty().not());
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
        if (model.contactIdProperty().get() == null || !logBar.shortcut(e)) {
            return false;
        }
        showTab("Activity");
        logBar.focusNote();
        e.consume();
        return true;
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
    }

    /** What "Follow-up…" does with the selected deal (its id and title). */
    public void setOnScheduleFollowUp(java.util.function.BiConsumer<UUID, String> action) {
        this.onScheduleFollowUp = action;
    }

    private void build(Label placeholder, Locale locale, NewDealPrompt newDeal, java.util.function.BiConsumer<UUID, UUID> reviewDuplicate) {
        Label name = new Label();
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(model.titleProperty());
        name.setWrapText(true);
        Label status = new Label();
        status.setId("save-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        GridPane form = grid();
        int row = 0;
        form.addRow(row++, label("Name"), text(ContactProfile.NAME, "Full name"));
        form.addRow(row++, label("Title"), text(ContactProfile.TITLE, "Job title"));
        form.addRow(row++, label("Organization"), text(ContactProfile.ORGANIZATION, "Company"));
        form.addRow(row++, label("Emails"), text(ContactProfile.EMAILS, "name@company.com, another@…"));
        form.addRow(row++, label("Phones"), text(ContactProfile.PHONES, "+46 8 123 456 78, …"));
        form.addRow(row++, label("Prefers"), choice(ContactProfile.CHANNEL, PreferredChannel.values(), PreferredChannel::key,
                PreferredChannel::label, s -> PreferredChannel.parse(s).orElse(null)));
        form.addRow(row++, label("Industry"), text(ContactProfile.INDUSTRY, "Logistics"));
        form.addRow(row++, label("Company size"), text(ContactProfile.COMPANY_SIZE, "51-200"));
        form.addRow(row++, label("Persona"), text(ContactProfile.PERSONA, "Economic buyer"));
        form.addRow(row++, label("Source"), choice(ContactProfile.SOURCE, LeadSource.values(), LeadSource::key, LeadSource::label,
                s -> LeadSource.parse(s).orElse(null)));
        form.addRow(row++, label("Tags"), text(ContactProfile.TAGS, "vip, renewal"));
        form.addRow(row++, label("Pain points"), area(ContactProfile.PAIN_POINTS, 2));
        form.addRow(row++, label("Notes"), area(ContactProfile.NOTES, 3));

        GridPane org = grid();
        int r2 = 0;
        org.addRow(r2++, label("Website"), text(ContactEditing.ORG_WEBSITE, "company.com"));
        org.addRow(r2++, label("Industry"), text(ContactEditing.ORG_INDUSTRY, ""));
        org.addRow(r2++, label("Size"), text(ContactEditing.ORG_SIZE, ""));
        org.addRow(r2++, label("Address"), area(ContactEditing.ORG_ADDRESS, 2));
        org.visibleProperty().bind(model.field(ContactProfile.ORGANIZATION).isNotEmpty());
        org.managedProperty().bind(org.visibleProperty());

        ListView<DealCard> dealList = new ListView<>(model.deals());
        dealList.setId("contact-deals");
        dealList.setPrefHeight(150);
        dealList.setPlaceholder(new Label("No deals. New deal\u2026 opens one."));
        dealList.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // long titles end in "…" instead of scrolling the list sideways
            }

            @Override
            protected void updateItem(DealCard d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.title() + "  ·  " + d.stage().label()
                        + (d.shownValue() == null ? "" : "  ·  " + d.shownValue().formatWhole(locale)));
            }
        });
        dealList.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                model.selectedDealProperty().set(d);
            }
        });
        model.selectedDealProperty().addListener((o, a, d) -> {
            if (d != null && dealList.getSelectionModel().getSelectedItem() != d) {
                dealList.getSelectionModel().select(d);
            }
        });
        // The list is replaced when a deal changes: its selection is made again.
        model.deals().addListener((javafx.collections.ListChangeListener<DealCard>) c -> {
            DealCard d = model.selectedDealProperty().get();
            if (d != null && dealList.getSelectionModel().getSelectedItem() != d) {
                dealList.getSelectionModel().select(d);
            }
        });
        Button followUp = new Button("Follow-up…", new FontIcon(Feather.BELL));
        followUp.setId("follow-up-for-deal");
        followUp.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        followUp.disableProperty().bind(model.selectedDealProperty().isNull());
        followUp.setOnAction(e -> onScheduleFollowUp.accept(model.selectedDealProperty().get().id(),
                model.selectedDealProperty().get().title()));
        Button addDeal = new Button("New deal…", new FontIcon(Feather.PLUS));
        addDeal.setId("new-deal-for-contact");
        addDeal.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        addDeal.setOnAction(e -> newDeal.ask(getScene().getWindow(), model.titleProperty().get())
                .ifPresent(d -> model.newDeal(d.title(), d.value(), d.currency(), locale)));

        Label gate = new Label();
        gate.getStyleClass().add(Styles.TEXT_BOLD);
        gate.textProperty().bind(model.nextStageProperty().map(s -> s.isEmpty() ? "" : "Checklist for " + s));
        ListView<ItemResult> checklist = new ListView<>(model.checklist());
        checklist.setId("contact-checklist");
        checklist.setPrefHeight(130);
        checklist.setCellFactory(l -> new ChecklistCell());

        Button deleteContact = new Button("Delete contact\u2026", new FontIcon(Feather.TRASH_2));
        deleteContact.setId("delete-contact");
        deleteContact.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
        deleteContact.setOnAction(e -> confirmDelete());
        VBox details = new VBox(10, section("Contact"), form, section("Organization"), org, new HBox(spacer(), deleteContact));
        Label dealSection = section("Deal");
        dealSection.visibleProperty().bind(dealEditor.visibleProperty());
        dealSection.managedProperty().bind(dealSection.visibleProperty());
        checklist.visibleProperty().bind(model.selectedDealProperty().isNotNull());
        checklist.managedProperty().bind(checklist.visibleProperty());
        ScoreView score = new ScoreView(model.scoreProperty(), clock, locale);
        VBox dealsTab = new VBox(10, new HBox(8, section("Deals"), spacer(), followUp, addDeal), dealList, dealSection, dealEditor,
                score, gate, checklist);
        VBox activity = new VBox(10, section("Log an interaction"), logBar, section("Timeline"), timeline(locale));
        VBox.setVgrow(activity.getChildren().getLast(), Priority.ALWAYS);
        VBox.setVgrow(checklist, Priority.ALWAYS);
        VBox historyTab = new VBox(history);
        VBox.setVgrow(history, Priority.ALWAYS);
        tabs.getTabs().addAll(tab("Activity", "tab-activity", activity), tab("Details", "tab-details", details),
                tab("Deals", "tab-deals", dealsTab), tab("History", "tab-history", historyTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label twin = new Label();
        twin.setId("look-alike");
        twin.setWrapText(true);
        twin.setGraphic(new FontIcon(Feather.USERS));
        Button review = new Button("Review…");
        review.setId("review-look-alike");
        review.getStyleClass().addAll(Styles.SMALL);
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
        VBox content = new VBox(6, name, status, banner, tabs);
        content.setPadding(new Insets(12, 12, 0, 12));
        content.visibleProperty().bind(model.contactIdProperty().isNotNull());
        placeholder.visibleProperty().bind(content.visibleProperty().not().and(model.noContact().shownProperty().isNull()));
        getChildren().add(content);
    }

    /** Asks before deleting the contact shown, saying which deals go with it. */
    private void confirmDelete() {
        UUID id = model.contactIdProperty().get();
        String name = model.titleProperty().get();
        java.util.List<DealCard> deals = java.util.List.copyOf(model.deals());
        javafx.scene.control.ButtonType delete = new javafx.scene.control.ButtonType(deals.isEmpty() ? "Delete"
                : "Delete with " + (deals.size() == 1 ? "its deal" : "its " + deals.size() + " deals"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        String with = deals.isEmpty() ? "Their interactions and history stay with the record."
                : (deals.size() == 1 ? "Their deal goes with them: " : "Their " + deals.size() + " deals go with them: ")
                        + deals.stream().limit(5).map(d -> "\u201C" + d.title() + "\u201D (" + d.stage().label() + ")")
                                .collect(java.util.stream.Collectors.joining(", "))
                        + (deals.size() > 5 ? " and " + (deals.size() - 5) + " more" : "")
                        + ". To keep a deal, merge this contact into another one instead.";
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                with + " Everything stays in the Trash for 30 days, where Restore brings it back; Ctrl+Z undoes the delete at once.",
                delete, javafx.scene.control.ButtonType.CANCEL);
        ask.setHeaderText("Move " + name + " to the trash?");
        ask.initOwner(getScene().getWindow());
        ask.getDialogPane().setMinWidth(460);
        ask.showAndWait().filter(b -> b == delete).ifPresent(b -> model.flush().thenCompose(v -> deletion.delete(id, !deals.isEmpty()))
                .whenComplete((said, failure) -> status.accept(failure == null ? said
                        : "Not deleted: " + (failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage()))));
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

    /** Shows one of the pane's tabs: "Activity", "Details", "Deals" or "History". */
    public void showTab(String text) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(text)).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private Node timeline(Locale locale) {
        ListView<com.funnelboard.domain.TimelineEvent> list = new ListView<>(model.timeline());
        list.setId("timeline");
        list.setPrefHeight(260);
        list.setCellFactory(l -> new TimelineCell(clock, locale));
        return list;
    }

    private TextField text(String field, String prompt) {
        TextField t = new TextField();
        t.setPromptText(prompt);
        bind(t, field);
        return t;
    }

    private TextArea area(String field, int rows) {
        TextArea t = new TextArea();
        t.setPrefRowCount(rows);
        t.setWrapText(true);
        bind(t, field);
        return t;
    }

    /** Two-way to the model; a pause in typing or leaving the field saves; a problem marks it red. */
    private void bind(TextInputControl t, String field) {
        t.setId("field-" + field);
        typing.bind(t, model.field(field), field);
    }

    private <E> ComboBox<E> choice(String field, E[] values, Function<E, String> key, Function<E, String> label,
            Function<String, E> parse) {
        ComboBox<E> box = new ComboBox<>();
        box.setId("field-" + field);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(converter(e -> e == null ? "—" : label.apply(e)));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(parse.apply(model.field(field).get()));
        model.field(field).addListener((o, a, b) -> box.setValue(parse.apply(b)));
        box.valueProperty().addListener((o, a, b) -> {
            String k = b == null ? "" : key.apply(b);
            if (!k.equals(model.field(field).get())) {
                model.field(field).set(k);
                model.flush();
            }
        });
        return box;
    }

    static <E> StringConverter<E> converter(Function<E, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "—" : text.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, "section-title");
        return l;
    }

    private static Node spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
