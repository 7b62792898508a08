package com.funnelboard.ui.lead;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.service.NewLead;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
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
    private final com.funnelboard.ui.common.FieldForm form;

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
        com.funnelboard.ui.common.SafeWrap.guard(getDialogPane()); // right-to-left text never wrapped, before the first layout
        com.funnelboard.ui.common.ComboTypeAhead.install(getDialogPane());
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
        form = new com.funnelboard.ui.common.FieldForm("lead-", model.problemsBinding());

        TextField name = form.text(NewLead.CONTACT, "Contact name", "Jane Doe", model.contactNameProperty());
        TextField organization = form.text(NewLead.ORGANIZATION, "Organization", "Acme Ltd (optional)", model.organizationProperty());
        com.funnelboard.ui.common.Suggestions.attach(organization, model.organizationSuggestions());
        form.text(NewLead.EMAIL, "Email", "jane@acme.example", model.emailProperty());
        form.text(NewLead.PHONE, "Phone", com.funnelboard.domain.DuplicateFinder.examplePhone(model.locale()), model.phoneProperty());
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
        form.add(null, "Source", source);
        form.text(NewLead.TITLE, "Deal title", "What are they buying?", model.titleProperty());
        form.text(NewLead.VALUE, "Value (" + model.currencyProperty().get() + ")", "e.g. " + model.valueExample() + " (optional)", model.valueProperty());

        // A contact with the address or number typed is stored already: the deal goes to them unless this is unticked.
        javafx.scene.control.CheckBox existing = new javafx.scene.control.CheckBox();
        existing.setId("lead-existing-contact");
        SafeWrap.wrap(existing);
        existing.setMaxWidth(460);
        existing.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its lines, never squeezed to one
        existing.getStyleClass().add(Styles.TEXT_SMALL);
        existing.setPadding(new javafx.geometry.Insets(0, 16, 8, 16));
        existing.selectedProperty().bindBidirectional(model.addToExistingProperty());
        existing.setOnAction(e -> model.choose(existing.isSelected()));
        existing.visibleProperty().bind(model.existingContact().isNotNull());
        existing.managedProperty().bind(existing.visibleProperty());
        existing.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.existingContact().get() == null ? "" : NewLeadViewModel.existingSentence(model.existingContact().get()),
                model.existingContact()));
        // The dialog grows for the offer's lines when it shows (its text was cut to "Add the deal to Maximiliana Alexandra ..." with
        // the text scaled up), and the whole sentence is in its tooltip.
        existing.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null && !now.isEmpty()) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        com.funnelboard.ui.common.LazyTooltip.install(existing, existing::getText);
        getDialogPane().setContent(new javafx.scene.layout.VBox(form.node(), existing));
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
                    form.untouch();
                    setHeaderText("Add a lead to the pipeline");
                    startOver.setText(UNDO_START_OVER);
                } else {
                    model.restore(back);
                    setHeaderText("The lead you were adding, as you left it");
                    startOver.setText(START_OVER.getText());
                }
                name.requestFocus();
            });
        }
        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.setId("lead-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.validBinding().get()) {
                form.touchAll();
                form.focusFirstProblem();
                e.consume();
            }
        });
        if (resumed) {
            // What comes back is marked as it was left: a restored "jane@acme" showed no problem until Create was pressed.
            form.touch(model.draft().keySet());
        }
        setResultConverter(bt -> bt == CREATE && model.validBinding().get() ? model.toLead() : null);
        setOnShown(e -> Platform.runLater(name::requestFocus));
        // Errors appear under their fields: the dialog grows with them, so Create and Cancel stay in sight.
        com.funnelboard.ui.common.DialogFit.follow(this);
    }
}
