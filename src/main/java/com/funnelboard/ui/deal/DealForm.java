package com.funnelboard.ui.deal;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LeadSource;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected deal's fields in the detail pane, saved as you type (a pause or leaving a field
 * saves), with Delete. A field whose text is not saved is marked red with the reason as its tooltip.
 */
public final class DealForm extends VBox {

    static final Duration SAVE_DELAY = Duration.millis(600);

    private static final String OWNER_HINT = "whose deal this is: pick a teammate, or type a name or an email";

    private final DealFormViewModel model;
    private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
    private final TextField title = new TextField();
    private final com.funnelboard.ui.common.SaveAsYouType typing;
    private final java.util.function.Consumer<String> status;
    private final Button giveAway = new Button("Other contact\u2026", new FontIcon(Feather.USER_CHECK));
    private GiveDealViewModel giving;

    /** @param status where the result of a delete is said (the window's status bar) */
    public DealForm(DealFormViewModel model, java.util.function.Consumer<String> status) {
        this(model, status, () -> null);
    }

    /** @param statusNow what the window's status says now: a refusal said of a deal is taken back once that deal is saved */
    public DealForm(DealFormViewModel model, java.util.function.Consumer<String> status, java.util.function.Supplier<String> statusNow) {
        super(6);
        this.model = model;
        this.status = status;
        model.settledProperty().addListener((o, was, now) -> {
            if (now != null && !now.isEmpty() && now.equals(statusNow.get())) {
                status.accept("");
            }
        });
        setId("deal-form");
        saveLater.setOnFinished(e -> model.flush());
        typing = new com.funnelboard.ui.common.SaveAsYouType(saveLater, model::isDirty, model::flush, model::revertTyping, model.problems())
                .keepingAsTyped(model::keepTyping); // before the save's pause (see DealFormViewModel#keepTyping)

        TextField value = new TextField();
        value.setPromptText("no value");
        TextField currency = new TextField();
        currency.setPromptText("EUR");
        currency.setPrefColumnCount(4);
        currency.setMinWidth(64);
        bind(title, DealFormViewModel.TITLE, model.titleProperty());
        bind(value, DealFormViewModel.VALUE, model.valueProperty());
        bind(currency, DealFormViewModel.CURRENCY, model.currencyProperty());
        value.focusedProperty().addListener((o, was, is) -> model.valueFocused(is));
        HBox money = new HBox(6, value, currency);
        HBox.setHgrow(value, Priority.ALWAYS);

        DatePicker close = new DatePicker();
        close.setId("deal-close-date");
        close.setPromptText("Expected close");
        close.setMaxWidth(Double.MAX_VALUE);
        // Read as every date field reads ("12/31", "31.12.2026", "friday", "+3"); text that names no day stays, marked, with
        // the sentence in its tooltip and the form's status (it was dropped without a word, or the stored date put back).
        com.funnelboard.ui.common.TypedDates.marked(close, model::today, model.locale(), "The day you expect to close: "
                + com.funnelboard.domain.DateWords.examples(model.locale()),
                true, model::closeDateTyped);
        close.valueProperty().bindBidirectional(model.closeDateProperty());
        close.valueProperty().addListener((o, a, b) -> saveIfDirty());

        ComboBox<LeadSource> source = new ComboBox<>();
        source.setId("deal-source");
        source.getItems().add(null);
        source.getItems().addAll(LeadSource.values());
        source.setMaxWidth(Double.MAX_VALUE);
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(LeadSource s) {
                return s == null ? "\u2014" : s.label();
            }

            @Override
            public LeadSource fromString(String s) {
                return null;
            }
        });
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.valueProperty().addListener((o, a, b) -> saveIfDirty());

        ComboBox<String> owner = new ComboBox<>(model.owner().people());
        owner.setId("deal-owner");
        owner.setEditable(true);
        owner.setPromptText("nobody");
        owner.setMaxWidth(Double.MAX_VALUE);
        owner.setTooltip(new Tooltip());
        // The owner is an email; the field says the name the team gave it (it fits the pane), the list and the tooltip
        // both ("Ida Berg <ida@…>").
        OwnerText ownerText = new OwnerText(model.owner().names());
        owner.setConverter(ownerText);
        owner.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String email, boolean empty) {
                super.updateItem(email, empty);
                setText(empty ? null : ownerText.full(email));
            }
        });
        Runnable sayOwner = () -> {
            if (model.problems().get(DealFormViewModel.OWNER) == null) {
                owner.getTooltip().setText(ownerText.full(owner.getValue()) + ": " + OWNER_HINT); // "nobody: whose deal …" when none
            }
        };
        model.owner().names().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            if (!owner.getEditor().isFocused()) {
                owner.getEditor().setText(owner.getConverter().toString(owner.getValue()));
            }
            sayOwner.run();
        });
        owner.valueProperty().addListener((o, a, b) -> sayOwner.run());
        sayOwner.run();
        // Left, the field says its owner by the team's name again ("Uma Vik", given with the address typed beside it, whose name
        // came while the keyboard was in the field and showed the bare address until the pane was shown again).
        owner.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                javafx.application.Platform.runLater(() -> {
                    if (!owner.getEditor().isFocused() && model.problems().get(DealFormViewModel.OWNER) == null) {
                        owner.getEditor().setText(owner.getConverter().toString(owner.getValue()));
                    }
                });
            }
        });
        owner.valueProperty().bindBidirectional(model.owner().owner());
        // Given on a pick or Enter; what the store refuses is marked as the other fields are.
        owner.valueProperty().addListener((o, a, b) -> model.reassign(b, com.funnelboard.service.PeopleService.mailboxName(owner.getEditor().getText())));
        model.problems().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            String problem = model.problems().get(DealFormViewModel.OWNER);
            owner.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
            if (problem != null) {
                owner.getTooltip().setText(problem);
            } else {
                sayOwner.run();
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        // In a narrow pane (a 1024-pixel window) the labels give way, "Expected close" on two lines, and the fields keep room
        // for what they hold ("1,000.00" beside its currency was cut to "1,000.0").
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(LABELS_MIN_WIDTH);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(FIELDS_MIN_WIDTH);
        fields.setPrefWidth(FIELDS_MIN_WIDTH); // the labels on one line wherever the fields' least width leaves room for them
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, label("Title"), title);
        grid.addRow(1, label("Value"), money);
        grid.addRow(2, label("Expected close"), close);
        grid.addRow(3, label("Source"), source);
        grid.addRow(4, label("Owner"), owner);
        // A won deal's final value and close date, a lost deal's day and reason: the card shows the final value, the form the estimate.
        Label closed = new Label();
        closed.setId("deal-closing");
        closed.getStyleClass().add(Styles.TEXT_SMALL);
        SafeWrap.wrap(closed);
        closed.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // on two lines where one is too short, never cut
        closed.textProperty().bind(model.won().closingProperty());
        closed.visibleProperty().bind(model.won().closingProperty().isNotEmpty());
        closed.managedProperty().bind(closed.visibleProperty());
        // A won deal's record can be corrected (a final value mistyped, the signing's day entered late): it took moving the deal
        // back and winning it again.
        javafx.scene.control.Hyperlink correct = new javafx.scene.control.Hyperlink("Correct\u2026");
        correct.setId("deal-correct-win");
        correct.getStyleClass().add(Styles.TEXT_SMALL);
        correct.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        correct.visibleProperty().bind(model.won().wonProperty().and(closed.visibleProperty()));
        correct.managedProperty().bind(correct.visibleProperty());
        correct.setOnAction(e -> correctWin());
        HBox closing = new HBox(6, closed, correct);
        closing.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox.setHgrow(closed, Priority.SOMETIMES);
        // The sentence gives way to the link, onto more lines: at 1366 px beside four columns the link ended in "Correct…" cut.
        closed.setMinWidth(0);
        closing.setMinWidth(0);
        closing.managedProperty().bind(closed.visibleProperty());
        closing.visibleProperty().bind(closed.visibleProperty());
        grid.add(closing, 1, 5);
        Label notesLabel = label("Notes");
        GridPane.setValignment(notesLabel, javafx.geometry.VPos.TOP);
        grid.add(notesLabel, 0, 6);
        grid.add(notesField(), 1, 6);

        Label saved = new Label();
        saved.setId("deal-save-status");
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        saved.textProperty().bind(model.statusProperty());
        saved.setMaxWidth(Double.MAX_VALUE);
        // The whole sentence, on as many lines as it takes ("Not saved yet: Not an amount: …. Write it like 12,500.50").
        SafeWrap.wrap(saved);
        saved.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button delete = new Button("Delete deal\u2026", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-deal");
        delete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        delete.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
        delete.setOnAction(e -> confirmDelete());
        giveAway.setId("give-deal");
        giveAway.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        giveAway.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        giveAway.setTooltip(new Tooltip("Make it another contact's deal (the champion left, the buyer changed)"));
        giveAway.setOnAction(e -> askWhom());
        giveAway.setVisible(false);
        giveAway.setManaged(false);
        // The status on a line of its own, the pane's whole width: beside the two buttons a date's problem ("Not saved yet: Not a
        // date: write it like 6. Dez. 2026, or …") stood one or two words a line in a narrow column.
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, gap, giveAway, delete);
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        javafx.scene.layout.VBox foot = new javafx.scene.layout.VBox(4, saved, actions);
        getChildren().addAll(grid, foot);
        model.noticeProperty().addListener((o, was, said) -> {
            if (said != null && !said.isEmpty()) {
                status.accept(said);
            }
        });
        visibleProperty().bind(model.dealIdProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    /**
     * Puts the caret at the end of the title, as double-clicking a card or Enter on it does: not selecting it, so that a key
     * typed next (meant for the board) does not replace the whole title (it did, saved at once).
     */
    public void focusTitle() {
        title.requestFocus();
        title.end();
    }

    /** Lets the form give its deal to another contact (Other contact…); without it the button is not shown. */
    public void setGiving(GiveDealViewModel giving) {
        this.giving = giving;
        giveAway.setVisible(giving != null);
        giveAway.setManaged(giving != null);
    }

    private void askWhom() {
        Deal deal = model.shown();
        if (giving == null || deal == null) {
            return;
        }
        com.funnelboard.ui.common.SearchPick.ask(getScene().getWindow(), new com.funnelboard.ui.common.SearchPick.Ask<>("give-deal",
                "Give to another contact", "Whose deal is \u201C" + deal.title() + "\u201D now?", "Search by name, e-mail, organization or phone",
                "Its follow-ups and stage history go with it; the calls and notes logged so far stay with the person spoken to.", "Give",
                text -> giving.search(text, deal.contactId()), (com.funnelboard.domain.ContactSummary c) -> c.name()
                        + (c.organizationName() == null ? "" : " \u00B7 " + c.organizationName()) + (c.email() == null ? "" : "\n" + c.email())))
                .ifPresent(to -> model.flush()
                .thenCompose(v -> giving.give(deal.id(), deal.title(), to))
                .whenComplete((said, failure) -> status.accept(failure == null ? said : "The deal was not given to " + to.name() + ": "
                        + (failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage()))));
    }

    /**
     * The deal's own notes (its description in other programs, what a rep writes about the deal rather than its contact):
     * saved when the typing pauses, or the keyboard leaves them; a refusal said under them.
     */
    private javafx.scene.Node notesField() {
        javafx.scene.control.TextArea notes = new javafx.scene.control.TextArea();
        notes.setId("deal-notes");
        notes.setPromptText("What to remember about this deal");
        notes.setPrefRowCount(4);
        // Its four lines whatever the pane's height (the tab scrolls): the pane squeezed it to two.
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        SafeWrap.wrap(notes);
        com.funnelboard.ui.common.Nodes.tabLeaves(notes);
        PauseTransition later = new PauseTransition(SAVE_DELAY);
        later.setOnFinished(e -> model.notes().flush());
        // Saved as the fields are, and Ctrl+Z the same: what was typed and not saved comes back as stored, else the window's Undo.
        javafx.collections.ObservableMap<String, String> refused = javafx.collections.FXCollections.observableHashMap();
        model.notes().problemProperty().addListener((o, was, said) -> {
            if (said.isEmpty()) {
                refused.remove(com.funnelboard.service.DealEditing.NOTES);
            } else {
                refused.put(com.funnelboard.service.DealEditing.NOTES, said);
            }
        });
        new com.funnelboard.ui.common.SaveAsYouType(later, model.notes()::isDirty, model.notes()::flush, model.notes()::revertTyping, refused)
                .keepingAsTyped(model.notes()::keepTyping)
                .bind(notes, model.notes().textProperty(), com.funnelboard.service.DealEditing.NOTES);
        return new VBox(2, notes, sentence("deal-notes-problem", Styles.DANGER, model.notes().problemProperty()),
                sentence("deal-notes-notice", Styles.TEXT_MUTED, model.notes().noticeProperty()));
    }

    /** A small sentence under a field, in its style, shown while it says something. */
    private static Label sentence(String id, String style, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, style);
        SafeWrap.wrap(l);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole, on the lines it takes ("Saved the notes typed before …" was cut)
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private void correctWin() {
        var correction = model.won().wonCorrection();
        if (correction == null) {
            return;
        }
        new com.funnelboard.ui.qualify.WonCorrectionDialog(getScene().getWindow(), correction).showAndWait()
                .ifPresent(entry -> model.won().correctWon(entry).whenComplete((v, failure) -> status.accept(failure == null
                        ? "Corrected the win of \u201C" + correction.deal().title() + "\u201D."
                        : "The win was not corrected: " + (failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage()))));
    }

    private void confirmDelete() {
        String shown = model.titleProperty().get();
        if (com.funnelboard.ui.common.TrashConfirmation.askForDeal(getScene().getWindow(), shown)) {
            model.delete().whenComplete((said, failure) -> status.accept(failure == null ? said
                    : "The deal was not deleted: " + (failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage())));
        }
    }

    private void saveIfDirty() {
        if (model.isDirty()) {
            saveLater.stop();
            model.flush();
        }
    }

    private void bind(TextInputControl t, String field, javafx.beans.property.StringProperty property) {
        t.setId("deal-" + field);
        typing.bind(t, property, field);
        // What another program wrote, shown in the field being typed in, puts the caret at its end (it went to the start, and
        // "1" typed next made €7,000 into €17,000).
        t.textProperty().addListener((o, a, b) -> {
            if (model.showingStored() && t.isFocused()) {
                javafx.application.Platform.runLater(t::end);
            }
        });
    }

    /** The labels' least width: their longest word ("Expected"). */
    static final double LABELS_MIN_WIDTH = 72;
    /** The fields' least width: a value such as "12,500.00" beside its currency. */
    static final double FIELDS_MIN_WIDTH = 170;

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        SafeWrap.wrap(l);
        l.setMinWidth(LABELS_MIN_WIDTH);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // its lines in full
        return l;
    }
}
