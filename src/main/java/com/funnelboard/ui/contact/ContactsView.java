package com.funnelboard.ui.contact;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.ui.common.KeptSelection;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Contacts and Organizations lists: sortable, filterable tables of every record, including
 * those with no open deal. A contact row opens the detail pane; an organization row lists its
 * contacts below.
 */
public final class ContactsView {

    private final ContactsViewModel model;
    private final com.funnelboard.ui.common.Formats dates;

    public ContactsView(ContactsViewModel model, Clock clock, Locale locale) {
        this.model = model;
        this.dates = com.funnelboard.ui.common.Formats.of(locale, clock.getZone());
    }

    /**
     * The Contacts list; {@code open} receives the selected contact, {@code merge} two selected ones;
     * {@code add} opens New contact.
     */
    public BorderPane contacts(Consumer<UUID> open, java.util.function.BiConsumer<UUID, UUID> merge, Runnable duplicates, Runnable add) {
        TableView<ContactSummary> table = contactTable("contacts-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        KeptSelection.show(table, model.contacts(), ContactSummary::id, c -> {
            if (table.getSelectionModel().getSelectedItems().size() == 1) {
                open.accept(c.id());
            }
        });
        Button addButton = new Button("New contact…", new FontIcon(Feather.USER_PLUS));
        addButton.setId("new-contact");
        addButton.setOnAction(e -> add.run());
        Button mergeButton = new Button("Merge selected…", new FontIcon(Feather.GIT_MERGE));
        mergeButton.setId("merge-selected");
        mergeButton.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        mergeButton.setOnAction(e -> {
            var two = table.getSelectionModel().getSelectedItems();
            merge.accept(two.get(0).id(), two.get(1).id());
        });
        Button dupes = new Button("Find duplicates…", new FontIcon(Feather.USERS));
        dupes.setId("find-duplicates");
        dupes.setOnAction(e -> duplicates.run());
        Button export = new Button("Export vCards…", new FontIcon(Feather.SHARE));
        export.setId("export-selected-vcards");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        export.setOnAction(e -> exportSelected.accept(table.getSelectionModel().getSelectedItems().stream().map(ContactSummary::id).toList()));
        export.setVisible(exportSelected != NO_EXPORT);
        export.setManaged(export.isVisible());
        // With nothing typed, an empty list says how to fill it ("No contacts match." when no search was typed).
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.contactSearchProperty().isEmpty())
                .then("No contacts yet: add one with New contact\u2026, or bring yours in with File \u2192 Import\u2026")
                .otherwise("No contacts match."));
        table.setPlaceholder(empty);
        BorderPane page = page(search(model.contactSearchProperty(), "Search contacts", "contacts-search",
                "Name, e-mail, phone, title or organization"), table,
                addButton, mergeButton, dupes, export);
        page.setBottom(cutNote(model.contactsCutProperty(), "contacts-cut"));
        return page;
    }

    private static final Consumer<java.util.List<UUID>> NO_EXPORT = ids -> { };
    private Consumer<java.util.List<UUID>> exportSelected = NO_EXPORT;

    /** Exports the chosen contacts as vCards (the page's "Export vCards…", shown once this is set, before the page is built). */
    public void setExportSelected(Consumer<java.util.List<UUID>> export) {
        this.exportSelected = export;
    }

    private Consumer<String> status = s -> { };

    /** Where the outcome of a delete is said (the window's status bar). */
    public void setStatus(Consumer<String> status) {
        this.status = status;
    }

    /** The selected organization's form, for the detail pane (built once, with the Organizations page). */
    public OrganizationForm organizationForm() {
        return new OrganizationForm(model, s -> status.accept(s));
    }

    /**
     * The Organizations list, with the selected organization's contacts below it; {@code openOrganization}
     * is told when the user picks an organization (its form is shown in the detail pane, {@link OrganizationForm}).
     */
    public BorderPane organizations(Consumer<UUID> openContact, Runnable openOrganization) {
        TableView<OrganizationSummary> table = new TableView<>();
        com.funnelboard.ui.common.FirstDown.install(table);
        table.setId("organizations-table");
        table.setPlaceholder(new Label("No organizations yet: New organization… adds one; leads, contacts and imports add those they name."));
        // The name keeps room for a usual one ("Silver Robotics GmbH") in a 1024-pixel window beside the detail pane; the
        // industry, size and website give way first (the name was cut to "Atlas Motor…" beside empty columns).
        TableColumn<OrganizationSummary, String> orgName = column("Name", OrganizationSummary::name, 220);
        orgName.setComparator(java.util.Comparator.nullsLast(new com.funnelboard.domain.NaturalOrder(java.util.Locale.getDefault())));
        orgName.setMinWidth(ORGANIZATION_MIN_WIDTH);
        table.getColumns().add(orgName);
        table.getColumns().add(column("Industry", OrganizationSummary::industry, 140));
        table.getColumns().add(column("Size", OrganizationSummary::companySize, 80));
        table.getColumns().add(column("Contacts", OrganizationSummary::contacts, 80));
        table.getColumns().add(column("Open", OrganizationSummary::openDeals, 60)); // open deals, as the contacts' tables say it
        table.getColumns().add(column("Website", OrganizationSummary::website, 180));
        com.funnelboard.ui.common.Tables.headersFit(table);
        KeptSelection.show(table, model.organizations(), OrganizationSummary::id, org -> {
            model.showOrganization(org.id());
            openOrganization.run();
        });
        // The row still selected, clicked (or Enter) once one of its contacts took the pane: the organization comes back to it.
        table.setOnMouseClicked(e -> {
            if (table.getSelectionModel().getSelectedItem() != null) {
                openOrganization.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openOrganization.run();
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<ContactSummary> people = contactTable("organization-contacts");
        // Every row is of the selected organization: its column would only repeat it, and leaves its room to the others.
        people.getColumns().removeIf(c -> "Organization".equals(c.getText()));
        KeptSelection.show(people, model.organizationContacts(), ContactSummary::id, c -> openContact.accept(c.id()));
        // The two lists share the page's height (the selected organization's form is in the detail pane); on a
        // 768-pixel screen the organizations give way first, down to three rows, and the contacts keep four.
        table.setPrefHeight(300);
        people.setPrefHeight(260);
        people.setMinHeight(170);
        table.setMinHeight(140);
        VBox.setVgrow(people, Priority.ALWAYS);
        // Before an organization is chosen there is nothing to match: say what the list is for.
        Label choose = new Label("Select an organization to see its contacts.");
        Label none = new Label("No contacts at this organization.");
        people.placeholderProperty().bind(javafx.beans.binding.Bindings.when(table.getSelectionModel().selectedItemProperty().isNull())
                .<javafx.scene.Node>then(choose).otherwise(none));
        Label contacts = new Label("Contacts of the selected organization");
        contacts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox center = new VBox(8, table, cutNote(model.organizationsCutProperty(), "organizations-cut"), contacts, people);
        VBox.setVgrow(table, Priority.ALWAYS);
        BorderPane p = new BorderPane(center);
        // An account to work on before anyone there is known: organizations came only with a contact, a lead or an import.
        Button addOrg = new Button("New organization\u2026", new FontIcon(Feather.PLUS_SQUARE));
        addOrg.setId("new-organization");
        addOrg.setOnAction(e -> askOrganizationName(addOrg).ifPresent(name -> model.addOrganization(name).whenComplete((said, failure) ->
                javafx.application.Platform.runLater(() -> {
                    if (failure == null) {
                        openOrganization.run();
                        status.accept(said);
                    } else {
                        status.accept("The organization was not added: " + com.funnelboard.ui.common.Problems.unwrap(failure).getMessage());
                    }
                }))));
        p.setTop(toolbar(search(model.organizationSearchProperty(), "Search organizations", "organizations-search",
                "Name, industry or website"), addOrg));
        p.setPadding(new Insets(10));
        return p;
    }

    /** The name of a new organization, asked in a small dialog (OK only with a name). */
    private static java.util.Optional<String> askOrganizationName(javafx.scene.Node from) {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
        com.funnelboard.ui.common.SafeWrap.guard(ask.getDialogPane());
        ask.initOwner(from.getScene().getWindow());
        ask.setTitle("New organization");
        ask.setHeaderText("An organization, before anyone there is known");
        ask.setContentText("Name");
        // The page's own icon, not the stock question mark (as the welcome offer has the board's).
        FontIcon org = new FontIcon(Feather.BRIEFCASE);
        org.setIconSize(32);
        org.getStyleClass().add("welcome-icon");
        ask.setGraphic(org);
        ask.getEditor().setId("new-organization-name");
        ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(ask.getEditor().textProperty().map(String::isBlank));
        return ask.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    /** Under a list, what it leaves out (the first 5,000 of many), shown only then. */
    private static Label cutNote(javafx.beans.value.ObservableValue<String> said, String id) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        note.textProperty().bind(said);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        com.funnelboard.ui.common.SafeWrap.wrap(note);
        note.setPadding(new Insets(4, 0, 0, 0));
        return note;
    }

    /** What an organization's name keeps however narrow the table: a usual one in full. */
    static final double ORGANIZATION_MIN_WIDTH = 180;

    /** The table's width from which every column of a contact table is shown; below it the title, open deals and last contact give way. */
    static final double ALL_COLUMNS_WIDTH = 900;
    /** The rows' vertical scroll bar, which the columns share the table's width with. */
    private static final double SCROLL_BAR_ROOM = 16;

    /** Room for an address such as "amir.rossi@oakenergy.example" at the theme's size. */
    static final double EMAIL_MIN_WIDTH = 235;
    /** Room for an international number such as "+49 30 40191234". */
    static final double PHONE_MIN_WIDTH = 145;

    /** What a contact's name keeps however narrow the table: two words of a usual name. */
    static final double NAME_MIN_WIDTH = 150;

    private TableView<ContactSummary> contactTable(String id) {
        TableView<ContactSummary> table = new TableView<>();
        com.funnelboard.ui.common.FirstDown.install(table);
        table.setId(id);
        // The address and an international number in full ("+49 30 40191234") before a title, which many contacts lack:
        // in a table narrowed by the detail pane the title gives way, not the address (it was cut at 170 pixels).
        // A name of two words in full ("Amir Zimmermann" was cut at 140 px beside an empty Title column).
        TableColumn<ContactSummary, String> name = column("Name", ContactSummary::name, 175);
        name.setMinWidth(NAME_MIN_WIDTH); // the other columns give way first
        table.getColumns().add(name);
        TableColumn<ContactSummary, String> organization = column("Organization", ContactSummary::organizationName, 150);
        // The numbers in names by their value ("… 58" before "… 135"), as the lists come.
        organization.setComparator(java.util.Comparator.nullsLast(new com.funnelboard.domain.NaturalOrder(java.util.Locale.getDefault())));
        name.setComparator(java.util.Comparator.nullsLast(new com.funnelboard.domain.NaturalOrder(java.util.Locale.getDefault())));
        table.getColumns().add(organization);
        TableColumn<ContactSummary, String> email = column("Email", ContactSummary::email, 250);
        email.setMinWidth(EMAIL_MIN_WIDTH);
        table.getColumns().add(email);
        TableColumn<ContactSummary, String> phone = column("Phone", ContactSummary::phone, 145);
        phone.setMinWidth(PHONE_MIN_WIDTH);
        table.getColumns().add(phone);
        TableColumn<ContactSummary, String> title = column("Title", ContactSummary::title, 80);
        table.getColumns().add(title);
        TableColumn<ContactSummary, ?> open = column("Open", ContactSummary::openDeals, 55);
        table.getColumns().add(open);
        TableColumn<ContactSummary, Instant> last = new TableColumn<>("Last contact");
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastInteractionAt()));
        last.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Instant i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : dates.date(i));
            }
        });
        last.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        last.setPrefWidth(105);
        table.getColumns().add(last);
        // Narrower than all of them need: the title gives way whole first (a 1366-px window beside the detail pane), then open
        // deals and last contact too (a 1024-px one), rather than the table scrolling sideways with a column cut at its edge
        // or under the scroll bar; the contact's pane has them. What they need is their least widths, which fit their headers.
        java.util.List<TableColumn<ContactSummary, ?>> all = java.util.List.copyOf(table.getColumns());
        javafx.beans.Observable[] widths = java.util.stream.Stream.concat(java.util.stream.Stream.of(table.widthProperty()),
                all.stream().map(TableColumn::minWidthProperty)).toArray(javafx.beans.Observable[]::new);
        java.util.function.DoubleSupplier rows = () -> table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR_ROOM;
        java.util.function.DoubleSupplier least = () -> all.stream().mapToDouble(TableColumn::getMinWidth).sum();
        javafx.beans.binding.BooleanBinding roomy = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> table.getWidth() >= ALL_COLUMNS_WIDTH && rows.getAsDouble() >= least.getAsDouble(), widths);
        javafx.beans.binding.BooleanBinding roomyButTitle = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> table.getWidth() >= ALL_COLUMNS_WIDTH && rows.getAsDouble() >= least.getAsDouble() - title.getMinWidth(), widths);
        title.visibleProperty().bind(roomy);
        open.visibleProperty().bind(roomyButTitle);
        last.visibleProperty().bind(roomyButTitle);
        com.funnelboard.ui.common.Tables.headersFit(table);
        // Every column gives way (to its least), not the last alone: at its least it left the others wider than the rows beside
        // the scroll bar, and the last contact's date was cut under it.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No contacts match."));
        return table;
    }

    private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A search field whose short prompt fits a narrow page ("Search name, email, title or organizat" was cut); the tooltip says where it looks. */
    private static TextField search(javafx.beans.property.StringProperty text, String prompt, String id, String looksIn) {
        atlantafx.base.controls.CustomTextField field = new atlantafx.base.controls.CustomTextField();
        com.funnelboard.ui.common.SaveAsYouType.undoToWindowWhenEmpty(field); // empty, Ctrl+Z is the window's Undo
        field.setId(id);
        field.setPromptText(prompt);
        com.funnelboard.ui.common.LazyTooltip.install(field, "Looks in: " + looksIn);
        field.setLeft(new FontIcon(Feather.SEARCH));
        field.setPrefColumnCount(30);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static HBox toolbar(javafx.scene.Node... nodes) {
        HBox bar = new HBox(8, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    /** The width of a page's bar below which its buttons show their icons alone. */
    static final double COMPACT_BAR_WIDTH = 820;

    private static BorderPane page(TextField search, TableView<?> table, javafx.scene.Node... actions) {
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = toolbar(search);
        bar.getChildren().add(gap);
        bar.getChildren().addAll(actions);
        // In a narrow window (a 1024-px screen beside the detail pane) the search field and then the
        // buttons' words give way ("Merge sel…", the icon always shown) rather than the page growing
        // past its side of the window, which cut the table's first column off.
        // Narrower still, the buttons show their icons alone (named in their tooltips) rather than cut words ("Find duplic…").
        // (Wider with larger text: the width is the theme's text size's; at 150 % the words were cut, "New c…".)
        javafx.scene.control.Labeled reference = java.util.Arrays.stream(actions).filter(a -> a instanceof javafx.scene.control.Labeled)
                .map(a -> (javafx.scene.control.Labeled) a).findFirst().orElse(null);
        javafx.beans.binding.BooleanBinding narrow = reference == null
                ? bar.widthProperty().lessThan(COMPACT_BAR_WIDTH).and(bar.widthProperty().greaterThan(0))
                : com.funnelboard.ui.common.Ems.narrowerThan(bar, COMPACT_BAR_WIDTH, reference);
        for (javafx.scene.Node a : actions) {
            if (a instanceof javafx.scene.control.Labeled c) {
                c.setMinWidth(48);
                com.funnelboard.ui.common.LazyTooltip.install(c, c.getText()); // the words in full, where they are cut
                c.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(narrow)
                        .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(javafx.scene.control.ContentDisplay.LEFT));
            }
        }
        // Down from the search field goes into the list, on the first row found (as in the search box): Tab went to the
        // buttons and the detail pane, and only Shift+Tab reached the table.
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().clearAndSelect(0);
                }
                table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
                table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 2));
                e.consume();
            }
        });
        search.setMinWidth(120);
        // Wide where there is room, narrow before the buttons' words are cut where there is none.
        search.setPrefColumnCount(16);
        search.setMaxWidth(420);
        HBox.setHgrow(search, Priority.ALWAYS);
        // A right-click on the rows offers the page's buttons (New…, Merge selected…, Export…), each as the button
        // is (off where it is off), on the rows selected: there was no menu on the lists.
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        for (javafx.scene.Node a : actions) {
            if (a instanceof javafx.scene.control.ButtonBase b && b.getText() != null && !b.getText().isBlank()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(b.getText());
                if (b.getId() != null) {
                    item.setId("menu-" + b.getId());
                }
                item.disableProperty().bind(b.disabledProperty());
                item.setOnAction(e -> b.fire());
                menu.getItems().add(item);
            }
        }
        if (!menu.getItems().isEmpty()) {
            table.setContextMenu(menu);
        }
        BorderPane p = new BorderPane(table);
        p.setTop(bar);
        p.setPadding(new Insets(10));
        return p;
    }
}
