package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** First start on an empty database, and adding a lead from the keyboard. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class NewLeadUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        app = com.funnelboard.testing.AppWindow.show(stage, store);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Button button(FxRobot robot, String text) {
        BoardUiTest.waitUntil(() -> robot.lookup(".button").match((Button b) -> text.equals(b.getText())).tryQuery().isPresent());
        return robot.lookup(".button").match((Button b) -> text.equals(b.getText())).queryButton();
    }

    @Test
    void anEmptyDatabaseOffersTheSamplePipelineOnce(FxRobot robot) {
        assertThat(button(robot, "Import a file\u2026").isVisible()).as("or File → Import…, for someone bringing their data").isTrue();
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(button(robot, "Start empty").getScene(), "welcome-offer"));
        // Enter starts empty: a reflex Return after "Who are you?" filled the real database with the sample.
        assertThat(button(robot, "Start empty").isDefaultButton()).isTrue();
        assertThat(button(robot, "Load sample pipeline").isDefaultButton()).isFalse();
        BoardUiTest.waitUntil(() -> button(robot, "Start empty").isFocused());
        robot.clickOn(button(robot, "Load sample pipeline"));
        BoardUiTest.waitUntil(() -> store.read(r -> r.deals().count()) == 300);
        BoardUiTest.waitUntil(() -> !BoardUiTest.titlesIn(robot, Stage.LEAD).isEmpty());
        java.util.Optional<String> offered = store.read(r -> r.local().get("sample.offered"));
        assertThat(offered).contains("true");
    }

    /**
     * A lead typed with the address of a stored contact goes to that contact, as the form offers
     * (it made a second record of the same person without a word); unticked, a new contact it is.
     */
    @Test
    void aLeadWithAStoredContactsAddressGoesToThatContactUnlessUnticked(FxRobot robot) {
        robot.clickOn(button(robot, "Start empty"));
        java.util.UUID ida = java.util.UUID.randomUUID();
        new com.funnelboard.service.ContactService(store, new com.funnelboard.domain.DuplicateFinder("SE")).create(
                new com.funnelboard.domain.ContactProfile(ida, null, "Ida Berg", null, java.util.List.of("ida@nordwind.se"), java.util.List.of(),
                        null, null, null, null, null, null, java.util.List.of(), null, null));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isPresent());
        assertThat(robot.lookup("#lead-existing-contact").query().isVisible()).as("nothing to offer yet").isFalse();
        robot.clickOn("#lead-contact").write("Ida B.");
        robot.clickOn("#lead-email").write("IDA@nordwind.se");
        robot.clickOn("#lead-title").write("Renewal");
        javafx.scene.control.CheckBox existing = robot.lookup("#lead-existing-contact").queryAs(javafx.scene.control.CheckBox.class);
        BoardUiTest.waitUntil(existing::isVisible);
        assertThat(existing.getText()).isEqualTo("Add the deal to Ida Berg (same email) instead of a new contact");
        assertThat(existing.isSelected()).isTrue();
        robot.clickOn("#lead-create");
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().equals("Lead \u201CRenewal\u201D added for Ida Berg."));
        assertThat(store.<java.util.List<com.funnelboard.domain.DealCard>>read(r -> r.board().forContact(ida))).extracting(com.funnelboard.domain.DealCard::title).containsExactly("Renewal");
        assertThat(new com.funnelboard.service.ContactService(store, new com.funnelboard.domain.DuplicateFinder("SE")).contacts("", 10)).as("no second Ida").hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isPresent());
        robot.clickOn("#lead-contact").write("Ida Berg");
        robot.clickOn("#lead-email").write("ida@nordwind.se");
        robot.clickOn("#lead-title").write("Her own company");
        javafx.scene.control.CheckBox again = robot.lookup("#lead-existing-contact").queryAs(javafx.scene.control.CheckBox.class);
        BoardUiTest.waitUntil(again::isVisible);
        robot.clickOn(again);
        robot.clickOn("#lead-create");
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().equals("Lead \u201CHer own company\u201D added."));

        assertThat(new com.funnelboard.service.ContactService(store, new com.funnelboard.domain.DuplicateFinder("SE")).contacts("", 10)).as("unticked: a new contact").hasSize(2);

        // A lead the board's filters leave out is said to be out of sight, not just "added".
        robot.interact(() -> robot.lookup("#filter-text").queryAs(javafx.scene.control.TextField.class).setText("renewal"));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isPresent());
        robot.clickOn("#lead-contact").write("Bo Lund");
        robot.clickOn("#lead-title").write("Pilot");
        robot.clickOn("#lead-create");
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText()
                .equals("Lead \u201CPilot\u201D added. " + com.funnelboard.ui.board.BoardView.FILTERED_OUT));
    }

    @Test
    void ctrlNAddsAValidatedLeadToTheBoard(FxRobot robot) {
        robot.clickOn(button(robot, "Start empty"));
        // A lead typed and not saved before the app last closed (or crashed) comes back from this installation's drafts.
        store.writeAll(r -> r.local().put("draft.new-lead",
                "{\"contact\":\"Kept Person\",\"email\":\"kept@\",\"currency\":\"USD\",\"source\":\"REFERRAL\"}"));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isPresent());
        assertThat(robot.lookup("#lead-contact").queryTextInputControl().getText()).isEqualTo("Kept Person");
        // Marked as it was left: the problem shows at once, not only after Create.
        assertThat(robot.lookup("#problem-email").queryLabeled().getText()).isEqualTo("Not an email address");
        robot.clickOn("#lead-start-over");
        assertThat(robot.lookup("#lead-contact").query().isFocused()).as("the cursor starts in the first field").isTrue();
        // Escape keeps what was typed: New lead brings it back, and Start over empties it. It is kept on disk too.
        robot.clickOn("#lead-contact").write("Draft Person").type(KeyCode.TAB).write("Draft Org");
        assertThat(robot.lookup("#lead-contact").queryTextInputControl().getText()).isEqualTo("Draft Person");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isEmpty());
        BoardUiTest.waitUntil(() -> store.read(r -> r.local().get("draft.new-lead")).filter(d -> d.contains("Draft Person")).isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isPresent());
        assertThat(robot.lookup("#lead-contact").queryTextInputControl().getText()).isEqualTo("Draft Person");
        assertThat(robot.lookup("#lead-organization").queryTextInputControl().getText()).isEqualTo("Draft Org");
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(robot.lookup("#lead-start-over").query().getScene(), "new-lead-resumed"));
        // Enter on Start over (reached by Tab from the last field) empties the form, and the same button brings it back.
        robot.interact(() -> robot.lookup("#lead-start-over").query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#lead-contact").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#lead-start-over").queryButton().getText()).isEqualTo("Bring it back");
        robot.clickOn("#lead-start-over");
        assertThat(robot.lookup("#lead-contact").queryTextInputControl().getText()).isEqualTo("Draft Person");
        assertThat(robot.lookup("#lead-organization").queryTextInputControl().getText()).isEqualTo("Draft Org");
        robot.clickOn("#lead-start-over");
        assertThat(robot.lookup("#lead-contact").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#lead-organization").queryTextInputControl().getText()).isEmpty();
        robot.clickOn("#lead-contact").write("Jane Doe").type(KeyCode.TAB).write("Acme Ltd").type(KeyCode.TAB).write("jane@acme").type(KeyCode.TAB);
        // Kept on disk as typed, the form still open: the app killed now loses nothing (only an Escape or a quit kept it).
        BoardUiTest.waitUntil(() -> store.read(r -> r.local().get("draft.new-lead")).filter(d -> d.contains("Jane Doe")).isPresent());
        assertThat(robot.lookup("#lead-create").tryQuery()).isPresent();
        assertThat(robot.lookup("#problem-email").queryLabeled().getText()).isEqualTo("Not an email address");
        assertThat(robot.lookup("#lead-create").queryButton().isDisabled()).isFalse();
        robot.clickOn("#lead-create");
        assertThat(robot.lookup("#lead-create").tryQuery()).as("an invalid form stays open").isPresent();
        assertThat(robot.lookup("#problem-title").queryLabeled().getText()).isEqualTo("Deal title is required");
        // The keyboard goes to the first field refused, the e-mail (it stayed on Create).
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-email").query().isFocused());
        robot.clickOn("#lead-email").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("jane@acme.example");
        robot.clickOn("#lead-title").write("Team plan");
        robot.clickOn("#lead-value").write("12,500");
        robot.clickOn("#lead-create");
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).contains("Team plan"));
        var card = store.read(r -> r.board().page(Stage.LEAD, 0, 10)).getFirst();
        assertThat(card.contactName()).isEqualTo("Jane Doe");
        assertThat(card.organizationName()).isEqualTo("Acme Ltd");
        assertThat(card.value().minor()).isEqualTo(1_250_000);
        // Once created, the next lead starts empty, and its draft is forgotten.
        BoardUiTest.waitUntil(() -> store.read(r -> r.local().get("draft.new-lead")).isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isPresent());
        assertThat(robot.lookup("#lead-contact").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#lead-start-over").tryQuery()).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isEmpty());

        // Organization suggests the stored ones, so a typed start joins the lead to them (in this journey: one window less).
        store.writeAll(r -> {
            r.contacts().insertOrganization(new com.funnelboard.domain.Organization(java.util.UUID.randomUUID(), "Nordwind AB"));
            r.contacts().insertOrganization(new com.funnelboard.domain.Organization(java.util.UUID.randomUUID(), "Bank Nordea"));
        });
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isPresent());
        robot.clickOn("#lead-contact").write("Ida Berg").type(KeyCode.TAB).write("nord");
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-organization-suggestions").tryQuery().isPresent()
                && robot.lookup("#lead-organization-suggestions").queryListView().getItems().size() == 2);
        javafx.scene.control.ListView<?> list = robot.lookup("#lead-organization-suggestions").queryListView();
        assertThat(new java.util.ArrayList<Object>(list.getItems())).as("those starting with it first, then a word of theirs").containsExactly("Nordwind AB", "Bank Nordea");
        assertThat(robot.lookup("#lead-organization").query().isFocused()).as("typing goes on in the field").isTrue();
        assertThat(list.getEffect()).as("flat, as every popup: a shadow's margin shows as a white frame without a compositor").isNull();
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(robot.lookup("#lead-organization").query().getScene(), "new-lead-suggestions"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(robot.lookup("#lead-organization").queryTextInputControl().getText()).isEqualTo("Nordwind AB");
        assertThat(robot.lookup("#lead-create").tryQuery()).as("Enter took the suggestion, not the form").isPresent();
        BoardUiTest.waitUntil(() -> !list.getScene().getWindow().isShowing());
        robot.clickOn("#lead-title").write("Pilot");
        robot.clickOn("#lead-create");
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).contains("Pilot"));
        assertThat(store.read(r -> r.board().page(Stage.LEAD, 0, 10)).getFirst().organizationName()).isEqualTo("Nordwind AB");
        java.util.List<String> nord = store.read(r -> r.contacts().organizationNamesStarting("Nord", 10));
        assertThat(nord).as("no second Nordwind").hasSize(2);

        // Ctrl+Q with the form open keeps what was typed and quits (the window's keys did not reach past the form).
        javafx.stage.Window window = robot.lookup("#status").query().getScene().getWindow();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isPresent());
        robot.clickOn("#lead-contact").write("Late Person");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> !window.isShowing());
        BoardUiTest.waitUntil(() -> store.read(r -> r.local().get("draft.new-lead")).filter(d -> d.contains("Late Person")).isPresent());
    }
}
