package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.service.ContactEditing;
import com.funnelboard.ui.common.SaveAsYouType;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane's Details tab: the contact's fields and their organization's (shown when the
 * contact has one), saved as you type and checked as you go, and Delete contact.
 */
final class ContactDetailsSection {

    private final ContactPaneViewModel model;
    private final SaveAsYouType typing;

    ContactDetailsSection(ContactPaneViewModel model, SaveAsYouType typing) {
        this.model = model;
        this.typing = typing;
    }

    /**
     * The tab's content.
     *
     * @param delete asks before deleting the contact shown
     */
    VBox build(Runnable delete) {
        GridPane form = grid();
        int row = 0;
        form.addRow(row++, label("Name"), text(ContactProfile.NAME, "Full name"));
        form.addRow(row++, label("Title"), text(ContactProfile.TITLE, "Job title"));
        form.addRow(row++, label("Organization"), text(ContactProfile.ORGANIZATION, "Company"));
        form.addRow(row++, label("Emails"), text(ContactProfile.EMAILS, "name@company.com, another@…"));
        form.addRow(row++, label("Phones"), text(ContactProfile.PHONES, "+46 8 123 456 78, …"));
        form.addRow(row++, label("Prefers"), choice(ContactProfile.CHANNEL, PreferredChannel.values(), PreferredChannel::key,
                PreferredChannel::label, s -> PreferredChannel.parse(s).orElse(null)));
        // The contact's own industry and size stand in for an organization's: with an organization they are
        // its fields (below), and these show only when they hold something (never hiding what was typed).
        ownUnlessOrganization(form, row++, "Industry", ContactProfile.INDUSTRY, "such as Logistics");
        ownUnlessOrganization(form, row++, "Company size", ContactProfile.COMPANY_SIZE, "such as 51-200");
        form.addRow(row++, label("Persona"), text(ContactProfile.PERSONA, "such as Economic buyer"));
        form.addRow(row++, label("Source"), choice(ContactProfile.SOURCE, LeadSource.values(), LeadSource::key, LeadSource::label,
                s -> LeadSource.parse(s).orElse(null)));
        form.addRow(row++, label("Tags"), text(ContactProfile.TAGS, "such as vip, renewal"));
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

        Button deleteContact = new Button("Delete contact\u2026", new FontIcon(Feather.TRASH_2));
        deleteContact.setId("delete-contact");
        deleteContact.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
        deleteContact.setOnAction(e -> delete.run());
        return new VBox(10, ContactPane.section("Contact"), form, ContactPane.section("Organization"), org,
                new HBox(ContactPane.spacer(), deleteContact));
    }

    /** A row shown when the contact has no organization, or when its field holds a value. */
    private void ownUnlessOrganization(GridPane form, int row, String name, String field, String prompt) {
        Label label = label(name);
        TextField text = text(field, prompt);
        form.addRow(row, label, text);
        javafx.beans.binding.BooleanBinding shown = model.field(ContactProfile.ORGANIZATION).isEmpty().or(model.field(field).isNotEmpty());
        for (javafx.scene.Node n : new javafx.scene.Node[] {label, text}) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
    }

    /** A field with its hint; an example is written "such as …", so that an empty field never reads as holding it. */
    private TextField text(String field, String prompt) {
        TextField t = new TextField();
        t.setPromptText(prompt);
        bind(t, field);
        return t;
    }

    private TextArea area(String field, int rows) {
        TextArea t = new TextArea();
        t.setPrefRowCount(rows);
        SafeWrap.wrap(t);
        com.funnelboard.ui.common.Nodes.tabLeaves(t);
        bind(t, field);
        return t;
    }

    /** Two-way to the model; a pause in typing or leaving the field saves; a problem marks it red. */
    private void bind(TextInputControl t, String field) {
        t.setId("field-" + field);
        // The organization is found or made by its name when saved: saved on leaving the field, not at a pause.
        typing.bind(t, model.field(field), field, field.equals(ContactProfile.ORGANIZATION));
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
        // As wide as the longest label at any text size ("Organizati…" at 125 % in a column of 110 px).
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
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
}
