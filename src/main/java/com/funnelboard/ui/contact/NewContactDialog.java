package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "New contact" on the Contacts page: a person without a deal yet — name, organization, email,
 * phone and job title. Each field shows its problem once it has been left (or Add was pressed);
 * the stored contacts it would look like are named under the form as it is typed.
 */
public final class NewContactDialog extends Dialog<NewContactDialog.Choice> {

    /** How the form was left: Add, or Open on a look-alike (the stored contact instead). Cancel gives none. */
    public sealed interface Choice {
        record Add() implements Choice {}

        record Open(java.util.UUID contactId, String name) implements Choice {}
    }

    public static final ButtonType ADD = new ButtonType("Add contact", ButtonBar.ButtonData.OK_DONE);

    public NewContactDialog(Window owner, NewContactViewModel model) {
        initOwner(owner);
        com.funnelboard.ui.common.SafeWrap.guard(getDialogPane()); // right-to-left text never wrapped, before the first layout
        setTitle("New contact");
        setHeaderText(model.typed() ? "The contact you were adding, as you left it" : "Add a person to your contacts");
        com.funnelboard.ui.common.FieldForm form = new com.funnelboard.ui.common.FieldForm("contact-new-", model.problemsBinding());
        TextField name = form.text(NewContactViewModel.NAME, "Name", "Jane Doe", model.nameProperty());
        TextField organization = form.text(NewContactViewModel.ORGANIZATION, "Organization", "Acme Ltd (optional)", model.organizationProperty());
        com.funnelboard.ui.common.Suggestions.attach(organization, model.organizationSuggestions());
        form.text(NewContactViewModel.EMAIL, "Email", "jane@acme.example (optional)", model.emailProperty());
        form.text(NewContactViewModel.PHONE, "Phone", model.phoneExample() + " (optional)", model.phoneProperty());
        form.text(NewContactViewModel.TITLE, "Job title", "Head of Purchasing (optional)", model.titleProperty());

        Label lookAlikes = new Label();
        lookAlikes.setId("contact-new-look-alikes");
        lookAlikes.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        SafeWrap.wrap(lookAlikes);
        lookAlikes.setMaxWidth(440);
        lookAlikes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        lookAlikes.setPadding(new javafx.geometry.Insets(0, 16, 8, 16));
        Runnable showLookAlikes = () -> {
            String found = NewContactViewModel.lookAlikeSentence(model.lookAlikes());
            String sentence = found.isEmpty() ? "" : found + " Add it anyway, or open the one you meant.";
            lookAlikes.setText(sentence);
            lookAlikes.setVisible(!sentence.isEmpty());
            lookAlikes.setManaged(!sentence.isEmpty());
        };
        model.lookAlikes().addListener((javafx.collections.ListChangeListener<Object>) c -> showLookAlikes.run());
        showLookAlikes.run();

        // The first look-alike can be opened instead (what was typed is kept for the next New contact).
        javafx.scene.control.Hyperlink open = new javafx.scene.control.Hyperlink();
        open.setId("contact-new-open-look-alike");
        open.getStyleClass().add(Styles.TEXT_SMALL);
        open.setPadding(new javafx.geometry.Insets(0, 16, 8, 14));
        Runnable showOpen = () -> {
            var first = model.lookAlikes().isEmpty() ? null : model.lookAlikes().getFirst();
            open.setVisible(first != null);
            open.setManaged(first != null);
            if (first != null) {
                open.setText("Open " + first.second().name() + " instead");
                open.setOnAction(e -> {
                    setResult(new Choice.Open(first.second().id(), first.second().name()));
                    close();
                });
            }
        };
        model.lookAlikes().addListener((javafx.collections.ListChangeListener<Object>) c -> showOpen.run());
        showOpen.run();

        getDialogPane().setContent(new VBox(form.node(), lookAlikes, open));
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ADD);
        Button add = (Button) getDialogPane().lookupButton(ADD);
        add.setId("contact-new-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.valid()) {
                form.touchAll();
                e.consume();
            }
        });
        if (model.typed()) {
            form.touchAll(); // what comes back is marked as it was left
        }
        setResultConverter(bt -> bt == ADD && model.valid() ? new Choice.Add() : null);
        setOnShown(e -> Platform.runLater(name::requestFocus));
        com.funnelboard.ui.common.DialogFit.follow(this);
    }
}
