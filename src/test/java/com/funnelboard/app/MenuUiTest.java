package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.board.BoardView;
import com.funnelboard.ui.shell.MainView;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The menu bar: every action with its accelerator, Edit → Undo, Go, and the shortcut sheet made from the menus. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class MenuUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal pilot;
    javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        store = Fixtures.store(dir);
        pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        app = AppWindow.show(stage, store);
        stage.setWidth(1400);
        stage.setHeight(900);
    }

    @AfterEach
    void close() {
        app.close();
    }

    String storedTitle() {
        return store.read(r -> r.deals().find(pilot.id())).orElseThrow().title();
    }

    /**
     * The shortcut sheet (F1) is made from the menus; the Go accelerators come from the menu; Edit ›
     * Undo takes back an edit made in the pane. One window for the three (they were three).
     */
    @Test
    void theShortcutSheetTheGoAcceleratorsAndEditUndo(FxRobot robot) {
        BoardUiTest.card(robot, "Pilot");
        MainView shell = (MainView) stage.getScene().getRoot();
        // Named before the menu is first opened (the first opening after a start showed a bare "Undo").
        javafx.scene.control.MenuItem firstUndo = shell.menu().bar().getMenus().get(1).getItems().getFirst();
        BoardUiTest.waitUntil(() -> !"Undo".equals(firstUndo.getText()), firstUndo::getText);
        // What Undo names keeps its underscores ("google_contacts.csv" read "googlecontacts.csv": taken for a mnemonic).
        robot.interact(() -> shell.menu().nameUndoAndRedo(java.util.Optional.of("Imported google_contacts.csv"), java.util.Optional.empty()));
        javafx.scene.control.MenuItem undoItem = shell.menu().bar().getMenus().get(1).getItems().getFirst();
        assertThat(undoItem.getText()).isEqualTo("Undo Imported google_contacts.csv");
        assertThat(undoItem.isMnemonicParsing()).isFalse();
        // The Edit menu has been opened with nothing to undo: the sheet still says what the keys do.
        robot.interact(() -> shell.menu().nameUndoAndRedo(java.util.Optional.empty(), java.util.Optional.empty()));
        // Alt and a menu's letter opens it, as in any desktop app (only F10 did).
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        javafx.scene.control.Menu file = shell.menu().bar().getMenus().getFirst();
        BoardUiTest.waitUntil(file::isShowing);
        robot.type(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> !file.isShowing());
        robot.type(KeyCode.F1);
        BoardUiTest.waitUntil(() -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<String[]> sheet = robot.lookup("#shortcut-sheet").queryAs(TableView.class);
        List<String> does = sheet.getItems().stream().map(r -> r[1] + " " + r[2]).toList();
        MainView view = (MainView) stage.getScene().getRoot();
        assertThat(does).contains(MainView.UNDO.getDisplayText() + " Undo", MainView.NEW_LEAD.getDisplayText() + " New lead",
                com.funnelboard.ui.shell.AppMenu.QUIT.getDisplayText() + " Quit", MainView.SHOW_TODAY.getDisplayText() + " Today");
        assertThat(does).anyMatch(d -> d.startsWith("Alt+C / E / M / N"));
        assertThat(does).as("the Deal menu's keys by what they do, whichever card is chosen").contains(
                BoardView.MOVE_FORWARD.getDisplayText() + " Move to the next stage",
                BoardView.MOVE_BACK.getDisplayText() + " Move back a stage (a Lost deal is reopened as a Lead)");
        assertThat(does).contains(MainView.REDO_WINDOWS.getDisplayText() + " Redo").noneMatch(d -> d.contains("Nothing to"));
        assertThat(does.indexOf(MainView.REDO_WINDOWS.getDisplayText() + " Redo")).as("Ctrl+Y right under Ctrl+Shift+Z")
                .isEqualTo(does.indexOf(MainView.REDO.getDisplayText() + " Redo") + 1);
        assertThat(view.menu().shortcuts()).as("the sheet is made from the menus").hasSameSizeAs(sheet.getItems());
        // And the keys that are no menu's, which it left out (Delete on a card, Ctrl+Enter, Escape in the pane, Shift+F10).
        assertThat(does).contains("Delete Move the selected card's deal to the trash (after asking)",
                "Shift+F10 or the menu key The context menu of what has the keyboard: a card's, or a note's (Copy note)",
                "Ctrl+Enter Confirm from a field of several lines (a reason, a note)", "Escape Back to the cards, or the list beside the pane");
        assertThat(sheet.getItems()).extracting(r -> r[0]).as("menus by their names, not their mnemonics (\"_File\")")
                .contains("File", "Deal", "Go").noneMatch(w -> w.contains("_"));
        // What each key does, in full: the longest texts wrap within their column.
        int longest = 0;
        for (int i = 0; i < sheet.getItems().size(); i++) {
            longest = sheet.getItems().get(i)[2].length() > sheet.getItems().get(longest)[2].length() ? i : longest;
        }
        int shown = longest;
        robot.interact(() -> sheet.scrollTo(shown));
        UiRobot.settle();
        // The keys too: "Shift+F10 or the menu key" showed as "Shift+F10 or the menu …".
        List<javafx.scene.control.TableCell<?, ?>> cells = robot.lookup("#shortcut-sheet .table-cell").queryAll().stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n).filter(c -> c.getGraphic() instanceof javafx.scene.text.Text).toList();
        assertThat(cells).isNotEmpty().allSatisfy(c -> assertThat(c.getGraphic().getLayoutBounds().getWidth())
                .as(((javafx.scene.text.Text) c.getGraphic()).getText()).isLessThanOrEqualTo(c.getTableColumn().getWidth()));
        List<String> texts = cells.stream().map(c -> ((javafx.scene.text.Text) c.getGraphic()).getText()).toList();
        assertThat(texts).contains(sheet.getItems().get(shown)[2]);
        robot.interact(() -> sheet.scrollTo(sheet.getItems().stream().filter(r -> r[1].startsWith("Shift+F10")).findFirst().orElseThrow()));
        UiRobot.settle();
        assertThat(robot.lookup("#shortcut-sheet .table-cell").queryAll().stream().map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getGraphic())
                .filter(g -> g instanceof javafx.scene.text.Text).map(g -> ((javafx.scene.text.Text) g).getText()))
                .as("the keys wrap within their column, whole").contains("Shift+F10 or the menu key");
        robot.type(KeyCode.ESCAPE);

        // The Go accelerators come from the menu.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#trash-page").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> !robot.lookup("#trash-page").query().isVisible());
        // A column taking the keyboard with no card chosen: the first Down chooses its first card (it chose the second).
        javafx.scene.Node pilot = BoardUiTest.card(robot, "Pilot");
        javafx.scene.Node up = pilot;
        while (!(up instanceof javafx.scene.control.ListView<?>)) {
            up = up.getParent();
        }
        javafx.scene.control.ListView<?> cards = (javafx.scene.control.ListView<?>) up;
        robot.interact(() -> {
            cards.getSelectionModel().clearSelection();
            cards.getFocusModel().focus(0); // as JavaFX leaves a list whose cards arrived before any was chosen
            stage.getScene().getRoot().requestFocus();
            cards.requestFocus();
        });
        robot.type(KeyCode.DOWN);
        BoardUiTest.waitUntil(() -> cards.getSelectionModel().getSelectedIndex() == 0);
        // So does it when the column took the keyboard before its cards arrived (at the start: JavaFX focused row 0 as they did).
        robot.interact(() -> setItemsLater(cards));
        UiRobot.settle();
        robot.type(KeyCode.DOWN);
        BoardUiTest.waitUntil(() -> cards.getSelectionModel().getSelectedIndex() == 0);

        // Edit › Undo takes back an edit made in the pane.
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        BoardUiTest.waitUntil(() -> robot.lookup("#deal-title").tryQuery().isPresent());
        TextInputControl title = robot.lookup("#deal-title").queryAs(TextInputControl.class);
        BoardUiTest.waitUntil(() -> "Pilot".equals(title.getText()));
        robot.type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> title.getScene().getFocusOwner() == title);
        robot.type(KeyCode.END).write(" renewal");
        robot.clickOn("#deal-value");
        BoardUiTest.waitUntil(() -> storedTitle().equals("Pilot renewal"));

        robot.clickOn("#menu-edit").clickOn("#menu-undo");
        BoardUiTest.waitUntil(() -> storedTitle().equals("Pilot"));
        BoardUiTest.waitUntil(() -> "Pilot".equals(title.getText()));
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("Undid: Renamed");

        // Ctrl+1 from a field of the pane takes the keyboard back to the cards (it stayed in the field, where the move keys
        // and the arrows act on the text), and Shift+Tab from the cards reaches the filter bar (a keyboard-only user could
        // not filter or sort the board).
        robot.clickOn("#deal-value");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> stage.getScene().getFocusOwner() instanceof javafx.scene.control.ListView<?> l && l.getId().startsWith("list-"));
        // The column with the keyboard is framed in the accent colour, not only tinted (in the dark theme the tint was all but invisible).
        UiRobot.settle();
        javafx.scene.layout.Border frame = ((javafx.scene.layout.Region) stage.getScene().getFocusOwner()).getBorder();
        assertThat(frame).isNotNull();
        assertThat(frame.getStrokes().getFirst().getWidths().getTop()).as("a frame two pixels wide").isEqualTo(2.0);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        javafx.scene.Node bar = robot.lookup("#filter-bar").query();
        BoardUiTest.waitUntil(() -> isInside(stage.getScene().getFocusOwner(), bar));

        // Escape in a field of the pane does the same, and what was typed there is saved as on leaving the field.
        robot.clickOn("#deal-title");
        robot.type(KeyCode.END).write(" x");
        robot.type(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> stage.getScene().getFocusOwner() instanceof javafx.scene.control.ListView<?> l && l.getId().startsWith("list-"));
        BoardUiTest.waitUntil(() -> storedTitle().equals("Pilot x"));

        // The Deal menu's keys act on the chosen card from a field of the detail pane too (from the log bar's note,
        // Ctrl+Shift+F did nothing: the menu's items were those of the card chosen when it last opened, none). The card is
        // still chosen after the title's save read its column again (that column was given its list again above, and its
        // selection then heard of the change after the board: the card was let go of for good).
        robot.clickOn("Activity").clickOn("#log-note");
        BoardUiTest.waitUntil(() -> stage.getScene().getFocusOwner() != null && "log-note".equals(stage.getScene().getFocusOwner().getId()),
                () -> String.valueOf(stage.getScene().getFocusOwner()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#followup-note").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> robot.lookup("#followup-note").tryQuery().isEmpty());
    }

    /** Settings chooses the theme as View → Theme does, beside the rotting thresholds and who uses the installation. */
    @Test
    void settingsChoosesTheTheme(FxRobot robot) {
        javafx.beans.property.ObjectProperty<com.funnelboard.ui.shell.ThemeSwitch.Choice> theme =
                new javafx.beans.property.SimpleObjectProperty<>(com.funnelboard.ui.shell.ThemeSwitch.Choice.SYSTEM);
        javafx.beans.property.IntegerProperty textSize = new javafx.beans.property.SimpleIntegerProperty(100);
        robot.interact(() -> {
            ((com.funnelboard.ui.shell.MainView) stage.getScene().getRoot()).setTheme(theme);
            ((com.funnelboard.ui.shell.MainView) stage.getScene().getRoot()).setTextSize(textSize);
        });
        robot.clickOn("#settings");
        BoardUiTest.waitUntil(() -> robot.lookup("#rot-lead").tryQuery().isPresent());
        BoardUiTest.waitUntil(() -> robot.lookup("#settings-theme").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<com.funnelboard.ui.shell.ThemeSwitch.Choice> themes = robot.lookup("#settings-theme")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(themes.getValue()).isEqualTo(com.funnelboard.ui.shell.ThemeSwitch.Choice.SYSTEM);
        robot.interact(() -> themes.setValue(com.funnelboard.ui.shell.ThemeSwitch.Choice.DARK));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Integer> sizes = robot.lookup("#settings-text-size").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(sizes.getValue()).isEqualTo(100);
        robot.interact(() -> sizes.setValue(125));
        robot.interact(() -> {
            robot.lookup("#identity-name").queryTextInputControl().setText("Ida Berg");
            robot.lookup("#identity-email").queryTextInputControl().setText("ida@nordwind.example");
        });
        // One grid: the thresholds, the theme and the name and email start at one left edge, their labels at another.
        java.util.function.ToDoubleFunction<javafx.scene.Node> left = n -> n.localToScene(n.getBoundsInLocal()).getMinX();
        double fields = left.applyAsDouble(robot.lookup("#rot-lead").query());
        for (String id : java.util.List.of("#rot-opportunity", "#settings-theme", "#settings-text-size", "#identity-name", "#identity-email")) {
            assertThat(left.applyAsDouble(robot.lookup(id).query())).as(id + " lined up with the others").isCloseTo(fields,
                    org.assertj.core.data.Offset.offset(0.5));
        }
        javafx.scene.Parent grid = robot.lookup("#settings-grid").queryAs(javafx.scene.Parent.class);
        double labels = left.applyAsDouble(robot.from(grid).lookup("Lead").query());
        for (String label : java.util.List.of("Opportunity", "Theme", "Name", "Email")) {
            assertThat(left.applyAsDouble(robot.from(grid).lookup(label).query())).as(label).isCloseTo(labels,
                    org.assertj.core.data.Offset.offset(0.5));
        }
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(themes.getScene(), "settings-dialog"));
        // A threshold is never replaced without a word: letters cannot be typed, 0 is said and keeps OK off.
        javafx.scene.control.Button ok = robot.lookup(".button").match((javafx.scene.control.Button b) -> "OK".equals(b.getText())).queryButton();
        javafx.scene.control.TextField prospect = robot.lookup("#rot-prospect").queryAs(javafx.scene.control.Spinner.class).getEditor();
        robot.clickOn(prospect).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE).write("abc");
        assertThat(prospect.getText()).as("letters are not taken").isEmpty();
        assertThat(robot.lookup("#rot-problem").queryLabeled().getText()).isEqualTo("Prospect: write a number of days from 1 to 365.");
        assertThat(ok.isDisabled()).isTrue();
        robot.write("0");
        robot.clickOn("#rot-lead"); // leaving the field keeps what was typed
        assertThat(prospect.getText()).isEqualTo("0");
        assertThat(ok.isDisabled()).as("0 days is no threshold").isTrue();
        assertThat(prospect.getPseudoClassStates()).as("the field the sentence is about is marked").contains(atlantafx.base.theme.Styles.STATE_DANGER);
        robot.interact(() -> { });
        javafx.geometry.Bounds okBounds = ok.localToScene(ok.getBoundsInLocal());
        assertThat(okBounds.getMaxY()).as("the dialog grew with the sentence: OK is whole").isLessThanOrEqualTo(ok.getScene().getHeight() + 0.5);
        // Two stages wrong: each is named (only the first was, while both were red).
        javafx.scene.control.TextField lead = robot.lookup("#rot-lead").queryAs(javafx.scene.control.Spinner.class).getEditor();
        robot.clickOn(lead).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE).write("0");
        assertThat(robot.lookup("#rot-problem").queryLabeled().getText()).isEqualTo("Lead: write a number of days from 1 to 365.\n"
                + "Prospect: write a number of days from 1 to 365.");
        robot.clickOn(lead).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE).write("14");
        robot.clickOn(prospect).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE).write("30");
        assertThat(robot.lookup("#rot-problem").queryLabeled().getText()).isEmpty();
        robot.clickOn(ok);
        BoardUiTest.waitUntil(() -> theme.get() == com.funnelboard.ui.shell.ThemeSwitch.Choice.DARK);
        assertThat(textSize.get()).as("the text size chosen in Settings").isEqualTo(125);
        // The toolbar's Help offers the shortcut sheet too (it offered only the database check).
        robot.clickOn("#help").clickOn("#help-shortcuts");
        BoardUiTest.waitUntil(() -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> robot.lookup("#shortcut-sheet").tryQuery().isEmpty());

        // With one contact, Find duplicates says so in a sentence rather than showing an empty list and a button that does nothing.
        robot.clickOn("#page-contacts");
        robot.clickOn("Find duplicates\u2026");
        BoardUiTest.waitUntil(() -> robot.lookup("#duplicates-none").tryQuery().isPresent());
        assertThat(robot.lookup("#duplicates-list").tryQuery()).isEmpty();
        // Closing it is no failure: Close's button type was taken for a pair ("Duplicates could not be looked for").
        robot.clickOn("Close");
        BoardUiTest.waitUntil(() -> robot.lookup("#duplicates-none").tryQuery().isEmpty());
        robot.interact(() -> { });
        assertThat(robot.lookup("#problem-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)).as("no problem shown").isFalse();
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node parent) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /** The column's cards taken away while it takes the keyboard, then given back, as they arrive at the start. */
    private static <T> void setItemsLater(javafx.scene.control.ListView<T> cards) {
        javafx.collections.ObservableList<T> items = cards.getItems();
        cards.getSelectionModel().clearSelection();
        cards.setItems(javafx.collections.FXCollections.observableArrayList());
        cards.requestFocus();
        cards.setItems(items);
    }
}
