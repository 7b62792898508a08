package com.funnelboard.ui.board;

import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The filter bar's Views menu: the saved views, each with how many deals it shows (a click shows
 * one, the one shown ticked), then saving the board's filter and order as a view, and showing the
 * views beside the board.
 */
final class ViewsMenu extends MenuButton {

    private final BoardViewModel board;
    private final ViewsModel savedViews;

    ViewsMenu(BoardViewModel board, ViewsModel savedViews) {
        super("Views");
        this.board = board;
        this.savedViews = savedViews;
        setId("filter-views");
        setGraphic(new FontIcon(Feather.BOOKMARK));
        MenuItem saveView = new MenuItem("Save current filter as a view\u2026");
        saveView.setId("view-save");
        saveView.setOnAction(e -> askAndSave());
        javafx.scene.control.CheckMenuItem sidebar = new javafx.scene.control.CheckMenuItem("Show the views beside the board");
        sidebar.setId("views-shown");
        sidebar.selectedProperty().bindBidirectional(savedViews.shownProperty());
        // The saved views first (a click shows one, as in the sidebar, the one shown ticked), then saving and the sidebar.
        Runnable listViews = () -> {
            List<MenuItem> items = new java.util.ArrayList<>();
            for (ViewsModel.Entry entry : savedViews.entries()) {
                javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(entry.view().name()
                        + (entry.count() == null ? "" : "  (" + java.text.NumberFormat.getIntegerInstance().format(entry.count()) + ")"));
                item.setMnemonicParsing(false); // a view named "big_deals" showed as "bigdeals"
                item.setSelected(entry.view().name().equals(savedViews.activeProperty().get()));
                item.setOnAction(e -> savedViews.choose(entry.view()));
                items.add(item);
            }
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            items.addAll(List.of(saveView, new SeparatorMenuItem(), sidebar));
            getItems().setAll(items);
        };
        listViews.run();
        savedViews.entries().addListener((javafx.collections.ListChangeListener<ViewsModel.Entry>) c -> listViews.run());
        savedViews.activeProperty().addListener((o, was, now) -> listViews.run());
    }

    /** Asks for a name and saves the board's filter and order as a view under it. */
    void askAndSave() {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle("Save view");
        ask.setHeaderText("Name this view (the filter and the order of the board)");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(name -> savedViews.saveCurrent(name).whenComplete((v, failure) ->
                board.setStatus(failure == null ? "Saved the view \u201C" + v.name() + "\u201D." : "The view could not be saved: " + rootMessage(failure).replaceFirst("\\.$", "") + ".")));
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c instanceof java.util.concurrent.CompletionException) {
            c = c.getCause();
        }
        return c.getMessage();
    }
}
