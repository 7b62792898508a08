package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.ContactService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Snapshots;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Organizations page (and a merge of two rows), split from ContactsUiTest so the two run in parallel JVMs. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class OrganizationsPageUiTest extends ContactsUiBase {

    @Start
    void start(javafx.stage.Stage stage) {
        startWindow(stage);
    }

    /**
     * Cancelling the merge of two selected rows merges nothing; the Organizations page's form stays
     * on the selected row while each field saves and says why a website is invalid. What the form
     * saves and refuses is asserted in ContactsViewModelTest.
     */
    @Test
    void aCancelledMergeAndTheOrganizationFormStayingOnTheSelectedRowWhileItSaves(FxRobot robot) {
        robot.clickOn("#page-contacts");
        BoardUiTest.waitUntil(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectIndices(0, 1);
        });
        robot.clickOn("#merge-selected");
        BoardUiTest.waitUntil(() -> robot.lookup("#merge-grid").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> robot.lookup("#merge-grid").tryQuery().isEmpty());
        assertThat(tomb(this.second.contactId()).orElseThrow().mergedInto()).as("cancel merges nothing").isNull();

        UUID second = store.read(r -> r.contacts().findOrganizationByName("Org of Second")).orElseThrow().id();
        UUID firstOrg = store.read(r -> r.contacts().findOrganizationByName("Org of First")).orElseThrow().id();
        robot.clickOn("#page-organizations");
        @SuppressWarnings("unchecked")
        TableView<com.funnelboard.domain.OrganizationSummary> orgs = robot.lookup("#organizations-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> orgs.getItems().size() >= 2);
        javafx.scene.control.TableView<?> people = robot.lookup("#organization-contacts").queryAs(TableView.class);
        assertThat(people.getColumns()).as("its contacts, without a column repeating the organization")
                .extracting(javafx.scene.control.TableColumn::getText).doesNotContain("Organization").contains("Name", "Email");
        assertThat(((javafx.scene.control.Labeled) people.getPlaceholder()).getText()).as("before an organization is chosen")
                .isEqualTo("Select an organization to see its contacts.");
        javafx.scene.Node row = robot.from(orgs).lookup(".table-row-cell").match((javafx.scene.control.TableRow<com.funnelboard.domain.OrganizationSummary> t) ->
                t.getItem() != null && t.getItem().id().equals(second)).query();
        robot.clickOn(row);
        // Looked up once the form shows the row: while the FX thread fills it, a lookup from this thread can meet its children changing.
        var found = new java.util.concurrent.atomic.AtomicReference<javafx.scene.control.TextField>();
        BoardUiTest.waitUntil(() -> {
            found.set(robot.lookup("#org-field-name").queryAs(javafx.scene.control.TextField.class));
            return "Org of Second".equals(found.get().getText());
        });
        var name = found.get();

        // A new name sorts it first in the list; the form and the selection stay on it as each field saves.
        robot.clickOn(name).type(KeyCode.END).eraseText(name.getText().length()).write("Acme Shipping");
        robot.clickOn("#org-field-industry").write("Logistics");
        BoardUiTest.waitUntil(() -> "Acme Shipping".equals(store.read(r -> r.organizations().find(second)).orElseThrow().name()));
        robot.clickOn("#org-field-company-size").write("51-200");
        robot.clickOn("#org-field-address").write("Harbour Road 1");
        robot.clickOn("#org-field-name");
        BoardUiTest.waitUntil(() -> "Harbour Road 1".equals(store.read(r -> r.organizations().find(second)).orElseThrow().address()));
        var saved = store.read(r -> r.organizations().find(second)).orElseThrow();
        assertThat(saved.industry()).isEqualTo("Logistics");
        assertThat(saved.companySize()).isEqualTo("51-200");
        assertThat(store.read(r -> r.organizations().find(firstOrg)).orElseThrow().industry()).as("the other organization").isNull();
        BoardUiTest.waitUntil(() -> orgs.getItems().stream().anyMatch(o -> o.name().equals("Acme Shipping") && "Logistics".equals(o.industry())));
        com.funnelboard.testing.UiRobot.settle();
        assertThat(name.getText()).isEqualTo("Acme Shipping");
        assertThat(robot.lookup("#org-field-address").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Harbour Road 1");
        assertThat(orgs.getSelectionModel().getSelectedItem().id()).isEqualTo(second);

        // An invalid website says why, under the field, until it is corrected.
        var website = robot.lookup("#org-field-website").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(website).write("not a site");
        robot.clickOn("#org-field-industry");
        Labeled why = robot.lookup("#org-problem-website").queryLabeled();
        BoardUiTest.waitUntil(why::isVisible);
        assertThat(why.getText()).isNotBlank().isEqualTo(website.getTooltip().getText());
        assertThat(name.getText()).isEqualTo("Acme Shipping");
        robot.clickOn(website).eraseText(10).write("acme.example");
        robot.clickOn("#org-field-industry");
        BoardUiTest.waitUntil(() -> !why.isVisible());
        BoardUiTest.waitUntil(() -> "acme.example".equals(store.read(r -> r.organizations().find(second)).orElseThrow().website()));

        // The form is in the detail pane, beside the page: in a 700-pixel-high window (a 1366×768 laptop screen less a
        // taskbar and a title bar) the organizations keep three rows above the contacts, which keep four.
        javafx.scene.Node form = robot.lookup("#organization-form").query();
        assertThat(javafx.scene.Parent.class.cast(robot.lookup("#contact-pane").query()).lookup("#organization-form")).as("in the pane")
                .isSameAs(form);
        assertThat(robot.lookup("#organization-title").queryLabeled().getText()).isEqualTo("Acme Shipping");
        assertThat(robot.lookup("#organization-counts").queryLabeled().getText()).isEqualTo("Organization \u00B7 0 contacts \u00B7 0 open deals");
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(700);
        });
        com.funnelboard.testing.UiRobot.settle();
        assertThat(people.getHeight()).isGreaterThanOrEqualTo(170);
        assertThat(orgs.getHeight()).isGreaterThanOrEqualTo(160);
        assertThat(people.localToScene(people.getLayoutBounds()).getMaxY()).as("the contacts end inside the window")
                .isLessThanOrEqualTo(people.getScene().getHeight() - 20);
        assertThat(form.isVisible()).isTrue();

        // Another page takes the form from the pane; coming back with the row still selected brings it back.
        robot.clickOn("#page-board");
        BoardUiTest.waitUntil(() -> !form.isVisible());
        robot.clickOn("#page-organizations");
        BoardUiTest.waitUntil(form::isVisible);
    }

    /**
     * In a 1024-pixel window beside the detail pane the organizations' names keep their width and the less important
     * columns give way; the headers' titles start where the cells' text does.
     */
    @Test
    void atTenTwentyFourTheNameKeepsItsWidthAndTheHeadersLineUpWithTheCells(FxRobot robot) {
        String longName = "Silver Robotics GmbH";
        store.writeAll(r -> r.contacts().insertOrganization(new com.funnelboard.domain.Organization(UUID.randomUUID(), longName)));
        robot.interact(() -> stage.setWidth(1024));
        robot.clickOn(BoardUiTest.card(robot, "First")); // the detail pane shows its contact beside the page
        BoardUiTest.waitUntil(() -> robot.lookup("#contact-pane").query().isVisible() && robot.lookup("#contact-pane").query().getScene() != null);
        robot.clickOn("#page-organizations");
        @SuppressWarnings("unchecked")
        TableView<com.funnelboard.domain.OrganizationSummary> orgs = robot.lookup("#organizations-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> orgs.getItems().stream().anyMatch(o -> o.name().equals(longName)));
        com.funnelboard.testing.UiRobot.settle();
        javafx.scene.control.TableColumn<?, ?> name = orgs.getColumns().getFirst();
        javafx.scene.text.Text shown = new javafx.scene.text.Text(longName);
        javafx.scene.control.Labeled cell = robot.from(orgs).lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                longName.equals(c.getText())).query();
        shown.setFont(cell.getFont());
        assertThat(name.getWidth()).as("the name in full").isGreaterThan(shown.getLayoutBounds().getWidth() + 14);
        for (javafx.scene.control.TableColumn<?, ?> c : orgs.getColumns()) {
            assertThat(c.getWidth()).as(c.getText() + " no narrower than its title").isGreaterThanOrEqualTo(c.getMinWidth() - 0.5);
        }
        assertThat(orgs.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum()).as("every column in sight")
                .isLessThanOrEqualTo(orgs.getWidth());
        // The header's title and the cells' text start at one left edge.
        javafx.scene.Node title = robot.from(orgs).lookup(".column-header .label").match((javafx.scene.control.Label l) -> "Name".equals(l.getText()))
                .query();
        javafx.scene.Node titleText = robot.from(title).lookup(".text").query();
        javafx.scene.Node cellText = robot.from(cell).lookup(".text").query();
        assertThat(titleText.localToScene(titleText.getBoundsInLocal()).getMinX()).as("the title over the cells' text")
                .isCloseTo(cellText.localToScene(cellText.getBoundsInLocal()).getMinX(), org.assertj.core.data.Offset.offset(1.0));
        robot.interact(() -> Snapshots.save(stage.getScene(), "organizations-1024"));
    }

    /** New organization…: an account before anyone there is known (organizations came only with a contact, a lead or an import). */
    @Test
    void anOrganizationIsAddedOnItsOwnAndItsFormShown(FxRobot robot) {
        robot.clickOn("#page-organizations");
        robot.clickOn("#new-organization");
        BoardUiTest.waitUntil(() -> robot.lookup("#new-organization-name").tryQuery().isPresent());
        BoardUiTest.waitUntil(() -> robot.lookup("#new-organization-name").query().isFocused());
        robot.clickOn("#new-organization-name").write("Umbrella Ltd").type(javafx.scene.input.KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> store.read(r -> r.contacts().findOrganizationByName("Umbrella Ltd")).isPresent());
        BoardUiTest.waitUntil(() -> robot.lookup("#org-field-name").tryQuery()
                .map(n -> "Umbrella Ltd".equals(((javafx.scene.control.TextField) n).getText())).orElse(false));
        BoardUiTest.waitUntil(() -> robot.lookup("#status").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .orElse("").startsWith("Added organization Umbrella Ltd"));
        // Once more by the same name: the one there is shown, and said.
        robot.clickOn("#new-organization");
        BoardUiTest.waitUntil(() -> robot.lookup("#new-organization-name").tryQuery().isPresent());
        BoardUiTest.waitUntil(() -> robot.lookup("#new-organization-name").query().isFocused());
        robot.clickOn("#new-organization-name").write("umbrella ltd").type(javafx.scene.input.KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> robot.lookup("#status").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .orElse("").startsWith("There is an organization Umbrella Ltd already"));
        assertThat(store.read(r -> r.organizations().list("umbrella", 10)).size()).isEqualTo(1);
    }
}
