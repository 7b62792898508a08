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
        form.addRow(row++, label("Name"), withProblem(text(ContactProfile.NAME, "Full name"), ContactProfile.NAME));
        form.addRow(row++, label("Title"), withProblem(text(ContactProfile.TITLE, "Job title"), ContactProfile.TITLE));
        form.addRow(row++, label("Organization"), withProblem(text(ContactProfile.ORGANIZATION, "Company"), ContactProfile.ORGANIZATION));
        form.addRow(row++, label("Emails"), withProblem(text(ContactProfile.EMAILS, "name@company.com, another@…"), ContactProfile.EMAILS));
        form.addRow(row++, label("Phones"), withProblem(text(ContactProfile.PHONES, "+46 8 123 456 78, …"), ContactProfile.PHONES));
        form.addRow(row++, label("Prefers"), withProblem(choice(ContactProfile.CHANNEL, PreferredChannel.values(), PreferredChannel::key,
                PreferredChannel::label, s -> PreferredChannel.parse(s).orElse(null)), ContactProfile.CHANNEL));
        // The contact's own industry and size stand in for an organization's: with an organization they are
        // its fields (below), and these show only when they hold something (never hiding what was typed).
        ownUnlessOrganization(form, row++, "Industry", ContactProfile.INDUSTRY, "such as Logistics");
        ownUnlessOrganization(form, row++, "Company size", ContactProfile.COMPANY_SIZE, "such as 51-200");
        form.addRow(row++, label("Persona"), withProblem(text(ContactProfile.PERSONA, "such as Economic buyer"), ContactProfile.PERSONA));
        form.addRow(row++, label("Source"), withProblem(choice(ContactProfile.SOURCE, LeadSource.values(), LeadSource::key, LeadSource::label,
                s -> LeadSource.parse(s).orElse(null)), ContactProfile.SOURCE));
        form.addRow(row++, label("Tags"), withProblem(text(ContactProfile.TAGS, "such as vip, renewal"), ContactProfile.TAGS));
        form.addRow(row++, label("Pain points"), withProblem(area(ContactProfile.PAIN_POINTS, 2), ContactProfile.PAIN_POINTS));
        form.addRow(row++, label("Notes"), withProblem(area(ContactProfile.NOTES, 3), ContactProfile.NOTES));

        GridPane org = grid();
        int r2 = 0;
        org.addRow(r2++, label("Website"), withProblem(text(ContactEditing.ORG_WEBSITE, "company.com"), ContactEditing.ORG_WEBSITE));
        org.addRow(r2++, label("Industry"), withProblem(text(ContactEditing.ORG_INDUSTRY, ""), ContactEditing.ORG_INDUSTRY));
        org.addRow(r2++, label("Size"), withProblem(text(ContactEditing.ORG_SIZE, ""), ContactEditing.ORG_SIZE));
        org.addRow(r2++, label("Address"), withProblem(area(ContactEditing.ORG_ADDRESS, 2), ContactEditing.ORG_ADDRESS));
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
        TextField input = text(field, prompt);
        javafx.scene.Node text = withProblem(input, field);
        form.addRow(row, label, text);
        javafx.beans.binding.BooleanBinding shown = model.field(ContactProfile.ORGANIZATION).isEmpty().or(model.field(field).isNotEmpty());
        for (javafx.scene.Node n : new javafx.scene.Node[] {label, text, input}) {
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
        // Beside its field, also when a problem stands under the field.
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        return l;
    }

    /**
     * The field with its problem written under it while it has one ("Not an email address: tara@"): it was said only under
     * the contact's name, at the top of the pane, far from the field (and in the field's tooltip).
     */
    private VBox withProblem(javafx.scene.Node field, String key) {
        Label problem = new Label();
        problem.setId("field-problem-" + key);
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        SafeWrap.wrap(problem);
        problem.textProperty().bind(javafx.beans.binding.Bindings.stringValueAt(model.problems(), key));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(2, field, problem);
    }
}
