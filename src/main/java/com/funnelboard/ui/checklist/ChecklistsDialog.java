package com.funnelboard.ui.checklist;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.Gate;
import com.funnelboard.ui.common.LazyTooltip;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * File → Checklists…: the three gates' items, each reworded in place (Enter or leaving the field saves it), made
 * required or optional, moved up or down, or removed; a new item is added at the end of its gate. Every action is
 * saved at once as a change of its own (Ctrl+Z in the window takes it back), and the next move passes the lists
 * as they then are.
 */
public final class ChecklistsDialog {

    private final ChecklistsViewModel model;
    private final VBox sections = new VBox(18);
    /** The gate whose add field keeps the keyboard after the lists are drawn again (null: none). */
    private Gate adding;
    /** The items' text fields as last drawn: what is typed in one is saved when the dialog closes too (Escape threw it away). */
    private final java.util.Map<ChecklistItem, TextField> texts = new java.util.LinkedHashMap<>();

    /** Edit → Undo of the window: Ctrl+Z in the dialog takes back its last edit (the dialog holds the keyboard). */
    private final java.util.function.Supplier<java.util.concurrent.CompletionStage<?>> undo;

    private ChecklistsDialog(ChecklistsViewModel model, java.util.function.Supplier<java.util.concurrent.CompletionStage<?>> undo) {
        this.model = model;
        this.undo = undo;
    }

    /** File → Checklists…, which opens the dialog over the window {@code owner} gives. */
    public static MenuItem menuItem(java.util.function.Supplier<Window> owner, ChecklistsViewModel model,
            java.util.function.Supplier<java.util.concurrent.CompletionStage<?>> undo) {
        MenuItem item = new MenuItem("Checklists\u2026");
        item.setId("menu-checklists");
        item.setOnAction(e -> show(owner.get(), model, undo));
        return item;
    }

    public static void show(Window owner, ChecklistsViewModel model, java.util.function.Supplier<java.util.concurrent.CompletionStage<?>> undo) {
        model.load().thenRun(() -> new ChecklistsDialog(model, undo).dialog(owner).showAndWait());
    }

    /** The dialog, not shown yet (tests show it themselves). */
    Dialog<Void> dialog(Window owner) {
        Dialog<Void> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane());
        d.initOwner(owner);
        d.setTitle("Checklists");
        d.setHeaderText("What must hold before a deal moves on: a move needs every required item, or an override with a reason");
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Label problem = new Label();
        problem.setId("checklists-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(840); // the items' words whole at the usual text size
        d.getDialogPane().setStyle("-fx-max-width: 1200px;"); // the theme stops dialogs at 600 px
        d.getDialogPane().setContent(new VBox(10, problem, scroll));
        d.getDialogPane().setId("checklists-dialog");
        // Drawn again after every edit, a refused one too (an emptied field gets its stored words back): an invalidation listener,
        // as lists equal to the last ones tell no change listener.
        javafx.beans.InvalidationListener redraw = o -> draw(model.listsProperty().get());
        model.listsProperty().addListener(redraw);
        model.problemProperty().set(""); // what was refused the last time it was open is not said again
        draw(model.listsProperty().get());
        // Changed beside it (a command, a teammate's file): read again at once, or, while words are being typed in one of its
        // fields, once the keyboard leaves it (drawn again, the field went, and its words with it).
        boolean[] stale = {false};
        Runnable following = model.follow(() -> {
            if (d.getDialogPane().getScene() != null && typingIn(d.getDialogPane().getScene().getFocusOwner())) {
                stale[0] = true;
            } else {
                model.load();
            }
        });
        d.setOnShown(e -> d.getDialogPane().getScene().focusOwnerProperty().addListener((o, was, now) -> {
            if (stale[0] && !typingIn(now)) {
                stale[0] = false;
                model.load();
            }
        }));
        d.setOnHidden(e -> {
            // The model outlives the dialog: a closed one no longer draws (each opening left its listener behind).
            model.listsProperty().removeListener(redraw);
            following.run();
            texts.forEach((item, field) -> model.reword(item, field.getText()));
        });
        // Ctrl+Z takes back the dialog's last edit, as in the window (the status bar offers it), and shows the lists as they are
        // then; in a field of words typed and not saved yet, the field's own undo acts on them.
        d.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && !typingIn(d.getDialogPane().getScene().getFocusOwner())) {
                e.consume();
                undo.get().thenRun(() -> javafx.application.Platform.runLater(model::load));
            }
        });
        return d;
    }

    private static final javafx.scene.input.KeyCombination UNDO = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
            javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /** Whether the keyboard is in a field whose words differ from what is stored (its own undo takes them back). */
    private boolean typingIn(Node focus) {
        if (focus instanceof TextField field) {
            return texts.entrySet().stream().anyMatch(e -> e.getValue() == field && !field.getText().equals(e.getKey().text()))
                    || !texts.containsValue(field) && !field.getText().isEmpty();
        }
        return false;
    }

    private void draw(Map<Gate, List<ChecklistItem>> lists) {
        sections.getChildren().clear();
        texts.clear();
        for (Gate gate : Gate.ALL) {
            sections.getChildren().add(section(gate, lists.getOrDefault(gate, List.of())));
        }
        if (adding != null) {
            Node field = sections.lookup("#checklist-add-" + adding.key());
            if (field != null) {
                javafx.application.Platform.runLater(field::requestFocus);
            }
            adding = null;
        }
    }

    private VBox section(Gate gate, List<ChecklistItem> items) {
        Label heading = new Label(gate.label());
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TITLE_4);
        VBox box = new VBox(6, heading);
        box.setId("checklist-" + gate.key());
        if (items.isEmpty()) {
            Label none = new Label("No items: every move through this gate passes.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
        }
        // One grid per gate: its texts line up whatever the words beside them ("from the data", "ticked").
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane(6, 6);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), new javafx.scene.layout.ColumnConstraints(), grow);
        for (int i = 0; i < items.size(); i++) {
            HBox row = row(items.get(i), i == 0, i == items.size() - 1);
            grid.addRow(i, row.getChildren().toArray(Node[]::new));
        }
        if (!items.isEmpty()) {
            box.getChildren().add(grid);
        }
        TextField text = new TextField();
        text.setPromptText("Add an item to " + gate.label() + "\u2026");
        text.setId("checklist-add-" + gate.key());
        HBox.setHgrow(text, Priority.ALWAYS);
        CheckBox required = new CheckBox("Required");
        required.setId("checklist-add-required-" + gate.key());
        Button add = new Button("Add", new FontIcon(Feather.PLUS));
        add.setId("checklist-add-button-" + gate.key());
        add.disableProperty().bind(text.textProperty().isEmpty());
        Runnable adds = () -> {
            adding = gate;
            model.add(gate, text.getText(), required.isSelected()); // spaces alone are refused, and said (they did nothing, unsaid)
        };
        add.setOnAction(e -> adds.run());
        text.setOnAction(e -> adds.run());
        HBox addRow = new HBox(8, text, required, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(addRow);
        return box;
    }

    private HBox row(ChecklistItem item, boolean first, boolean last) {
        Button up = icon(Feather.ARROW_UP, "Move up", "checklist-up-" + item.code());
        up.setDisable(first);
        up.setOnAction(e -> model.move(item, -1));
        Button down = icon(Feather.ARROW_DOWN, "Move down", "checklist-down-" + item.code());
        down.setDisable(last);
        down.setOnAction(e -> model.move(item, 1));
        TextField text = new TextField(item.text());
        text.setId("checklist-text-" + item.code());
        text.setPrefColumnCount(40);
        HBox.setHgrow(text, Priority.ALWAYS);
        if (item.isDerived()) {
            // Its words say what the data checks: they are not edited (reworded, it read as a requirement the data then "met").
            text.setEditable(false);
            text.getStyleClass().add(Styles.TEXT_MUTED);
            LazyTooltip.install(text, "Answered by the data: " + item.rule().hint() + ". Its words are not edited; remove it or make it "
                    + "optional, and add an item of your own");
        } else {
            texts.put(item, text);
        }
        text.setOnAction(e -> model.reword(item, text.getText()));
        text.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.reword(item, text.getText());
            }
        });
        CheckBox required = new CheckBox("Required");
        required.setId("checklist-required-" + item.code());
        required.setSelected(item.required());
        required.setOnAction(e -> model.require(item, required.isSelected()));
        required.setMinWidth(Region.USE_PREF_SIZE);
        Label how = new Label(item.isDerived() ? "from the data" : "ticked");
        how.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        how.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(how, item.isDerived() ? "Answered by what is logged and filled in (its evidence shows in the move's checklist)"
                : "Ticked by whoever moves the deal");
        Button remove = icon(Feather.X, "Remove this item", "checklist-remove-" + item.code());
        remove.setOnAction(e -> model.remove(item));
        HBox row = new HBox(6, up, down, text, required, how, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button icon(Feather icon, String tip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.setId(id);
        LazyTooltip.install(b, tip);
        b.setAccessibleText(tip);
        return b;
    }
}
