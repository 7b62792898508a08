package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Snapshots;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.shell.MainView;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
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

/** The detail pane: save as you type (pause, focus loss, selection change, window close), drafts, the log bar. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ContactPaneUiTest extends ContactPaneUiBase {

    @Start
    void start(javafx.stage.Stage stage) {
        startWindow(stage);
    }

    /**
     * Typing is saved on leaving a field, on changing selection and when the window closes; the
     * contacts list filters and opens the pane. One window for the three (they were three).
     */
    @Test
    void typingIsSavedOnLeavingAFieldChangingSelectionAndClosingAndTheContactsListOpensThePane(FxRobot robot) {
        open(robot, "Pilot");
        assertThat(robot.lookup("#field-industry").query().isVisible())
                .as("a contact at an organization has the organization's industry, not one of its own").isFalse();
        assertThat(robot.lookup("#field-" + com.funnelboard.service.ContactEditing.ORG_INDUSTRY).query().isVisible()).isTrue();
        robot.clickOn("#field-title").write("COO");
        robot.clickOn("#field-tags");
        BoardUiTest.waitUntil(() -> "COO".equals(profile(pilot.contactId()).title()));

        robot.clickOn("#field-persona").write("Champion");
        robot.clickOn(BoardUiTest.card(robot, "Second"));
        robot.clickOn("Details");
        BoardUiTest.waitUntil(() -> "Champion".equals(profile(pilot.contactId()).persona()));
        BoardUiTest.waitUntil(() -> "Contact of Second".equals(text(robot, "#field-name")));
        assertThat(text(robot, "#field-persona")).as("the next contact's own (empty) field").isEmpty();

        robot.clickOn("#field-persona").write("Economic buyer");
        BoardUiTest.waitUntil(() -> "Economic buyer".equals(profile(second.contactId()).persona()));
        // Stored, then said once the save's completion reaches the FX thread.
        BoardUiTest.waitUntil(() -> robot.lookup("#save-status").queryLabeled().getText().equals("All changes saved"),
                () -> robot.lookup("#save-status").queryLabeled().getText());

        // The organization is saved on leaving its field, not at a pause: a pause made an organization of the half-typed name.
        robot.clickOn("#field-organization").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Init");
        robot.sleep(1_500); // well past the pause that saves the other fields
        java.util.List<String> made = store.read(r -> r.contacts().organizationNamesStarting("Init", 5));
        assertThat(made).as("no organization of the half-typed name").isEmpty();
        robot.write("ech LLC").type(KeyCode.TAB);
        BoardUiTest.waitUntil(() -> store.read(r -> r.contacts().organizationNamesStarting("Init", 5)).equals(java.util.List.of("Initech LLC")));

        // Closing the window saves what was just typed.
        open(robot, "Pilot");
        robot.clickOn("#field-notes").write("Call after lunch");
        MainView view = (MainView) stage.getScene().getRoot();
        robot.interact(() -> DesktopApp.saveBeforeClosing(view));
        assertThat(profile(pilot.contactId()).notes()).isEqualTo("Call after lunch");

        // The contacts list filters and opens the pane.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<com.funnelboard.domain.ContactSummary> table = robot.lookup("#contacts-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> table.isVisible() && table.getItems().size() == 2);
        robot.clickOn("#contacts-search").write("second");
        BoardUiTest.waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn(robot.lookup("Contact of Second").tryQuery().orElseThrow());
        BoardUiTest.waitUntil(() -> "Contact of Second".equals(text(robot, "#field-name")));
        UiRobot.settle();
    }
}
