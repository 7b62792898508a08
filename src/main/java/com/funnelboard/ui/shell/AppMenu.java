package com.funnelboard.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The window's menu bar — File, Edit, View, Deal, Go, Help — carrying every action with its
 * accelerator, and the keyboard-shortcut sheet (F1 or Ctrl+/) made from the same menus, so the
 * two never disagree.
 */
public final class AppMenu {

    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination SHORTCUTS_SLASH = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SHOW_REPORTS = new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SHOW_TRASH = new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN);

    /** Keys that are not menu items: they act where the focus is. */
    static final List<String[]> OTHER_KEYS = List.of(
            new String[] {"Anywhere", "Ctrl+K", "Find (as Ctrl+F): \u2191 / \u2193 choose, Enter opens, Esc closes"},
            new String[] {"Anywhere", "Alt+F / V / D / G / H", "Open the File, View, Deal, Go or Help menu (F10: the menu bar)"},
            new String[] {"Board", "\u2190 / \u2192", "The next open column to the left or right"},
            new String[] {"Board", "Enter or double-click", "Open the selected deal in the detail pane"},
            new String[] {"Board", "Drag a card", "Move it to another stage (through the checklist)"},
            new String[] {"Detail pane", "Alt+C / E / M / N", "Log a call, email, meeting or note"},
            new String[] {"Detail pane", "Alt+I / O", "Inbound or outbound"},
            new String[] {"Detail pane", "Ctrl+Shift+E", "Write to the contact in your mail program, then log the email"},
            new String[] {"Detail pane", "Ctrl+Shift+C", "Call the contact's number with your phone program, then log the call"},
            new String[] {"Anywhere", "Shift+F10 or the menu key", "The context menu of what has the keyboard: a card's, or a note's (Copy note)"},
            new String[] {"Board", "Delete", "Move the selected card's deal to the trash (after asking)"},
            new String[] {"Board", "Ctrl+click or Ctrl+Space", "Mark a card for one action on many (move, owner, close date, trash)"},
            new String[] {"Board", "Shift+click", "Mark the cards of a column from the selected one to this one"},
            new String[] {"Board", "Ctrl+A", "Mark every deal of the column the board's filters show"},
            new String[] {"Board", "Shift+\u2193 / Shift+\u2191", "Mark the selected card and the next"},
            new String[] {"Board", "Escape", "Let go of the marks"},
            new String[] {"Detail pane", "Enter in the note", "Log it"},
            new String[] {"Detail pane", "Escape", "Back to the cards, or the list beside the pane"},
            new String[] {"Dialogs", "Ctrl+Enter", "Confirm from a field of several lines (a reason, a note)"},
            new String[] {"Today", "\u2193 / \u2191", "The next or previous follow-up's Done"});

    private final MenuBar bar = new MenuBar();

    /** What the menus do; each runs on the FX thread. */
    public record Actions(Runnable newLead, Runnable checkDatabase, Runnable settings, Runnable quit, Runnable undo, Runnable redo,
            Supplier<List<MenuItem>> dealItems, Runnable board, Runnable contacts, Runnable organizations, Runnable today, Runnable reports, Runnable trash,
            Runnable refresh, Runnable toggleDetail, Runnable exportShare, Runnable mergeShare, Runnable conflicts) {}

    private Runnable onEditShowing = () -> {};
    private final Menu deal;
    private final Supplier<List<MenuItem>> dealItems;

    /**
     * Makes the Deal menu's items again for the card now chosen. Its keys (Ctrl+Shift+→, Ctrl+Shift+F…) are the window's
     * wherever the keyboard is, so the items must be those of the chosen card before the menu is ever opened: from the
     * detail pane's fields they were those of the card chosen when the menu last opened (none at first, so disabled).
     */
    public void refreshDeal() {
        deal.getItems().setAll(dealItems.get());
    }

    /** What runs as the Edit menu opens (it asks what Undo and Redo would act on: {@link #nameUndoAndRedo}). */
    public void onEditShowing(Runnable r) {
        this.onEditShowing = r;
    }

    /**
     * Names what Edit → Undo and Redo act on ("Undo Moved “Pilot” from Lead to Prospect"), or says
     * there is nothing (the item then does nothing but say so).
     */
    public void nameUndoAndRedo(java.util.Optional<String> undo, java.util.Optional<String> redo) {
        Menu edit = bar.getMenus().get(1);
        // The names are the user's (a file's, a deal's): an underscore in them is no mnemonic ("Undo Imported google_contacts.csv"
        // read "googlecontacts.csv").
        edit.getItems().get(0).setMnemonicParsing(false);
        edit.getItems().get(1).setMnemonicParsing(false);
        edit.getItems().get(0).setText(undo.map(t -> "Undo " + shortened(t)).orElse("Nothing to undo"));
        edit.getItems().get(1).setText(redo.map(t -> "Redo " + shortened(t)).orElse("Nothing to redo"));
    }

    private static String shortened(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 59) + "\u2026";
    }

    /** Adds an item to the File menu, above Settings… (File → Backups…). */
    public void addToFile(String text, Runnable action) {
        Menu file = bar.getMenus().getFirst();
        int at = 0;
        while (at < file.getItems().size() && !"Settings\u2026".equals(file.getItems().get(at).getText())) {
            at++;
        }
        file.getItems().add(at, item(text, null, action));
    }

    /** Adds an item to the File menu right after the item {@code after} (File → Team folder… after Conflicts…). */
    public void addToFileAfter(String after, String text, Runnable action) {
        Menu file = bar.getMenus().getFirst();
        int at = 0;
        while (at < file.getItems().size() && !after.equals(file.getItems().get(at).getText())) {
            at++;
        }
        file.getItems().add(Math.min(at + 1, file.getItems().size()), item(text, null, action));
    }

    public AppMenu(Actions a) {
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        Menu file = menu("_File", "menu-file",
                item("New lead\u2026", MainView.NEW_LEAD, a.newLead()),
                new SeparatorMenuItem(),
                item("Export share file\u2026", null, a.exportShare()),
                item("Merge share file\u2026", null, a.mergeShare()),
                item("Conflicts\u2026", null, a.conflicts()),
                new SeparatorMenuItem(),
                item("Settings\u2026", null, a.settings()),
                new SeparatorMenuItem(),
                item("Quit", QUIT, a.quit()));
        Menu edit = menu("Edit", "menu-edit",
                item("Undo", MainView.UNDO, a.undo()),
                item("Redo", MainView.REDO, a.redo()));
        edit.setOnShowing(e -> onEditShowing.run());
        Menu view = menu("_View", "menu-view",
                item("Refresh", new KeyCodeCombination(KeyCode.F5), a.refresh()),
                item("Show or hide the detail pane", Workbench.TOGGLE_DETAIL, a.toggleDetail()));
        deal = menu("_Deal", "menu-deal");
        dealItems = a.dealItems();
        deal.getItems().setAll(dealItems.get());
        deal.setOnShowing(e -> refreshDeal());
        Menu go = menu("_Go", "menu-go",
                item("Board", MainView.SHOW_BOARD, a.board()),
                item("Contacts", MainView.SHOW_CONTACTS, a.contacts()),
                item("Organizations", MainView.SHOW_ORGANIZATIONS, a.organizations()),
                item("Today", MainView.SHOW_TODAY, a.today()),
                item("Reports", SHOW_REPORTS, a.reports()),
                item("Trash", SHOW_TRASH, a.trash()));
        Menu help = menu("_Help", "menu-help",
                item("Keyboard shortcuts", SHORTCUTS, this::showShortcuts),
                new SeparatorMenuItem(),
                item("Check database\u2026", null, a.checkDatabase()));
        bar.getMenus().addAll(file, edit, view, deal, go, help);
    }

    /** Adds an item at the end of the Edit menu (Edit → Find…), after a separator. */
    public void addToEdit(String text, KeyCombination accelerator, Runnable action) {
        Menu edit = bar.getMenus().get(1);
        edit.getItems().addAll(new SeparatorMenuItem(), item(text, accelerator, action));
    }

    /** Adds an item to the File menu after its first item (New lead). */
    public void addToFile(MenuItem item) {
        bar.getMenus().getFirst().getItems().add(1, item);
    }

    public MenuBar bar() {
        return bar;
    }

    /** Every menu item that has an accelerator, then the keys that act where the focus is: area, keys, what. */
    public List<String[]> shortcuts() {
        List<String[]> rows = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            if (m.getId().equals("menu-deal")) {
                m.getOnShowing().handle(null);
            }
            for (MenuItem i : m.getItems()) {
                if (i.getAccelerator() != null && !(i instanceof SeparatorMenuItem)) {
                    // What the item is, not what it says now ("Nothing to undo", "Undo Moved “Pilot”…" are Undo).
                    String what = i.getUserData() instanceof String named ? named : i.getText();
                    rows.add(new String[] {menuName(m), i.getAccelerator().getDisplayText(), what.replace("\u2026", "")});
                    // The second key of an action right under its first (Ctrl+Y under Ctrl+Shift+Z), not at the sheet's end.
                    if (i.getAccelerator().equals(MainView.REDO)) {
                        rows.add(new String[] {menuName(m), MainView.REDO_WINDOWS.getDisplayText(), "Redo"});
                    } else if (i.getAccelerator().equals(SHORTCUTS)) {
                        rows.add(new String[] {menuName(m), SHORTCUTS_SLASH.getDisplayText(), "Keyboard shortcuts"});
                    }
                }
            }
        }
        rows.addAll(OTHER_KEYS);
        return rows;
    }

    /** The shortcut sheet: a table of every key, made from the menus. */
    public void showShortcuts() {
        TableView<String[]> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(shortcuts()));
        table.setId("shortcut-sheet");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String[] headers = {"Where", "Keys", "Does"};
        double[] widths = {110, 190, 480};
        for (int c = 0; c < 3; c++) {
            int column = c;
            TableColumn<String[], String> col = new TableColumn<>(headers[c]);
            col.setCellValueFactory(r -> new javafx.beans.property.ReadOnlyStringWrapper(r.getValue()[column]));
            col.setPrefWidth(widths[c]);
            col.setSortable(false);
            if (c > 0) {
                // The keys and what they do, in full: wrapped to the column's width rather than cut ("Shift+F10 or the menu …").
                col.setCellFactory(tc -> new javafx.scene.control.TableCell<>() {
                    private final javafx.scene.text.Text text = new javafx.scene.text.Text();

                    {
                        text.wrappingWidthProperty().bind(tc.widthProperty().subtract(18));
                        text.setStyle("-fx-fill: -color-fg-default;");
                    }

                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        text.setText(empty || item == null ? "" : item);
                        setGraphic(empty ? null : text);
                    }
                });
            }
            table.getColumns().add(col);
        }
        com.funnelboard.ui.common.Tables.headersFit(table);
        table.setPrefSize(820, 520);
        Alert sheet = new Alert(Alert.AlertType.NONE, null, javafx.scene.control.ButtonType.CLOSE);
        com.funnelboard.ui.common.SafeWrap.guard(sheet.getDialogPane()); // right-to-left text never wrapped, before the first layout
        sheet.setTitle("Keyboard shortcuts");
        sheet.setHeaderText("Keyboard shortcuts");
        sheet.getDialogPane().setContent(table);
        sheet.getDialogPane().setMinWidth(860); // an alert is narrow by default; the table's columns need the room
        sheet.setResizable(true);
        Window owner = bar.getScene() == null ? null : bar.getScene().getWindow();
        if (owner != null) {
            sheet.initOwner(owner);
        }
        sheet.show();
    }

    /**
     * A menu of the bar; an underscore marks the letter that opens it with Alt (Alt+F File, Alt+V View,
     * Alt+D Deal, Alt+G Go, Alt+H Help). Edit has none: Alt+E logs an email in the detail pane.
     */
    private static Menu menu(String text, String id, MenuItem... items) {
        Menu m = new Menu(text);
        m.setId(id);
        m.getItems().addAll(items);
        return m;
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setUserData(text); // its name in the shortcut sheet, whatever it says at the moment
        i.setId("menu-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("-$", ""));
        if (accelerator != null) {
            i.setAccelerator(accelerator);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /** A menu's name as people read it: "File", not its mnemonic's "_File" (the sheet said "_File", "_View"…). */
    static String menuName(javafx.scene.control.Menu m) {
        return m.isMnemonicParsing() ? m.getText().replaceFirst("_(?=.)", "") : m.getText();
    }
}
