package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import com.funnelboard.testing.UiRobot;
import org.testfx.framework.junit5.Start;

/** Delete organization… on the Organizations page: asked first, the contact stays without it, the Trash brings it back. */
@ExtendWith(UiRobot.class)
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

    java.util.UUID organizationOfContact() {
        return store.read(r -> r.contactProfiles().find(pilot.contactId())).orElseThrow().organizationId();
    }

    @Test
    void anOrganizationGoesToTheTrashAndComesBackWithItsContact(FxRobot robot) {
        java.util.UUID org = organizationOfContact();
        robot.clickOn("#page-organizations");
        @SuppressWarnings("unchecked")
        TableView<OrganizationSummary> orgs = robot.lookup("#organizations-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> orgs.getItems().size() == 1);
        robot.clickOn(robot.lookup(".table-row-cell").match((TableRow<OrganizationSummary> t) -> t.getItem() != null
                && t.getItem().id().equals(org)).queryAs(javafx.scene.Node.class));
        BoardUiTest.waitUntil(() -> "Org of Pilot".equals(robot.lookup("#org-field-name").queryTextInputControl().getText()));
        robot.clickOn("#delete-organization");
        BoardUiTest.waitUntil(() -> robot.lookup("Delete").tryQuery().isPresent());
        robot.clickOn("Delete");

        BoardUiTest.waitUntil(() -> organizationOfContact() == null);
        BoardUiTest.waitUntil(orgs.getItems()::isEmpty);
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("Moved Org of Pilot to the trash; 1 contact stays without it.");

        robot.clickOn("#page-trash");
        BoardUiTest.waitUntil(() -> robot.lookup("#restore-" + org).tryQuery().isPresent());
        robot.clickOn("#restore-" + org);
        BoardUiTest.waitUntil(() -> org.equals(organizationOfContact()));
    }
}
