package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Delete organization… on the Organizations page: asked first, the contact stays without it, the Trash brings it back. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class OrganizationDeleteUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal pilot;

    @Start
    void start(javafx.stage.Stage stage) {
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

    /** Whether the node and every parent of it are visible. */
    static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    java.util.UUID organizationOfContact() {
        return store.read(r -> r.contactProfiles().find(pilot.contactId())).orElseThrow().organizationId();
    }

    @Test
    void anOrganizationGoesToTheTrashAndComesBackWithItsContact(FxRobot robot) {
        java.util.UUID org = organizationOfContact();
        robot.clickOn("#page-organizations");
        @SuppressWarnings("unchecked")
        TableView<OrganizationSummary> orgs = robot.lookup("#organizations-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> robot.from(orgs).lookup(".table-row-cell").match((TableRow<OrganizationSummary> t) -> t.getItem() != null
                && t.getItem().id().equals(org)).tryQuery().isPresent());
        robot.clickOn(robot.from(orgs).lookup(".table-row-cell").match((TableRow<OrganizationSummary> t) -> t.getItem() != null
                && t.getItem().id().equals(org)).queryAs(javafx.scene.Node.class));
        BoardUiTest.waitUntil(() -> "Org of Pilot".equals(robot.lookup("#org-field-name").queryTextInputControl().getText()));
        javafx.scene.Node form = robot.lookup("#organization-form").query();
        BoardUiTest.waitUntil(form::isVisible);
        // Its contact, picked below, takes the pane; the organization's row, picked again, takes it back.
        @SuppressWarnings("unchecked")
        TableView<com.funnelboard.domain.ContactSummary> people = robot.lookup("#organization-contacts").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> people.getItems().size() == 1);
        robot.clickOn(robot.from(people).lookup(".table-row-cell").match((TableRow<?> t) -> t.getItem() != null).queryAs(javafx.scene.Node.class));
        BoardUiTest.waitUntil(() -> !form.isVisible() && robot.lookup("#timeline").tryQuery().map(OrganizationDeleteUiTest::shown).orElse(false)
                && "Contact of Pilot".equals(robot.lookup("#field-name").queryTextInputControl().getText()));
        // The row is still selected: clicking it again is what brings the organization back.
        robot.clickOn(robot.from(orgs).lookup(".table-row-cell").match((TableRow<OrganizationSummary> t) -> t.getItem() != null
                && t.getItem().id().equals(org)).queryAs(javafx.scene.Node.class));
        BoardUiTest.waitUntil(() -> form.isVisible() && !shown(robot.lookup("#timeline").query()));
        robot.clickOn("#delete-organization");
        BoardUiTest.waitUntil(() -> robot.lookup("Delete").tryQuery().isPresent());
        robot.clickOn("Delete");

        BoardUiTest.waitUntil(() -> organizationOfContact() == null);
        BoardUiTest.waitUntil(orgs.getItems()::isEmpty);
        BoardUiTest.waitUntil(() -> !form.isVisible()); // the pane no longer shows it
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("Moved Org of Pilot to the trash; 1 contact stays without it.");

        robot.clickOn("#page-trash");
        BoardUiTest.waitUntil(() -> robot.lookup("#restore-" + org).tryQuery().isPresent());
        robot.clickOn("#restore-" + org);
        BoardUiTest.waitUntil(() -> org.equals(organizationOfContact()));

        // Merge a duplicate…: another record of the company, found by a search, is merged into the one shown.
        Deal second = Fixtures.deal(store, "Second", Stage.LEAD, 10_00L);
        robot.clickOn("#page-organizations");
        BoardUiTest.waitUntil(() -> orgs.getItems().size() == 2);
        robot.clickOn(robot.from(orgs).lookup(".table-row-cell").match((TableRow<OrganizationSummary> t) -> t.getItem() != null
                && t.getItem().id().equals(org)).queryAs(javafx.scene.Node.class));
        BoardUiTest.waitUntil(() -> form.isVisible() && "Org of Pilot".equals(robot.lookup("#org-field-name").queryTextInputControl().getText()));
        robot.clickOn("#merge-organization");
        BoardUiTest.waitUntil(() -> robot.lookup("#merge-organization-note").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<OrganizationSummary> offered = robot.lookup("#merge-organization-list").queryAs(javafx.scene.control.ListView.class);
        BoardUiTest.waitUntil(() -> offered.getItems().size() == 1);
        assertThat(offered.getItems().getFirst().name()).as("not the one shown").isEqualTo("Org of Second");
        robot.clickOn("#merge-organization-note"); // (the headless robot types into the window clicked last)
        robot.write("second");
        BoardUiTest.waitUntil(() -> offered.getSelectionModel().getSelectedIndex() == 0);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> org.equals(store.read(r -> r.contactProfiles().find(second.contactId())).orElseThrow().organizationId()));
        BoardUiTest.waitUntil(() -> orgs.getItems().size() == 1);
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().equals("Merged Org of Second into Org of Pilot (Ctrl+Z parts them again)."));
    }
}
