package com.funnelboard.ui.board;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar that floats over the foot of the board while cards are marked: how many, and what to do with all of them at
 * once — move, give to someone, set the expected close date, trash — or let go of the marks (Escape).
 */
final class BulkBar extends HBox {

    private final BulkViewModel model;
    private final OwnerChoices owners;
    private final Clock clock;
    private final Locale locale;

    BulkBar(BulkViewModel model, OwnerChoices owners, Clock clock, Locale locale) {
        super(8);
        this.model = model;
        this.owners = owners;
        this.clock = clock;
        this.locale = locale;
        setId("bulk-bar");
        getStyleClass().add("bulk-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        Label count = new Label();
        count.setId("bulk-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(model.marks().countProperty().map(n -> BulkDialogs.count(n.intValue()) + " marked"));
        MenuButton move = new MenuButton("Move to");
        move.setId("bulk-move");
        for (Stage s : Stage.values()) {
            MenuItem item = new MenuItem(s.label());
            item.setId("bulk-move-" + s.key());
            item.setOnAction(e -> move(s));
            move.getItems().add(item);
        }
        // A stage every marked card is in already is no move for them.
        move.setOnShowing(e -> move.getItems().forEach(i -> i.setDisable(model.marks().cards().stream()
                .allMatch(c -> ("bulk-move-" + c.stage().key()).equals(i.getId())))));
        MenuButton owner = new MenuButton("Owner");
        owner.setId("bulk-owner");
        owner.setOnShowing(e -> owner.getItems().setAll(ownerItems()));
        owner.getItems().setAll(ownerItems()); // so the menu opens at its size the first time
        Button close = new Button("Expected close\u2026");
        close.setId("bulk-close");
        close.setOnAction(e -> askCloseDate());
        Button trash = new Button("Trash\u2026");
        trash.setId("bulk-trash");
        trash.getStyleClass().add(Styles.DANGER);
        trash.setOnAction(e -> askTrash());
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setId("bulk-clear");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setTooltip(new Tooltip("Let go of the marks (Escape)"));
        clear.setAccessibleText("Let go of the marks");
        clear.setOnAction(e -> model.marks().clear());
        getChildren().addAll(count, move, owner, close, trash, clear);
        for (javafx.scene.Node n : java.util.List.of(move, owner, close, trash)) {
            n.disableProperty().bind(model.busyProperty());
        }
        visibleProperty().bind(model.marks().countProperty().greaterThan(0));
        managedProperty().bind(visibleProperty());
    }

    /**
     * The same actions as menu items, for the window's Deal menu and a card's context menu while cards are marked: the keyboard's
     * way to them (Alt+D, or Shift+F10 on a card), where the bar is reached by the pointer.
     */
    java.util.List<MenuItem> menuItems() {
        int n = model.marks().countProperty().get();
        if (n == 0) {
            return java.util.List.of();
        }
        String marked = n == 1 ? "the marked deal" : "the " + BulkDialogs.count(n) + " marked";
        javafx.scene.control.Menu move = new javafx.scene.control.Menu("Move " + marked + " to");
        for (Stage s : Stage.values()) {
            MenuItem item = new MenuItem(s.label());
            item.setDisable(model.marks().cards().stream().allMatch(c -> c.stage() == s));
            item.setOnAction(e -> move(s));
            move.getItems().add(item);
        }
        javafx.scene.control.Menu owner = new javafx.scene.control.Menu("Give " + marked + " to");
        owner.getItems().setAll(ownerItems());
        MenuItem close = new MenuItem("Expected close of " + marked + "\u2026");
        close.setOnAction(e -> askCloseDate());
        MenuItem trash = new MenuItem("Move " + marked + " to the trash\u2026");
        trash.setOnAction(e -> askTrash());
        MenuItem clear = new MenuItem("Let go of the marks (Escape)");
        clear.setOnAction(e -> model.marks().clear());
        return java.util.List.of(new SeparatorMenuItem(), move, owner, close, trash, clear);
    }

    private void askCloseDate() {
        BulkDialogs.closeDate(window(), model.marks().countProperty().get(), LocalDate.now(clock), locale)
                .ifPresent(c -> model.expectClose(c.day(), c.day() == null ? "" : com.funnelboard.ui.common.Formats.of(locale, clock.getZone())
                        .date(c.day())));
    }

    private void askTrash() {
        int n = model.marks().countProperty().get();
        // Named (it asked "Move 3 deals to the trash?" over a board a filter had emptied, saying none of them).
        java.util.List<String> titles = model.marks().cards().stream().map(c -> "\u201C" + c.title() + "\u201D").toList();
        if (com.funnelboard.ui.common.TrashConfirmation.ask(window(), "Move " + BulkDialogs.count(n) + " to the trash?",
                com.funnelboard.service.BulkDeals.named(titles, ", ") + ".\n\n" + com.funnelboard.ui.common.TrashConfirmation.DEALS_TEXT,
                "Delete " + BulkDialogs.count(n), 0)) {
            model.trash();
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void move(Stage to) {
        int marked = model.marks().countProperty().get();
        if (to == Stage.LOST) {
            LocalDate today = LocalDate.now(clock);
            BulkDialogs.lost(window(), marked, today, locale).ifPresent(l -> model.move(to, null, l.reason(), l.note(),
                    l.on() == null || l.on().equals(today) ? null : l.on()));
            return;
        }
        model.preview(to).thenAccept(preview -> {
            if (preview.unmet().isEmpty()) {
                model.move(to, null, null, null);
            } else {
                BulkDialogs.forward(window(), to, model.marks().cards(), preview)
                        .ifPresent(f -> model.move(to, f.all() ? f.reason() : null, f.confirmed()));
            }
        });
    }

    private java.util.List<MenuItem> ownerItems() {
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        // By name, the same order at every opening (the owner filter's order, by deals owned, changed as deals were given), and
        // "Me", not the filter's "My deals", as the one to give them to.
        owners.choices().stream().filter(c -> c.filter().kind() == OwnerFilter.Kind.PERSON)
                .sorted(java.util.Comparator.comparing((OwnerChoices.Choice c) -> !c.deals().equals("my deals"))
                        .thenComparing(c -> c.shown().toLowerCase(java.util.Locale.ROOT)))
                .forEach(c -> {
                    boolean me = c.deals().equals("my deals");
                    MenuItem item = new MenuItem(me ? "Me (" + c.filter().email() + ")" : c.label());
                    item.setOnAction(e -> model.giveTo(c.filter().email(), null, me ? c.filter().email() : c.shown()));
                    items.add(item);
                });
        MenuItem other = new MenuItem("Someone else\u2026");
        other.setId("bulk-owner-other");
        other.setOnAction(e -> askSomeoneElse());
        MenuItem nobody = new MenuItem("Nobody");
        nobody.setId("bulk-owner-nobody");
        nobody.setOnAction(e -> model.noOwner());
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        items.add(other);
        items.add(nobody);
        return items;
    }

    private void askSomeoneElse() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(window());
        ask.setTitle("Give to someone else");
        ask.setHeaderText("Give the " + BulkDialogs.count(model.marks().countProperty().get()) + " to whom?");
        ask.setContentText("Email, or Name <email>:");
        ask.getEditor().setId("bulk-owner-email");
        // A text that is no address is said in the dialog, which stays open with it (it closed, and the status bar said it).
        javafx.scene.control.Button ok = (javafx.scene.control.Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String t = ask.getEditor().getText();
            String email = com.funnelboard.domain.Person.normalEmail(com.funnelboard.domain.Person.mailboxAddress(t).orElse(t.strip()));
            java.util.Optional<String> problem = t.isBlank() ? java.util.Optional.of("Write an email address")
                    : com.funnelboard.domain.Validation.email(email);
            if (problem.isPresent()) {
                e.consume();
                ask.setHeaderText(problem.get() + ": write an email, or Name <email>.");
            }
        });
        ask.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> {
            String email = com.funnelboard.domain.Person.mailboxAddress(t).orElse(t.strip());
            String name = com.funnelboard.service.PeopleService.mailboxName(t);
            model.giveTo(email, name, name == null ? email : name);
        });
    }
}
