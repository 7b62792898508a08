package com.funnelboard.ui.share;

import com.funnelboard.ui.common.SafeWrap;
import com.funnelboard.service.Json;
import com.funnelboard.domain.FieldConflict;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import tools.jackson.databind.JsonNode;

/**
 * The conflicts to review: each field two installations edited without seeing each other's edit,
 * with the value it holds now and the other, who wrote each and when; keep mine, keep theirs, or
 * type the value to keep. A resolution is a change like any edit, so it reaches the teammates.
 */
public final class ConflictsDialog {


    private final ShareViewModel model;
    private final ZoneId zone;
    private final Locale locale;
    private final Consumer<String> status;

    /** The keep buttons' width, whatever value they name (in pixels at the default text size: "Keep theirs: " and 22 characters). */
    static final double KEEP_WIDTH = 330;

    public ConflictsDialog(ShareViewModel model, ZoneId zone, Locale locale, Consumer<String> status) {
        this.model = model;
        this.zone = zone;
        this.locale = locale;
        this.status = status;
    }

    /** Edit → Undo of the window: Ctrl+Z in this dialog takes back the last resolution (it did nothing there). */
    private java.util.function.Supplier<? extends java.util.concurrent.CompletionStage<?>> undo;

    public void setUndo(java.util.function.Supplier<? extends java.util.concurrent.CompletionStage<?>> undo) {
        this.undo = undo;
    }

    public void show(Window owner) {
        TableView<ShareViewModel.Described> table = new TableView<>();
        com.funnelboard.ui.common.FirstDown.install(table);
        table.setId("conflicts-table");
        table.setPlaceholder(new Label("No conflicts to review."));
        table.getColumns().add(column("Record", d -> d.conflict().label(), 250));
        table.getColumns().add(column("Field", d -> d.text().field(), 100));
        table.getColumns().add(sideColumn("Now", d -> List.of(d.text().current()), d -> List.of(d.conflict().current())));
        // Every other value, one under the other: a third teammate's was left out (three moves of one deal, say).
        table.getColumns().add(sideColumn("Other", d -> d.text().others(), d -> d.conflict().others()));
        // The two values share what the record and field leave: neither is cut while the other has room.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Button mine = new Button("Keep mine");
        mine.setId("keep-mine");
        Button theirs = new Button("Keep theirs");
        theirs.setId("keep-theirs");
        Button edit = new Button("Edit\u2026");
        edit.setId("keep-value");
        Button both = new Button("Keep both");
        both.setId("keep-both");
        both.setVisible(false);
        both.managedProperty().bind(both.visibleProperty());
        mine.setDisable(true);
        theirs.setDisable(true);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        // A row deleted on one installation and edited on another: keep it deleted, or restore it with the edit.
        Button keepDeleted = new Button("Keep deleted");
        keepDeleted.setId("keep-deleted");
        Button restore = new Button("Restore with the edit");
        restore.setId("keep-restored");
        var notDeletion = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ShareViewModel.Described c = table.getSelectionModel().getSelectedItem();
            return c == null || !c.conflict().deletion();
        }, table.getSelectionModel().selectedItemProperty());
        // A contact merged into another here and edited elsewhere meanwhile: its edits onto the contact it was merged into.
        Button moveEdits = new Button("Move the edits to the contact it was merged into");
        moveEdits.setId("keep-moved");
        moveEdits.setTooltip(new javafx.scene.control.Tooltip("The merge stands: the addresses, numbers and tags written on this contact join "
                + "the contact it was merged into, and what that contact leaves empty is filled."));
        var notMergedAway = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ShareViewModel.Described c = table.getSelectionModel().getSelectedItem();
            return c == null || !c.conflict().mergedAway();
        }, table.getSelectionModel().selectedItemProperty());
        moveEdits.visibleProperty().bind(notMergedAway.not());
        moveEdits.managedProperty().bind(moveEdits.visibleProperty());
        moveEdits.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        keepDeleted.disableProperty().bind(notDeletion);
        restore.disableProperty().bind(notDeletion);
        // Shown only for a deleted-and-edited record, so the keep buttons have room to name their values.
        for (Button b : new Button[] {keepDeleted, restore}) {
            b.visibleProperty().bind(notDeletion.not());
            b.managedProperty().bind(b.visibleProperty());
        }
        // And the keep buttons only for a value: of a deleted-and-edited record they named no value and meant nothing.
        for (Button b : new Button[] {mine, theirs, edit}) {
            b.visibleProperty().bind(notDeletion);
            b.managedProperty().bind(b.visibleProperty());
        }
        for (Button b : new Button[] {mine, theirs, both, edit, keepDeleted, restore}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // The keep buttons name their values, up to a width they always have: as they grew with the value, Edit… moved,
        // and a click meant for it kept mine.
        for (Button b : new Button[] {mine, theirs}) {
            b.setPrefWidth(KEEP_WIDTH);
            b.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        }
        edit.disableProperty().unbind();
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(notDeletion.not()));
        // Which column is mine depends on whose edit is newer: the buttons name the value each keeps. A conflict relayed
        // between two teammates (neither value written here) has no mine: type the value to keep.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, d) -> ConflictKeepNames.name(d, mine, theirs, both));
        // A contact merged into another here and edited elsewhere: restored, it is a contact of its own again, with the edits.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, d) -> restore.setTooltip(d != null
                && d.conflict().label().contains(com.funnelboard.domain.MergeReport.Trashed.MERGED_INTO) ? new javafx.scene.control.Tooltip(
                        "Brings the contact back as a contact of its own, with the edits made to it; merge it into the other again "
                        + "(Contacts, Merge\u2026) to keep them on one contact.") : null));
        // A deal's stage: each side's move, with the checklist its author passed or the reason given. Keeping a side keeps its
        // move ("keep theirs" took a lost deal back to Opportunity), and nothing said why either had been made.
        HBox moves = new HBox(16);
        moves.setId("conflict-moves");
        javafx.scene.control.ScrollPane movesPane = new javafx.scene.control.ScrollPane(moves);
        movesPane.setFitToWidth(true);
        movesPane.setMinHeight(140);
        movesPane.setPrefViewportHeight(150);
        movesPane.setFocusTraversable(false);
        movesPane.setVisible(false);
        movesPane.managedProperty().bind(movesPane.visibleProperty());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, d) -> {
            List<String> said = movesOf(d);
            moves.getChildren().setAll(said.stream().map(text -> {
                Label side = new Label(text);
                SafeWrap.wrap(side);
                side.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                side.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(side, javafx.scene.layout.Priority.ALWAYS);
                side.setPrefWidth(1); // the sides share the width equally, whatever their lengths
                return side;
            }).toList());
            movesPane.setVisible(!said.isEmpty());
        });
        // After a resolution the list is read again: the next conflict is chosen and the keyboard stays on the table
        // (the choice was lost and the focus went to Close, so each conflict took Tab, Down and Space again).
        Runnable reload = () -> {
            int at = table.getSelectionModel().getSelectedIndex();
            model.conflicts(locale).thenAccept(list -> {
                table.getItems().setAll(list);
                if (at >= 0 && !list.isEmpty()) {
                    table.getSelectionModel().select(Math.min(at, list.size() - 1));
                    table.requestFocus();
                }
            });
        };
        mine.setOnAction(e -> resolve(table.getSelectionModel().getSelectedItem().conflict(), FieldConflict.Keep.MINE, null, reload));
        both.setOnAction(e -> resolve(table.getSelectionModel().getSelectedItem().conflict(), FieldConflict.Keep.BOTH, null, reload));
        theirs.setOnAction(e -> keepTheirs(table.getSelectionModel().getSelectedItem(), owner, reload));
        keepDeleted.setOnAction(e -> resolve(table.getSelectionModel().getSelectedItem().conflict(), FieldConflict.Keep.DELETED, null, reload));
        restore.setOnAction(e -> resolve(table.getSelectionModel().getSelectedItem().conflict(), FieldConflict.Keep.RESTORED, null, reload));
        moveEdits.setOnAction(e -> resolve(table.getSelectionModel().getSelectedItem().conflict(), FieldConflict.Keep.MOVED, null, reload));
        edit.setOnAction(e -> {
            ShareViewModel.Described d = table.getSelectionModel().getSelectedItem();
            FieldConflict c = d.conflict();
            if (ConflictTextDialog.isLong(d)) {
                // Notes: both texts in a field of several lines, to be made into one (a line of one field held only mine).
                ConflictTextDialog.ask(owner, d).ifPresent(v -> resolve(c, FieldConflict.Keep.VALUE, v, reload));
                return;
            }
            TextInputDialog ask = new TextInputDialog(plain(c.current().value()).isEmpty() ? "" : d.text().current());
            ask.initOwner(owner);
            ask.setTitle("Resolve the conflict");
            ask.setHeaderText(d.text().field() + " of " + c.label() + ": the value to keep");
            ask.showAndWait().ifPresent(v -> resolve(c, FieldConflict.Keep.VALUE, v, reload));
        });
        // Said of each kind: a record deleted and edited stays in the trash until chosen, whichever came later (it said "the
        // newer value is shown now" over a deletion older than the edit).
        Label help = new Label("These fields were edited on two installations that had not seen each other's edit. The newer value "
                + "is shown now; the other is kept here until you choose. Keep one, or type another (of a contact's e-mail address or phone "
                + "number, both can stay). A record deleted on one installation "
                + "while edited on another stays in the trash, whichever came later, until you keep it deleted or restore it with the edit (a contact merged into another: or move the edits to that one).");
        SafeWrap.wrap(help);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(10, help, table, movesPane, new HBox(8, mine, theirs, both, edit, keepDeleted, restore, moveEdits));
        content.setPadding(new Insets(12));
        content.setPrefSize(880, 420);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS); // the table gives up height to the moves under it
        Dialog<Void> dialog = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(dialog.getDialogPane()); // right-to-left text never wrapped, before the first layout
        dialog.initOwner(owner);
        dialog.setTitle("Conflicts");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        // Wider on a wider window (up to 1,400 pixels), so the values and names have the room it has.
        dialog.getDialogPane().setPrefSize(owner == null ? 920 : Math.max(920, Math.min(1_400, owner.getWidth() * 0.75)),
                owner == null ? 560 : Math.max(480, Math.min(620, owner.getHeight() * 0.8)));
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        reload.run();
        if (undo != null) {
            javafx.scene.input.KeyCombination z = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
            dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (z.match(e)) {
                    e.consume();
                    undo.get().thenRun(() -> javafx.application.Platform.runLater(reload));
                }
            });
        }
        dialog.show();
    }

    /** Keeps theirs; where teammates wrote different values, after asking whose ("€18,000 — Cy Chen · 12 Mar 2026, 10:01"). */
    private void keepTheirs(ShareViewModel.Described d, Window owner, Runnable reload) {
        FieldConflict c = d.conflict();
        if (!c.theirsIsAmbiguous()) {
            resolve(c, FieldConflict.Keep.THEIRS, null, reload);
            return;
        }
        List<String> texts = ConflictKeepNames.texts(d);
        java.util.Map<String, FieldConflict.Side> choices = new java.util.LinkedHashMap<>();
        List<FieldConflict.Side> sides = c.sides();
        for (int i = 0; i < sides.size(); i++) {
            if (!sides.get(i).mine()) {
                choices.put(texts.get(i) + " \u2014 " + byline(c, sides.get(i)), sides.get(i));
            }
        }
        javafx.scene.control.ChoiceDialog<String> ask = new javafx.scene.control.ChoiceDialog<>(choices.keySet().iterator().next(), choices.keySet());
        ask.initOwner(owner);
        ask.setTitle("Resolve the conflict");
        ask.setHeaderText(d.text().field() + " of " + c.label() + ": whose value to keep");
        ask.getDialogPane().setId("keep-theirs-choice");
        ask.showAndWait().map(choices::get).ifPresent(side -> resolve(c, FieldConflict.Keep.THEIRS, side.replica().toString(), reload));
    }

    /**
     * Each side's stage move, headed by whose value it is: "Now — Ann Alder · 3 Mar 2026, 10:01:" then the move as History
     * writes it, one text per side. Empty for any other field.
     */
    List<String> movesOf(ShareViewModel.Described d) {
        if (d != null && d.text().moves().isEmpty() && ConflictTextDialog.isLong(d)) {
            return ConflictTextDialog.sides(d, s -> byline(d.conflict(), s));
        }
        if (d == null || d.text().moves().isEmpty()) {
            return List.of();
        }
        List<FieldConflict.Side> sides = d.conflict().sides();
        List<String> said = new java.util.ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            String move = d.text().move(i);
            said.add((i == 0 ? "Now" : "Other") + " \u2014 " + byline(d.conflict(), sides.get(i)) + ":\n"
                    + (move.isEmpty() ? "(the move that set it is not on this installation)" : move));
        }
        return said;
    }

    private void resolve(FieldConflict c, FieldConflict.Keep keep, String value, Runnable reload) {
        model.resolve(c, keep, value, locale).whenComplete((text, e) -> {
            status.accept(e == null ? text + "." : "The conflict was not resolved: " + (e.getCause() != null ? e.getCause() : e).getMessage());
            reload.run();
        });
    }

    /** Who wrote a side, and when: "Ola Nordmann · 3 Dec 2026, 14:25", "… · here" for this installation's. */
    private String byline(FieldConflict c, FieldConflict.Side s) {
        return com.funnelboard.domain.Person.nameOf(s.author()) + (s.mine() ? " \u00B7 here" : "") + " \u00B7 " + when(c, s);
    }

    /** When a side was written: to the second where two of the conflict's values were written within a minute. */
    private String when(FieldConflict c, FieldConflict.Side s) {
        com.funnelboard.ui.common.Formats f = com.funnelboard.ui.common.Formats.of(locale, zone);
        return c.writtenWithinAMinute() ? f.dateTimeSeconds(s.at()) : f.dateTime(s.at());
    }

    /**
     * A value and, under it in a quieter line, who wrote it and when; the whole of both (the full
     * address of the author) in its tooltip, as a long value is cut in the cell.
     */
    private TableColumn<ShareViewModel.Described, ShareViewModel.Described> sideColumn(String title,
            java.util.function.Function<ShareViewModel.Described, List<String>> values,
            java.util.function.Function<ShareViewModel.Described, List<FieldConflict.Side>> sides) {
        TableColumn<ShareViewModel.Described, ShareViewModel.Described> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyObjectWrapper<>(d.getValue()));
        c.setPrefWidth(280);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final VBox box = new VBox(6);
            private String tip = "";
            {
                setGraphic(null);
                // One tooltip per cell, made when first hovered, saying the row the cell shows then.
                com.funnelboard.ui.common.LazyTooltip.install(this, () -> tip);
            }

            @Override
            protected void updateItem(ShareViewModel.Described d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setGraphic(null);
                    tip = "";
                    return;
                }
                List<String> shown = values.apply(d);
                List<FieldConflict.Side> written = sides.apply(d);
                box.getChildren().clear();
                StringBuilder said = new StringBuilder();
                for (int i = 0; i < Math.min(shown.size(), written.size()); i++) {
                    FieldConflict.Side s = written.get(i);
                    Label text = new Label(shown.get(i));
                    text.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
                    text.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_WORD_ELLIPSIS); // two long values that differ at the end
                    Label who = new Label(byline(d.conflict(), s));
                    who.getStyleClass().addAll(atlantafx.base.theme.Styles.TEXT_MUTED, atlantafx.base.theme.Styles.TEXT_SMALL);
                    VBox side = new VBox(2, text);
                    // A stage's value says why it was set: the checklist met or overridden, the reason the deal was lost.
                    String why = d.text().why(d.conflict().sides().indexOf(s));
                    if (!why.isEmpty()) {
                        Label reason = new Label(why);
                        reason.getStyleClass().add("conflict-why");
                        reason.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
                        side.getChildren().add(reason);
                    }
                    side.getChildren().add(who);
                    box.getChildren().add(side);
                    said.append(said.isEmpty() ? "" : "\n\n").append(shown.get(i)).append(why.isEmpty() ? "" : " \u2014 " + why).append("\n").append(com.funnelboard.domain.PlainText.isolated(s.author()))
                            .append(s.mine() ? ", on this installation" : "").append("\n")
                            .append(when(d.conflict(), s));
                }
                setGraphic(box);
                tip = said.toString();
            }
        });
        return c;
    }

    /** A JSON literal as a user reads it: text without quotes, nothing as empty. */
    static String plain(String json) {
        JsonNode n = Json.mapper().readTree(json);
        return n == null || n.isNull() ? "" : n.isString() ? n.asString() : n.toString();
    }

    private static TableColumn<ShareViewModel.Described, String> column(String title,
            java.util.function.Function<ShareViewModel.Described, String> value, double width) {
        TableColumn<ShareViewModel.Described, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        // A record's name cut in the cell ("deal “Support contrac…”") is whole in its tooltip.
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            {
                com.funnelboard.ui.common.LazyTooltip.install(this, () -> getItem() == null ? "" : getItem());
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // Two deals whose names begin alike ("Renewal – Cedar Energy 2026", "Renewal – Cedar Energy 2027") read apart:
                // the name on two lines, and one longer still keeps its beginning and its end, cut in the middle.
                SafeWrap.wrap(this);
                setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_WORD_ELLIPSIS);
            }
        });
        return c;
    }
}
