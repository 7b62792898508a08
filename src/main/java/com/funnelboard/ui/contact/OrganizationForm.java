package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected organization in the detail pane: its name as the title, its fields (each saved when
 * the cursor leaves it or on Enter, and said why when not valid), and its delete. Shown in the pane
 * rather than on the Organizations page, so that on a laptop's screen the page keeps its height for
 * the list and the organization's contacts.
 */
public final class OrganizationForm extends VBox {

    private final ContactsViewModel model;
    private final Consumer<String> status;

    /**
     * @param status where the outcome of a delete is said (the window's status bar)
     */
    public OrganizationForm(ContactsViewModel model, Consumer<String> status) {
        super(8);
        this.model = model;
        this.status = status;
        setId("organization-form");
        setPadding(new Insets(12));
        getStyleClass().add("organization-form");
        Label title = new Label();
        title.setId("organization-title");
        title.getStyleClass().add(Styles.TITLE_3);
        SafeWrap.wrap(title);
        // The name as stored (as the list shows it), not as typed: the title says which organization this is while its name is edited.
        Label kind = new Label("Organization");
        kind.setId("organization-counts");
        kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Runnable named = () -> model.organizations().stream().filter(org -> org.id().equals(model.organizationIdProperty().get()))
                .findFirst().ifPresent(org -> {
                    title.setText(org.name());
                    kind.setText("Organization \u00B7 " + count(org.contacts(), "contact") + " \u00B7 " + count(org.openDeals(), "open deal"));
                });
        model.organizationIdProperty().addListener((o, was, id) -> named.run());
        model.organizations().addListener((javafx.collections.ListChangeListener<com.funnelboard.domain.OrganizationSummary>) c -> named.run());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        for (String[] f : new String[][] {{"name", "Name"}, {"website", "Website"}, {"industry", "Industry"},
                {"company-size", "Size"}, {"address", "Address"}}) {
            Label l = new Label(f[1]);
            l.getStyleClass().add(Styles.TEXT_MUTED);
            grid.add(l, 0, row);
            grid.add(field(f[0]), 1, row);
            grid.add(problem(f[0]), 1, row + 1);
            row += 2;
        }
        Button delete = new Button("Delete organization\u2026", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-organization");
        delete.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
        delete.setOnAction(e -> confirmDelete());
        Button merge = new Button("Merge a duplicate\u2026", new FontIcon(Feather.GIT_MERGE));
        merge.setId("merge-organization");
        merge.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        merge.setTooltip(new javafx.scene.control.Tooltip("Another record of this company (a rename, an import spelling it otherwise): "
                + "its contacts and deals move here"));
        merge.setOnAction(e -> askDuplicate());
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, merge, delete);
        getChildren().addAll(title, kind, grid, actions);
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private TextField field(String name) {
        TextField field = new TextField();
        field.setId("org-field-" + name);
        field.textProperty().bindBidirectional(model.organizationField(name));
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.saveOrganization();
            }
        });
        field.setOnAction(e -> model.saveOrganization());
        // Kept on this installation a moment after each key, before the field is left and saved (see keepOrganizationTyping).
        com.funnelboard.ui.common.DraftPause.Keeper keep = new com.funnelboard.ui.common.DraftPause.Keeper(model::keepOrganizationTyping);
        field.textProperty().addListener((o, was, now) -> {
            if (field.isFocused()) {
                keep.changed();
            }
        });
        model.organizationProblems().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            String problem = model.organizationProblems().get(name);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
            field.setTooltip(problem == null ? null : new javafx.scene.control.Tooltip(problem));
        });
        return field;
    }

    /** Why a field is not valid, in a sentence under it (and in its tooltip), until it is corrected. */
    private Label problem(String name) {
        Label why = new Label();
        why.setId("org-problem-" + name);
        SafeWrap.wrap(why);
        why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        why.setVisible(false);
        why.managedProperty().bind(why.visibleProperty());
        model.organizationProblems().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            String problem = model.organizationProblems().get(name);
            why.setText(problem == null ? "" : problem);
            why.setVisible(problem != null);
        });
        return why;
    }

    private void askDuplicate() {
        String name = model.organizationField("name").get();
        com.funnelboard.ui.common.SearchPick.ask(getScene().getWindow(), new com.funnelboard.ui.common.SearchPick.Ask<>("merge-organization",
                "Merge a duplicate", "Which organization is also " + name + "?", "Search by name, industry or website",
                "It is merged into " + name + ": its contacts and deals move here, a field " + name + " leaves empty takes its value, "
                        + "and it goes to the Trash. Ctrl+Z parts them again.", "Merge",
                model::otherOrganizations, (com.funnelboard.domain.OrganizationSummary o) -> o.name()
                        + (o.website() == null ? "" : " \u00B7 " + o.website()) + " \u00B7 " + count(o.contacts(), "contact")))
                .ifPresent(other -> model.mergeIntoShown(other).whenComplete((said, failure) -> status.accept(failure == null ? said
                        : "Not merged: " + (failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage()))));
    }

    private void confirmDelete() {
        String name = model.organizationField("name").get();
        int people = model.organizationContacts().size();
        boolean confirmed = com.funnelboard.ui.common.TrashConfirmation.ask(getScene().getWindow(), "Move " + name + " to the trash?",
                (people == 0 ? "It has no contacts." : (people == 1 ? "Its contact stays" : "Its " + people + " contacts stay")
                        + ", without an organization, with their deals.")
                        + " It stays in the Trash for 30 days, where Restore brings it back with its contacts; Ctrl+Z undoes the delete at once.",
                "Delete", 0);
        if (confirmed) {
            model.deleteOrganization().whenComplete((said, failure) -> status.accept(failure == null ? said
                    : "Not deleted: " + (failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage())));
        }
    }
}
