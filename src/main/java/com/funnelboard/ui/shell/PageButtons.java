package com.funnelboard.ui.shell;

import com.funnelboard.ui.common.LazyTooltip;
import atlantafx.base.theme.Styles;
import com.funnelboard.ui.followup.TodayViewModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's page switch: Board, Contacts, Organizations, Today (with its count of what is overdue
 * and due today), Reports and Trash. Selecting a button shows its page in the workbench; one page is
 * always shown, the board first.
 */
final class PageButtons {

    private final Workbench workbench;
    private final Map<Workbench.Page, ToggleButton> buttons = new EnumMap<>(Workbench.Page.class);
    private final HBox node;
    private final TodayViewModel today;

    PageButtons(Workbench workbench, TodayViewModel today) {
        this.workbench = workbench;
        this.today = today;
        ToggleGroup pages = new ToggleGroup();
        ToggleButton boardPage = page("Board", Feather.COLUMNS, "page-board", pages, Workbench.Page.BOARD, Styles.LEFT_PILL);
        ToggleButton contactsPage = page("Contacts", Feather.USER, "page-contacts", pages, Workbench.Page.CONTACTS, Styles.CENTER_PILL);
        ToggleButton orgsPage = page("Organizations", Feather.BRIEFCASE, "page-organizations", pages, Workbench.Page.ORGANIZATIONS,
                Styles.RIGHT_PILL);
        ToggleButton todayPage = page("Today", Feather.BELL, "page-today", pages, Workbench.Page.TODAY, Styles.RIGHT_PILL);
        ToggleButton reportsPage = page("Reports", Feather.BAR_CHART_2, "page-reports", pages, Workbench.Page.REPORTS, Styles.CENTER_PILL);
        ToggleButton trashPage = page(null, Feather.TRASH_2, "page-trash", pages, Workbench.Page.TRASH, Styles.RIGHT_PILL);
        LazyTooltip.install(trashPage, "Trash: what was deleted in the last 30 days");
        todayPage.getStyleClass().remove(Styles.RIGHT_PILL);
        todayPage.getStyleClass().add(Styles.CENTER_PILL);
        orgsPage.getStyleClass().remove(Styles.RIGHT_PILL);
        orgsPage.getStyleClass().add(Styles.CENTER_PILL);
        Label badge = new Label();
        badge.setId("today-badge");
        badge.getStyleClass().add("badge");
        badge.textProperty().bind(today.overdueProperty().add(today.dueTodayProperty()).asString());
        badge.visibleProperty().bind(today.overdueProperty().add(today.dueTodayProperty()).greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        badge.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"), false);
        today.overdueProperty().addListener((o, a, b) -> badge.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("overdue"), b.intValue() > 0));
        LazyTooltip.install(badge, "Overdue and due today");
        todayPage.setGraphic(new HBox(4, new FontIcon(Feather.BELL), badge));
        todayPage.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        boardPage.setSelected(true);
        pages.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one page is always shown
            }
        });
        node = new HBox(boardPage, contactsPage, orgsPage, todayPage, reportsPage, trashPage);
    }

    /**
     * Shows the pages' buttons with their icons alone while {@code compact} holds (a window narrower
     * than a laptop's, where their words pushed the owner filter behind the toolbar's »); each keeps
     * its name in its tooltip, and Today its count.
     */
    void compactWhen(javafx.beans.value.ObservableBooleanValue compact) {
        for (ToggleButton b : buttons.values()) {
            if (b.getText() != null) {
                b.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(compact)
                        .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(b.getContentDisplay()));
            }
        }
    }

    /** The buttons, side by side. */
    HBox node() {
        return node;
    }

    /** The button of a page. */
    ToggleButton button(Workbench.Page page) {
        return buttons.get(page);
    }

    /** Marks a page's button as the one shown (when something other than the toolbar shows it). */
    void shown(Workbench.Page page) {
        ToggleButton b = buttons.get(page);
        if (b != null) {
            b.setSelected(true);
        }
    }

    /**
     * The board's owner filter: Everyone, My deals, a person, No owner; shown with the board and with Today, whose
     * follow-ups (and the badge's count) are those of the deals it lets through.
     */
    javafx.scene.Node ownerFilter(com.funnelboard.ui.board.OwnerChoices owners) {
        ToggleButton boardPage = buttons.get(Workbench.Page.BOARD);
        ToggleButton todayPage = buttons.get(Workbench.Page.TODAY);
        java.util.function.Consumer<com.funnelboard.ui.board.OwnerChoices.Choice> follow = c -> {
            if (c != null) {
                today.showOwners(c.filter(), c.deals());
            }
        };
        owners.selectedProperty().addListener((o, was, c) -> follow.accept(c));
        if (owners.selectedProperty().get() != null && !owners.selectedProperty().get().deals().isEmpty()) {
            follow.accept(owners.selectedProperty().get()); // a remembered filter, chosen before the window was built
        }
        javafx.scene.control.ComboBox<com.funnelboard.ui.board.OwnerChoices.Choice> box = new javafx.scene.control.ComboBox<>(owners.choices());
        box.setId("owner-filter");
        box.valueProperty().bindBidirectional(owners.selectedProperty());
        LazyTooltip.install(box, "Whose deals the board shows, and whose follow-ups Today shows");
        // Reached by Tab, as the filter bar below it: it has no key of its own.
        box.setPrefWidth(140);
        box.setMaxWidth(240);
        // As wide as the name it shows needs (from 140 to 240 pixels): a name or an address was cut with room to spare.
        box.valueProperty().addListener((o, was, now) -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text(now == null ? "" : now.shown());
            t.setFont(box.getButtonCell() == null ? javafx.scene.text.Font.getDefault() : box.getButtonCell().getFont());
            box.setPrefWidth(Math.max(140, Math.min(240, Math.ceil(t.getLayoutBounds().getWidth()) + 56)));
        });
        // Closed, it names the person; the list beside it gives the address that tells two of one name apart.
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(com.funnelboard.ui.board.OwnerChoices.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.shown());
            }
        });
        HBox filter = new HBox(box);
        filter.setAlignment(Pos.CENTER_LEFT);
        filter.visibleProperty().bind(boardPage.selectedProperty().or(todayPage.selectedProperty()));
        filter.managedProperty().bind(filter.visibleProperty());
        return filter;
    }

    private ToggleButton page(String text, Feather icon, String id, ToggleGroup group, Workbench.Page page, String pill) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setId(id);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        LazyTooltip.install(b, text + " (Ctrl+" + (page.ordinal() + 1) + ")");
        buttons.put(page, b);
        b.getStyleClass().add(pill);
        b.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                workbench.show(page);
            }
        });
        return b;
    }
}
