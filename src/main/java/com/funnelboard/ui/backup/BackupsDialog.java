package com.funnelboard.ui.backup;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.BackupPreview;
import com.funnelboard.ui.common.Formats;
import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File → Backups…: the list of backups with what each holds, Back up now, and Restore… with a preview. */
public final class BackupsDialog {

    private BackupsDialog() {}

    public static void show(Window owner, BackupsViewModel model, Locale locale, ZoneId zone) {
        Formats formats = Formats.of(locale, zone);
        model.sayTimes(formats::weekdayTimeSeconds); // what the status bar says of a restore names the times listed here
        Dialog<Void> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
        d.initOwner(owner);
        d.setTitle("Backups");
        d.setHeaderText("A backup is taken every day the window is open; the last 7 days and 4 weeks are kept.");
        TableView<BackupsViewModel.Row> table = new TableView<>(model.rows());
        com.funnelboard.ui.common.FirstDown.install(table);
        table.setId("backups-table");
        // While they are read and checked it said "No backups yet." for seconds, of a folder holding two.
        Label none = new Label();
        none.setId("backups-none");
        none.textProperty().bind(javafx.beans.binding.Bindings.when(model.readingProperty())
                .then("Reading the backups\u2026").otherwise("No backups yet."));
        table.setPlaceholder(none);
        // Wide enough for the time in the app's theme ("Wed, Sep 30, 12:59:59 PM" was cut at 190 px); the counts need less.
        table.getColumns().add(column("Taken", r -> formats.weekdayTimeSeconds(r.backup().at()), 225));
        table.getColumns().add(column("Deals", r -> r.preview().healthy() ? Long.toString(r.preview().deals()) : "", 85));
        table.getColumns().add(column("Contacts", r -> r.preview().healthy() ? Long.toString(r.preview().contacts()) : "", 105));
        // The newest change in full, on as many lines as it takes (a deal's title made it "Thu, Mar 12, 10:00 AM · Gave
        // “Enterprise rollout – Delta …"), in the width the other columns leave.
        TableColumn<BackupsViewModel.Row, String> newest = column("Newest change", r -> newest(r.preview(), formats), 290);
        newest.setCellFactory(c -> {
            javafx.scene.control.TableCell<BackupsViewModel.Row, String> cell = new javafx.scene.control.TableCell<>();
            // A text node wrapped at the column's width: the row takes its height (a wrapped label's is counted on one line).
            javafx.scene.text.Text lines = new javafx.scene.text.Text();
            lines.getStyleClass().add("newest-change");
            lines.textProperty().bind(cell.itemProperty());
            lines.fillProperty().bind(cell.textFillProperty());
            lines.fontProperty().bind(cell.fontProperty());
            lines.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> c.getWidth() - cell.getPadding().getLeft() - cell.getPadding().getRight() - 2, c.widthProperty(), cell.paddingProperty()));
            cell.graphicProperty().bind(javafx.beans.binding.Bindings.when(cell.emptyProperty()).then((javafx.scene.Node) null).otherwise(lines));
            return cell;
        });
        table.getColumns().add(newest);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(720, 320);
        table.setMinWidth(720);
        Button now = new Button("Back up now");
        now.setId("backup-now");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.backUpNow());
        Button restore = new Button("Restore\u2026");
        restore.setId("backup-restore");
        restore.getStyleClass().add(Styles.DANGER);
        restore.disableProperty().bind(model.busyProperty().or(table.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> confirmRestore(d, table.getSelectionModel().getSelectedItem(), model, formats));
        Label folder = new Label(model.folder());
        folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, folder, gap, now, restore);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        d.getDialogPane().setContent(new VBox(10, table, buttons));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setResizable(true);
        model.refresh();
        model.follow();
        d.setOnHidden(e -> model.stopFollowing());
        d.show();
    }

    private static String newest(BackupPreview p, Formats formats) {
        if (!p.healthy()) {
            return "Damaged: " + com.funnelboard.domain.Printable.escape(p.problems().getFirst());
        }
        if (p.newestChangeAt() == null) {
            return "\u2014";
        }
        return formats.weekdayTime(p.newestChangeAt()) + (p.newestChange() == null ? "" : " \u00B7 "
                + com.funnelboard.domain.Printable.escape(p.newestChange()));
    }

    private static void confirmRestore(Dialog<?> owner, BackupsViewModel.Row row, BackupsViewModel model, Formats formats) {
        BackupPreview p = row.preview();
        if (!p.healthy()) {
            Alert bad = new Alert(Alert.AlertType.WARNING, "This backup is damaged and cannot be restored: "
                    + com.funnelboard.domain.Printable.escape(p.problems().getFirst()));
            com.funnelboard.ui.common.SafeWrap.guard(bad.getDialogPane()); // right-to-left text never wrapped, before the first layout
            bad.initOwner(owner.getDialogPane().getScene().getWindow());
            bad.showAndWait();
            return;
        }
        model.takenOut(row).thenAccept(out -> ask(owner, row, model, formats, out));
    }

    private static void ask(Dialog<?> owner, BackupsViewModel.Row row, BackupsViewModel model, Formats formats, String takenOut) {
        BackupPreview p = row.preview();
        ButtonType go = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        // What would go, counted (it said "Changes since the backup was taken are not in it" whether there were any or not).
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "It holds " + p.deals() + (p.deals() == 1 ? " deal" : " deals") + " and "
                + p.contacts() + (p.contacts() == 1 ? " contact" : " contacts") + "; its newest change: " + newest(p, formats) + ".\n\n"
                + (takenOut.isEmpty() ? "" : com.funnelboard.domain.Printable.escape(takenOut) + " ")
                + "What the database holds now is backed up first, so this can be taken back by restoring that backup.", go, ButtonType.CANCEL);
        com.funnelboard.ui.common.SafeWrap.guard(ask.getDialogPane()); // right-to-left text never wrapped, before the first layout
        ask.initOwner(owner.getDialogPane().getScene().getWindow());
        ask.setHeaderText("Restore the backup of " + formats.weekdayTimeSeconds(row.backup().at()) + "?");
        ask.showAndWait().filter(go::equals).ifPresent(b -> model.restore(row));
    }

    private static TableColumn<BackupsViewModel.Row, String> column(String title,
            java.util.function.Function<BackupsViewModel.Row, String> text, double width) {
        TableColumn<BackupsViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width); // a header is never cut short
        c.setSortable(false);
        return c;
    }
}
