package com.funnelboard.ui.board;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The saved views beside the board, each with how many deals it shows; a click shows the view on
 * the board, the context menu deletes it. Folds away with its close button or the filter bar's
 * Views button (the window shows it while {@link ViewsModel#shownProperty()} says so).
 */
public final class ViewsSidebar extends VBox {

    public static final double WIDTH = 170;

    /** Asks for a view's new name until it is one no other view has (or the dialog is closed), then renames it. */
    static void askRename(ViewsModel model, String name, javafx.stage.Window owner) {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(name);
        ask.setTitle("Rename view");
        ask.setHeaderText("A new name for the view \u201c" + name + "\u201d (its filter and order stay as they are)");
        ask.getEditor().setId("rename-view-name");
        if (owner != null) {
            ask.initOwner(owner);
        }
        ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(name)).ifPresent(n -> model.rename(name, n)
                .exceptionally(failure -> {
                    Throwable c = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    javafx.application.Platform.runLater(() -> {
                        javafx.scene.control.Alert said = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, c.getMessage());
                        said.setHeaderText("The view was not renamed");
                        if (owner != null) {
                            said.initOwner(owner);
                        }
                        said.showAndWait();
                    });
                    return null;
                }));
    }

    /**
     * Deletes a view once asked (Cancel the default): a slip of the right-click menu lost a view's filters for good — a
     * view is kept on this installation only, outside the Undo list.
     */
    static void askDelete(ViewsModel model, com.funnelboard.service.SavedViews.SavedView view, javafx.stage.Window owner) {
        javafx.scene.control.ButtonType delete = new javafx.scene.control.ButtonType("Delete", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                (view.lens().filters().isEmpty() ? "Every deal" : String.join("  ", view.lens().filters())) + ", " + view.sort().label()
                        .toLowerCase(Locale.ROOT) + ". Deleting it cannot be undone; the deals stay as they are.",
                delete, javafx.scene.control.ButtonType.CANCEL);
        ask.setTitle("Delete view");
        ask.setHeaderText("Delete the view \u201c" + view.name() + "\u201d?");
        ask.getDialogPane().setId("delete-view-dialog");
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL)).setDefaultButton(true);
        if (owner != null) {
            ask.initOwner(owner);
        }
        ask.showAndWait().filter(delete::equals).ifPresent(b -> model.delete(view.name()));
    }

    public ViewsSidebar(ViewsModel model, Locale locale, Runnable saveCurrent) {
        super(6);
        setId("views-sidebar");
        getStyleClass().add("views-sidebar");
        setPadding(new Insets(8, 6, 8, 8));
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        Label title = new Label("Views");
        title.getStyleClass().add(Styles.TITLE_4);
        Button fold = new Button(null, new FontIcon(Feather.CHEVRONS_LEFT));
        fold.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        fold.setTooltip(new Tooltip("Hide the views"));
        fold.setFocusTraversable(false);
        fold.setOnAction(e -> model.shownProperty().set(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(4, title, spacer, fold);
        top.setAlignment(Pos.CENTER_LEFT);

        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        ListView<ViewsModel.Entry> list = new ListView<>(model.entries());
        list.setId("views-list");
        list.getStyleClass().add("views-list");
        list.setFocusTraversable(false);
        Label empty = new Label("No saved views yet. Filter the board, then save the filter as a view.");
        SafeWrap.wrap(empty);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.setCellFactory(lv -> new ListCell<>() {
            private final Label name = new Label();
            private final Label count = new Label();
            private final HBox row = new HBox(6);

            {
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                count.getStyleClass().addAll(Styles.TEXT_MUTED, "view-count");
                count.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().addAll(name, gap, count);
                row.setAlignment(Pos.CENTER_LEFT);
                setPrefWidth(0); // as wide as the list, never wider: no sideways scrolling
                name.setMinWidth(0);
                setOnMouseClicked(e -> {
                    if (getItem() != null && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                        model.choose(getItem().view());
                    }
                });
            }

            @Override
            protected void updateItem(ViewsModel.Entry entry, boolean isEmpty) {
                super.updateItem(entry, isEmpty);
                if (isEmpty || entry == null) {
                    setGraphic(null);
                    setContextMenu(null);
                    setTooltip(null);
                    return;
                }
                name.setText(entry.view().name());
                count.setText(entry.count() == null ? "\u2026" : whole.format(entry.count()));
                setGraphic(row);
                // The name whole first: the sidebar's width cuts a long one ("Referrals ove…").
                setTooltip(new Tooltip(entry.view().name() + "\n" + (entry.view().lens().filters().isEmpty()
                        ? "Every deal, " + entry.view().sort().label().toLowerCase(locale)
                        : String.join("  ", entry.view().lens().filters()) + "\n" + entry.view().sort().label())));
                MenuItem delete = new MenuItem("Delete \u201c" + entry.view().name() + "\u201d");
                delete.setId("delete-view");
                delete.setOnAction(e -> askDelete(model, entry.view(), getScene() == null ? null : getScene().getWindow()));
                // A view could only be deleted: renaming it meant saving it again under the new name.
                MenuItem rename = new MenuItem("Rename \u201c" + entry.view().name() + "\u201d\u2026");
                rename.setId("rename-view");
                rename.setOnAction(e -> askRename(model, entry.view().name(), getScene() == null ? null : getScene().getWindow()));
                setContextMenu(new ContextMenu(rename, delete));
            }
        });
        // The view last chosen is marked while the board shows it (again after the counts are read anew).
        Runnable mark = () -> {
            int at = -1;
            for (int i = 0; i < model.entries().size(); i++) {
                if (model.entries().get(i).view().name().equals(model.activeProperty().get())) {
                    at = i;
                }
            }
            if (at < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(at);
            }
        };
        model.activeProperty().addListener((o, was, now) -> mark.run());
        model.entries().addListener((javafx.collections.ListChangeListener<ViewsModel.Entry>) c -> mark.run());
        VBox.setVgrow(list, Priority.ALWAYS);
        Button save = new Button("Save current filter\u2026", new FontIcon(Feather.PLUS));
        save.setId("views-save");
        save.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        save.setFocusTraversable(false);
        save.setOnAction(e -> saveCurrent.run());
        getChildren().addAll(top, list, save);
    }
}
