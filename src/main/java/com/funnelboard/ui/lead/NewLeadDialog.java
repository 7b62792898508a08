package com.funnelboard.ui.lead;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.service.NewLead;
import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "New lead": contact, organization, email, phone, source, deal title and value. Each field shows
 * its problem once it has been left (or Create was pressed); Create is enabled when all is valid.
 */
public final class NewLeadDialog extends Dialog<NewLead> {

    public static final ButtonType CREATE = new ButtonType("Create lead", ButtonBar.ButtonData.OK_DONE);
    /** Empties a form brought back with what was typed before (see ShellDialogs). */
    public static final ButtonType START_OVER = new ButtonType("Start over", ButtonBar.ButtonData.LEFT);
    /** What Start over reads once it has emptied the form: pressed, the form gets back what was in it. */
    static final String UNDO_START_OVER = "Bring it back";

    private final NewLeadViewModel model;
    private final Set<String> touched = new HashSet<>();
    private final java.util.List<Runnable> refreshers = new java.util.ArrayList<>();
    private final GridPane grid = new GridPane();
    private int row;

    /** Whether the form was closed by Ctrl+Q, which then quits the app (the window's keys do not reach it while the form is open). */
    public boolean quitAsked() {
        return quitAsked;
    }

    private boolean quitAsked;
    /** File → Quit's key, as the window's menu has it. */
    private static final javafx.scene.input.KeyCombination QUIT = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Q,
            javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    public NewLeadDialog(Window owner, NewLeadViewModel model) {
        this.model = model;
        initOwner(owner);
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (QUIT.match(e)) {
                e.consume();
                quitAsked = true;
                setResult(null);
                close();
            }
        });
        setTitle("New lead");
        boolean resumed = model.typed();
        setHeaderText(resumed ? "The lead you were adding, as you left it" : "Add a lead to the pipeline");
        grid.setHgap(12);
        grid.setVgap(2);
        grid.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(300);
        grid.getColumnConstraints().addAll(labels, fields);

        TextField name = text(NewLead.CONTACT, "Contact name", "Jane Doe", model.contactNameProperty());
        TextField organization = text(NewLead.ORGANIZATION, "Organization", "Acme Ltd (optional)", model.organizationProperty());
        com.funnelboard.ui.common.Suggestions.attach(organization, model.organizationSuggestions());
        text(NewLead.EMAIL, "Email", "jane@acme.example", model.emailProperty());
        text(NewLead.PHONE, "Phone", "+44 20 7946 0000", model.phoneProperty());
        ComboBox<LeadSource> source = new ComboBox<>(FXCollections.observableArrayList(LeadSource.values()));
        source.setId("lead-source");
        source.setPromptText("Where did they come from?");
        source.setMaxWidth(Double.MAX_VALUE);
        source.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LeadSource s) {
                return s == null ? "" : com.funnelboard.ui.common.Formats.label(s);
            }

            @Override
            public LeadSource fromString(String s) {
                return LeadSource.parse(s).orElse(null);
            }
        });
        source.valueProperty().bindBidirectional(model.sourceProperty());
        add(null, "Source", source);
        text(NewLead.TITLE, "Deal title", "What are they buying?", model.titleProperty());
        text(NewLead.VALUE, "Value (" + model.currencyProperty().get() + ")", "e.g. " + model.valueExample() + " (optional)", model.valueProperty());

        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, CREATE);
        if (resumed) {
            getDialogPane().getButtonTypes().addFirst(START_OVER);
            Button startOver = (Button) getDialogPane().lookupButton(START_OVER);
            startOver.setId("lead-start-over");
            // As wide as its words, whichever it says ("Bring it back" was cut to "Bring it b…" at Start over's width).
            startOver.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(startOver, false);
            // Start over empties the form and then offers what it took away: Tab from the last field reaches
            // this button, and an Enter meant for Create emptied a form typed twice, with nothing to bring it back.
            java.util.concurrent.atomic.AtomicReference<java.util.Map<String, String>> cleared = new java.util.concurrent.atomic.AtomicReference<>();
            startOver.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume(); // the form stays open
                java.util.Map<String, String> back = cleared.getAndSet(null);
                if (back == null) {
                    cleared.set(model.draft());
                    model.clear();
                    touched.clear();
                    setHeaderText("Add a lead to the pipeline");
                    startOver.setText(UNDO_START_OVER);
                } else {
                    model.restore(back);
                    setHeaderText("The lead you were adding, as you left it");
                    startOver.setText(START_OVER.getText());
                }
                refreshers.forEach(Runnable::run);
                name.requestFocus();
            });
        }
        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.setId("lead-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.validBinding().get()) {
                touched.addAll(model.problemsBinding().get().keySet());
                refreshers.forEach(Runnable::run);
                e.consume();
            }
        });
        if (resumed) {
            // What comes back is marked as it was left: a restored "jane@acme" showed no problem until Create was pressed.
            touched.addAll(model.draft().keySet());
            refreshers.forEach(Runnable::run);
        }
        setResultConverter(bt -> bt == CREATE && model.validBinding().get() ? model.toLead() : null);
        setOnShown(e -> Platform.runLater(name::requestFocus));
        // Errors appear under their fields: the dialog grows with them, so Create and Cancel stay in sight.
        com.funnelboard.ui.common.DialogFit.follow(this);
    }

    private TextField text(String key, String label, String prompt, StringProperty property) {
        TextField field = new TextField();
        field.setId("lead-" + key);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                touched.add(key);
                refreshers.forEach(Runnable::run);
            }
        });
        add(key, label, field);
        return field;
    }

    private void add(String key, String label, Node field) {
        Label l = new Label(label);
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true); // the whole sentence, its example at its end ("Write it like 12,500.50"), never cut with "…"
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setMaxWidth(360);
        if (key != null) {
            problem.setId("problem-" + key);
            Runnable refresh = () -> show(key, field, problem);
            refreshers.add(refresh);
            model.problemsBinding().addListener((o, a, p) -> refresh.run());
            refresh.run();
        }
        VBox box = new VBox(2, field, problem);
        grid.add(l, 0, row);
        grid.add(box, 1, row);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        row++;
    }

    private void show(String key, Node field, Label problem) {
        String p = touched.contains(key) ? model.problemsBinding().get().get(key) : null;
        problem.setText(p == null ? "" : p);
        problem.setVisible(p != null);
        problem.setManaged(p != null);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, p != null);
    }
}
