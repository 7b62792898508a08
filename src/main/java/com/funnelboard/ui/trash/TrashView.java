package com.funnelboard.ui.trash;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.TrashEntry;
import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Trash page: what was deleted in the last 30 days, with Restore on each row. */
public final class TrashView extends VBox {

    public TrashView(TrashViewModel model, Locale locale, ZoneId zone) {
        super(8);
        setId("trash-page");
        setPadding(new Insets(12));
        Label title = new Label("Trash");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Deleted deals, contacts and organizations stay here for 30 days. Restore brings one back with what was deleted with it.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        SafeWrap.wrap(hint);

        com.funnelboard.ui.common.Formats when = com.funnelboard.ui.common.Formats.of(locale, zone);
        // Found by any part of its name or whose it is, case and accents aside: a month of deletions is a long list.
        javafx.collections.transformation.FilteredList<TrashEntry> shown = new javafx.collections.transformation.FilteredList<>(model.entries());
        // As the Contacts page's search: an icon says what the box is, its prompt gone once it has the keyboard.
        atlantafx.base.controls.CustomTextField filter = new atlantafx.base.controls.CustomTextField();
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setId("trash-filter");
        // Empty, it passes Ctrl+Z and Ctrl+Shift+Z to the window (the page opens with the keyboard here, and Undo did nothing).
        com.funnelboard.ui.common.SaveAsYouType.undoToWindowWhenEmpty(filter);
        filter.setPromptText("Filter the trash\u2026");
        filter.setMaxWidth(420);
        filter.textProperty().addListener((o, was, now) -> {
            String wanted = folded(now);
            shown.setPredicate(wanted.isEmpty() ? null : e -> folded(e.name()).contains(wanted) || e.of() != null && folded(e.of()).contains(wanted)
                    || e.how() != null && folded(e.how()).contains(wanted));
        });
        TableView<TrashEntry> table = new TableView<>(shown);
        com.funnelboard.ui.common.FirstDown.install(table);
        table.setId("trash-table");
        table.setPlaceholder(new Label("Nothing was deleted in the last 30 days."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TrashEntry, String> kind = new TableColumn<>("What");
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind().label()));
        kind.setPrefWidth(90);
        TableColumn<TrashEntry, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(280);
        TableColumn<TrashEntry, String> of = new TableColumn<>("Of");
        of.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().of() == null ? "" : c.getValue().of()));
        of.setPrefWidth(240);
        TableColumn<TrashEntry, String> deleted = new TableColumn<>("Deleted");
        deleted.setCellValueFactory(c -> new ReadOnlyStringWrapper(when.dateTime(c.getValue().deletedAt())));
        deleted.setPrefWidth(170);
        // Who or what deleted it: an undone import's records read as deleted by hand.
        TableColumn<TrashEntry, String> by = new TableColumn<>("By");
        by.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().how() == null ? "" : c.getValue().how()));
        by.setPrefWidth(220);
        by.setCellFactory(c -> {
            TableCell<TrashEntry, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                }
            };
            com.funnelboard.ui.common.LazyTooltip.install(cell, cell::getText); // "Undo of Imported leads.csv: 1 contact, …" in full
            return cell;
        });
        TableColumn<TrashEntry, TrashEntry> restore = new TableColumn<>("Restore");
        restore.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        restore.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button("Restore", new FontIcon(Feather.ROTATE_CCW));

            {
                button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
            }

            @Override
            protected void updateItem(TrashEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                button.setId("restore-" + e.id());
                button.setOnAction(a -> model.restore(e));
                setGraphic(button);
            }
        });
        restore.setPrefWidth(120);
        table.getColumns().addAll(java.util.List.of(kind, name, of, deleted, by, restore));
        com.funnelboard.ui.common.Tables.headersFit(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, hint, filter, table);
    }

    /** Lower case without accents, for the filter. */
    static String folded(String s) {
        if (s == null) {
            return "";
        }
        return java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }
}
