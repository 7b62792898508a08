package com.funnelboard.ui.deal;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.ContactSummary;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks which contact a deal goes to: a search field over the contacts (name, e-mail, organization,
 * phone) and the list it finds; Enter or a double-click takes the one chosen.
 */
final class GiveDealDialog {

    private GiveDealDialog() {}

    static Optional<ContactSummary> ask(Window owner, GiveDealViewModel model, String title, UUID currentContact) {
        Dialog<ContactSummary> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Give to another contact");
        d.setHeaderText("Whose deal is \u201C" + title + "\u201D now?");
        TextField search = new TextField();
        search.setId("give-deal-search");
        search.setPromptText("Search by name, e-mail, organization or phone");
        ListView<ContactSummary> list = new ListView<>(model.found());
        list.setId("give-deal-contacts");
        list.setPrefHeight(280);
        list.setPrefWidth(440);
        list.setPlaceholder(new Label("No contact matches"));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ContactSummary c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + (c.organizationName() == null ? "" : " \u00B7 " + c.organizationName())
                        + (c.email() == null ? "" : " \u00B7 " + c.email()));
            }
        });
        Label note = new Label("Its follow-ups and stage history go with it; the calls and notes logged so far stay with the person spoken to.");
        note.setId("give-deal-note");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setMaxWidth(440);
        d.getDialogPane().setContent(new VBox(8, search, list, note));
        ButtonType give = new ButtonType("Give", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(give, ButtonType.CANCEL);
        Button giveButton = (Button) d.getDialogPane().lookupButton(give);
        giveButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Runnable find = () -> model.search(search.getText(), currentContact).thenRun(() -> {
            if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        search.textProperty().addListener((o, was, now) -> {
            list.getSelectionModel().clearSelection();
            find.run();
        });
        // The arrows move in the list while the keyboard stays in the search, so typing and choosing need no Tab.
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int at = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (at >= 0 && at < list.getItems().size()) {
                    list.getSelectionModel().select(at);
                    list.scrollTo(at);
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !list.getSelectionModel().isEmpty()) {
                giveButton.fire();
            }
        });
        d.setResultConverter(b -> b == give ? list.getSelectionModel().getSelectedItem() : null);
        d.setOnShown(e -> Platform.runLater(search::requestFocus));
        find.run();
        return d.showAndWait();
    }
}
