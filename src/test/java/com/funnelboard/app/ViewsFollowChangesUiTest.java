package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.service.ContactEditing;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.FollowUpService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every view follows what the write path publishes: a change made anywhere — here through the
 * services, as another part of the window or a command would — shows in the board, the detail pane,
 * the lists and Today, with no view refreshing another.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ViewsFollowChangesUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal first;
    Deal second;
    ContactService contacts;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        first = Fixtures.deal(store, "First", Stage.LEAD, 1000_00L);
        second = Fixtures.deal(store, "Second", Stage.PROSPECT, 2000_00L);
        contacts = new ContactService(store, new com.funnelboard.domain.DuplicateFinder("SE"));
        contacts.save(ContactsUiTest.withEmail(first.contactId(), "Ida Berg", "CEO", "ida@nordwind.se"));
        contacts.save(ContactsUiTest.withEmail(second.contactId(), "I. Berg", "COO", "IDA@nordwind.se"));
        app = AppWindow.show(stage, store);
        stage.setWidth(1400);
        stage.setHeight(900);
    }

    @AfterEach
    void close() {
        app.close();
    }

    static DealCard shown(FxRobot robot, String title) {
        return (DealCard) ((ListCell<?>) BoardUiTest.card(robot, title)).getItem();
    }

    static boolean cardNames(FxRobot robot, String title, String contact) {
        return robot.lookup(n -> n instanceof ListCell<?> c && c.getItem() instanceof DealCard d && d.title().equals(title)
                && d.contactName().equals(contact)
                && c.lookupAll(".label").stream().anyMatch(l -> ((Labeled) l).getText() != null && ((Labeled) l).getText().startsWith(contact)))
                .tryQuery().isPresent();
    }

    static ContactProfile named(ContactProfile p, String name) {
        return new ContactProfile(p.id(), p.organizationId(), name, p.title(), p.emails(), p.phones(), p.channel(), p.industry(),
                p.companySize(), p.persona(), p.painPoints(), p.source(), p.tags(), p.notes(), p.mergedInto());
    }

    String paneName(FxRobot robot) {
        return robot.lookup("#field-name").queryAs(TextInputControl.class).getText();
    }

    /** A merge made elsewhere: the pane showing the merged-away contact gives way to the survivor, the card names it and opens it. */
    @Test
    void aMergeElsewhereReachesTheOpenPaneAndTheCards(FxRobot robot) {
        assertThat(shown(robot, "Second").contactName()).isEqualTo("I. Berg");
        robot.clickOn(BoardUiTest.card(robot, "Second"));
        BoardUiTest.waitUntil(() -> "I. Berg".equals(paneName(robot)));

        contacts.merge(first.contactId(), second.contactId(), Set.of());

        BoardUiTest.waitUntil(() -> "Ida Berg".equals(paneName(robot)));
        BoardUiTest.waitUntil(() -> cardNames(robot, "Second", "Ida Berg"));
        assertThat(shown(robot, "Second").contactId()).isEqualTo(first.contactId());
        robot.clickOn(BoardUiTest.card(robot, "First"));
        robot.clickOn(BoardUiTest.card(robot, "Second"));
        @SuppressWarnings("unchecked")
        ListView<DealCard> deals = robot.lookup("#contact-deals").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> deals.getItems().stream().map(DealCard::title).toList().containsAll(java.util.List.of("First", "Second"))
                && deals.getSelectionModel().getSelectedItem() != null && "Second".equals(deals.getSelectionModel().getSelectedItem().title()));
    }

    /**
     * An interaction, a follow-up, a rot threshold and renames made elsewhere reach the open pane and
     * its checklist, the badge, the cards and the Contacts list, but not what is being typed.
     */
    @Test
    void interactionsFollowUpsSettingsAndRenamesElsewhereReachEveryViewButNotWhatIsBeingTyped(FxRobot robot) {
        Node badge = robot.lookup("#today-badge").query();
        BoardUiTest.waitUntil(() -> !badge.isVisible());
        assertThat(shown(robot, "First").nextFollowUpAt()).isNull();
        assertThat(BoardUiTest.card(robot, "First").lookupAll(".rotting")).as("3 days in Lead, 14 allowed").isEmpty();

        robot.clickOn(BoardUiTest.card(robot, "First"));
        BoardUiTest.waitUntil(() -> "Ida Berg".equals(paneName(robot)));
        @SuppressWarnings("unchecked")
        ListView<TimelineEvent> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        com.funnelboard.ui.contact.ChecklistView checklist = robot.lookup("#contact-checklist").queryAs(com.funnelboard.ui.contact.ChecklistView.class);
        BoardUiTest.waitUntil(() -> checklist.getItems().stream().anyMatch(i -> i.item().code().equals("two-way") && !i.holds()));
        assertThat(timeline.getItems()).isEmpty();

        Fixtures.interaction(store, first, InteractionKind.CALL, Direction.IN, Fixtures.NOW.minusSeconds(60));

        BoardUiTest.waitUntil(() -> timeline.getItems().size() == 1);
        BoardUiTest.waitUntil(() -> checklist.getItems().stream().anyMatch(i -> i.item().code().equals("two-way") && i.holds()));

        new FollowUpService(store).schedule(first.id(), Fixtures.NOW.plusSeconds(3600), FollowUpKind.CALL, "Send the deck");

        BoardUiTest.waitUntil(() -> badge.isVisible() && "1".equals(((Labeled) badge).getText()));
        BoardUiTest.waitUntil(() -> Fixtures.NOW.plusSeconds(3600).equals(shown(robot, "First").nextFollowUpAt()));

        new com.funnelboard.service.PipelineSettings(store).setRotThreshold(Stage.LEAD, 2);

        BoardUiTest.waitUntil(() -> !BoardUiTest.card(robot, "First").lookupAll(".rotting").isEmpty());

        robot.clickOn("#page-contacts");
        @SuppressWarnings("unchecked")
        TableView<ContactSummary> table = robot.lookup("#contacts-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream().filter(c -> c.name().equals("I. Berg")).findFirst()
                .orElseThrow()));
        BoardUiTest.waitUntil(() -> "I. Berg".equals(paneName(robot)));
        robot.clickOn("Details");

        ContactProfile renamed = contacts.contact(second.contactId()).profile();
        contacts.save(named(renamed, "Ingrid Berg"));

        BoardUiTest.waitUntil(() -> table.getItems().stream().anyMatch(c -> c.name().equals("Ingrid Berg")));
        BoardUiTest.waitUntil(() -> "Ingrid Berg".equals(paneName(robot)));
        robot.clickOn("#page-board");
        BoardUiTest.waitUntil(() -> cardNames(robot, "Second", "Ingrid Berg"));

        // A rename elsewhere while a title typed here waits to be saved: both are kept, on screen and on disk.
        robot.clickOn("#field-title");
        robot.eraseText(3).write("Chief of Staff");
        new ContactEditing(store).save(second.contactId(), java.util.Map.of(ContactProfile.NAME, "Ingrid B. Berg"));
        BoardUiTest.waitUntil(() -> "Chief of Staff".equals(contacts.contact(second.contactId()).profile().title()));
        assertThat(contacts.contact(second.contactId()).profile().name()).isEqualTo("Ingrid B. Berg");
        BoardUiTest.waitUntil(() -> "Ingrid B. Berg".equals(paneName(robot)));
        assertThat(robot.lookup("#field-title").queryAs(TextInputControl.class).getText()).isEqualTo("Chief of Staff");
        BoardUiTest.waitUntil(() -> cardNames(robot, "Second", "Ingrid B. Berg"));
    }
}
