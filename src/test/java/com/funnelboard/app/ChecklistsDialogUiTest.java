package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.Gate;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** File → Checklists…: an item added, made required and removed in the window is what the stored checklist holds. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ChecklistsDialogUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        app = AppWindow.show(stage, store);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private List<ChecklistItem> lead() {
        return store.read(r -> r.checklists().forGate(Gate.ALL.get(0)));
    }

    @Test
    void anItemAddedInTheDialogIsOnTheChecklistAndRemovedIsNot(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-checklists".equals(i.getId()))
                .findFirst().orElseThrow();
        javafx.application.Platform.runLater(item::fire);
        BoardUiTest.waitUntil(() -> robot.lookup("#checklist-add-lead-prospect").tryQuery().isPresent());
        javafx.scene.Node pane = robot.lookup("#checklists-dialog").query();
        assertThat(pane.getLayoutBounds().getWidth()).as("the items' words room enough").isGreaterThan(800);

        robot.clickOn("#checklist-add-lead-prospect").write("Legal approved the contract");
        robot.clickOn("#checklist-add-required-lead-prospect");
        robot.clickOn("#checklist-add-button-lead-prospect");
        BoardUiTest.waitUntil(() -> lead().stream().anyMatch(i -> i.text().equals("Legal approved the contract")));
        ChecklistItem added = lead().getLast();
        assertThat(added.required()).isTrue();
        BoardUiTest.waitUntil(() -> robot.lookup("#checklist-text-" + added.code()).tryQuery().isPresent());
        assertThat(robot.lookup("#status").queryLabeled().getText())
                .isEqualTo("Added \u201CLegal approved the contract\u201D to the Lead \u2192 Prospect checklist. Ctrl+Z takes it back.");
        assertThat(robot.lookup("#checklist-add-lead-prospect").queryAs(TextField.class).getText()).as("the field empty again").isEmpty();

        // Reworded in place (Enter saves), made optional, moved up, removed.
        TextField text = robot.lookup("#checklist-text-" + added.code()).queryAs(TextField.class);
        robot.clickOn(text).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Legal has read it").type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> lead().getLast().text().equals("Legal has read it"));
        // The lists are made again from what was saved: the check box is clicked once they are.
        BoardUiTest.waitUntil(() -> robot.lookup("#checklist-text-" + added.code()).query() != text);
        robot.clickOn("#checklist-required-" + added.code());
        BoardUiTest.waitUntil(() -> !lead().getLast().required());
        robot.clickOn("#checklist-up-" + added.code());
        BoardUiTest.waitUntil(() -> lead().get(lead().size() - 2).code().equals(added.code()));
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText()
                .startsWith("Moved \u201CLegal has read it\u201D up the Lead \u2192 Prospect checklist."));
        // An item the data answers keeps its words.
        assertThat(robot.lookup("#checklist-text-two-way").queryAs(TextField.class).isEditable()).isFalse();
        robot.clickOn("#checklist-remove-" + added.code());
        BoardUiTest.waitUntil(() -> lead().stream().noneMatch(i -> i.code().equals(added.code())));
        BoardUiTest.waitUntil(() -> robot.lookup("#checklist-text-" + added.code()).tryQuery().isEmpty());

        // Ctrl+Z in the dialog takes its last edit back (the removal), and the lists show it again.
        robot.clickOn("#checklists-dialog");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> lead().stream().anyMatch(i -> i.code().equals(added.code())));
        BoardUiTest.waitUntil(() -> robot.lookup("#checklist-text-" + added.code()).tryQuery().isPresent());
        // (A field's own Ctrl+Z acts on words typed and not saved: not the lists.)
        robot.clickOn("#checklist-add-lead-prospect").write("Half typed");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.sleep(300);
        assertThat(lead().stream().anyMatch(i -> i.code().equals(added.code()))).as("the restored item stays").isTrue();
        robot.interact(() -> robot.lookup("#checklist-add-lead-prospect").queryAs(TextField.class).clear());

        // An empty item is said in the dialog and written nowhere.
        int before = lead().size();
        robot.clickOn("#checklist-add-lead-prospect").write("   ").type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> !robot.lookup("#checklists-problem").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#checklists-problem").queryLabeled().getText()).isEqualTo("An item needs a text: what must hold before the move.");
        assertThat(lead()).hasSize(before);

        // Words typed into an item and left by Escape are saved as leaving the field saves them (they were thrown away).
        TextField budget = robot.lookup("#checklist-text-budget").queryAs(TextField.class);
        robot.clickOn(budget).type(KeyCode.END).write(" (IT)");
        robot.type(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> lead().stream().anyMatch(i -> i.code().equals("budget") && i.text().equals("Budget: able to pay (IT)")));
        // Open again: the last refusal is not said again.
        javafx.application.Platform.runLater(item::fire);
        BoardUiTest.waitUntil(() -> robot.lookup("#checklist-add-lead-prospect").tryQuery().isPresent());
        assertThat(robot.lookup("#checklists-problem").queryLabeled().getText()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * An item a command adds while the dialog is open shows in it (the dialog kept the lists as they were when it opened);
     * words being typed in a field stay until the keyboard leaves it, and the lists are read again then.
     */
    @Test
    void anItemAddedBesideTheOpenDialogShowsInIt(FxRobot robot) {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-checklists".equals(i.getId())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(item::fire);
        BoardUiTest.waitUntil(() -> robot.lookup("#checklist-add-lead-prospect").tryQuery().isPresent());
        try (Store command = Store.open(store.file(), Fixtures.CLOCK)) {
            ChecklistItem nda = new com.funnelboard.service.ChecklistService(command).add(Gate.ALL.get(0), "Signed the NDA", false);
            BoardUiTest.waitUntil(() -> robot.lookup("#checklist-text-" + nda.code()).tryQuery().isPresent());
            robot.clickOn("#checklist-add-lead-prospect").write("Budget owner met");
            ChecklistItem demo = new com.funnelboard.service.ChecklistService(command).add(Gate.ALL.get(0), "Saw a demo", false);
            robot.sleep(1_500); // the window hears of it within half a second
            assertThat(robot.lookup("#checklist-add-lead-prospect").queryAs(TextField.class).getText()).as("typing kept")
                    .isEqualTo("Budget owner met");
            assertThat(robot.lookup("#checklist-text-" + demo.code()).tryQuery()).as("not drawn while typing").isEmpty();
            robot.clickOn("#checklist-text-" + nda.code());
            BoardUiTest.waitUntil(() -> robot.lookup("#checklist-text-" + demo.code()).tryQuery().isPresent());
        }
        robot.type(KeyCode.ESCAPE);
    }
}
