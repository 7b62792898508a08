package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane's face for a deal with no contact: the deal (title, stage and value, owner), its
 * organization, "No contact" and a name field with Add contact.
 */
final class NoContactView extends VBox {

    NoContactView(NoContactViewModel model, Locale locale) {
        super(8);
        setId("no-contact-pane");
        setPadding(new Insets(12));
        setAlignment(Pos.TOP_LEFT);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        SafeWrap.wrap(title);
        VBox about = new VBox(4);
        Label none = new Label("NO CONTACT");
        none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, "section-title");
        TextField name = new TextField();
        name.setId("no-contact-name");
        name.setPromptText("Full name of the contact");
        name.textProperty().bindBidirectional(model.contactNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button("Add contact", new FontIcon(Feather.USER_PLUS));
        add.setId("no-contact-add");
        add.setDefaultButton(false);
        add.disableProperty().bind(model.contactNameProperty().isEmpty());
        add.setOnAction(e -> model.addContact());
        name.setOnAction(e -> model.addContact());
        Label why = new Label();
        SafeWrap.wrap(why);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        SafeWrap.wrap(status);
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(title, about, none, why, new HBox(8, name, add), status);
        model.shownProperty().addListener((o, was, s) -> {
            about.getChildren().clear();
            if (s == null) {
                return;
            }
            var lines = NoContactViewModel.lines(s, locale);
            title.setText(lines.getFirst());
            why.setText(lines.getLast());
            for (String line : lines.subList(1, lines.size() - 1)) {
                Label l = new Label(line);
                SafeWrap.wrap(l);
                if (line.startsWith("No ")) {
                    l.getStyleClass().add(Styles.TEXT_MUTED);
                }
                about.getChildren().add(l);
            }
        });
    }
}
