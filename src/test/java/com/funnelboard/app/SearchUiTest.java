package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import javafx.scene.control.ListView;
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

/** The search box: Ctrl+K, typing, grouped results, Enter opens the deal on the board and in the detail pane. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class SearchUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        Fixtures.deal(store, "Kegs for the Müller brewery", Stage.PROSPECT, 5000_00L);
        app = AppWindow.show(stage, store);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void typingFindsGroupedResultsAndEnterOpensTheDeal(FxRobot robot) {
        BoardUiTest.card(robot, "Pilot");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#search-field").tryQuery().isPresent());
        robot.write("mull");
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#search-results").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> results.getItems().size() == 6);
        assertThat(results.getItems().toString()).contains("DEAL", "Kegs for the Müller brewery", "CONTACT", "ORGANIZATION", "Org of Kegs");
        robot.type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> robot.lookup("#deal-title").tryQuery().isPresent()
                && "Kegs for the Müller brewery".equals(robot.lookup("#deal-title").queryAs(TextInputControl.class).getText()));
        assertThat(robot.lookup("#search-field").tryQuery()).as("the box closed").isEmpty();

        // A contact opened from the results is what the pane shows: the card chosen before is let go, so the Deal menu and
        // Ctrl+Shift+F no longer act on a deal out of sight.
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#search-field").tryQuery().isPresent());
        robot.write("mull");
        @SuppressWarnings("unchecked")
        ListView<Object> again = robot.lookup("#search-results").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> again.getItems().size() == 6);
        // Down and Up go through the hits and leave the text's caret where it was: Up put it at the start, so what was typed
        // next went before the words ("llmul").
        robot.type(KeyCode.DOWN).type(KeyCode.UP);
        TextInputControl searchField = robot.lookup("#search-field").queryAs(TextInputControl.class);
        assertThat(searchField.getCaretPosition()).isEqualTo(4);
        int contact = java.util.stream.IntStream.range(0, again.getItems().size()).filter(i -> again.getItems().get(i)
                instanceof com.funnelboard.ui.search.SearchViewModel.Hit h && h.hit().openKind() == com.funnelboard.domain.SearchHit.Kind.CONTACT).findFirst()
                .orElseThrow();
        robot.interact(() -> again.getSelectionModel().select(contact));
        robot.type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> robot.lookup("#search-field").tryQuery().isEmpty());
        UiRobot.settle();
        assertThat(robot.lookup(".deal-card-cell").queryAllAs(javafx.scene.control.ListCell.class)).noneMatch(c -> c.isSelected());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        UiRobot.settle();
        assertThat(robot.lookup("#followup-note").tryQuery()).as("no follow-up for the card chosen before").isEmpty();
    }

    /** A deal the board's filters leave out opens in the detail pane from the search all the same (the pane stayed empty). */
    @Test
    void aDealTheFiltersLeaveOutOpensInThePane(FxRobot robot) {
        BoardUiTest.card(robot, "Pilot");
        robot.interact(() -> robot.lookup("#filter-text").queryAs(javafx.scene.control.TextField.class).setText("pilot"));
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.PROSPECT).isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#search-field").tryQuery().isPresent());
        robot.write("kegs");
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#search-results").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> results.getItems().toString().contains("Kegs for the M"));
        robot.type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> robot.lookup("#deal-title").tryQuery().isPresent()
                && "Kegs for the Müller brewery".equals(robot.lookup("#deal-title").queryAs(TextInputControl.class).getText()));
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo(com.funnelboard.ui.board.BoardView.FILTERED_OUT_OPEN);
    }

    /** A click on "See all … contacts on the Contacts page →" opens that page searching the same words (it opened the first contact). */
    @Test
    void aClickOnSeeAllOpensTheContactsPage(FxRobot robot) {
        BoardUiTest.card(robot, "Pilot"); // the window is up
        for (int i = 0; i < 10; i++) {
            Fixtures.deal(store, "Kowal " + i, Stage.LEAD, 1000_00L); // (the search reads them from the database)
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#search-field").tryQuery().isPresent());
        robot.write("kowal");
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#search-results").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> results.getItems().stream().anyMatch(com.funnelboard.ui.search.SearchViewModel.ShowAll.class::isInstance));
        int all = results.getItems().indexOf(results.getItems().stream().filter(com.funnelboard.ui.search.SearchViewModel.ShowAll.class::isInstance)
                .findFirst().orElseThrow());
        robot.interact(() -> results.scrollTo(all));
        UiRobot.settle();
        javafx.scene.Node row = robot.lookup("#search-results .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == all).findFirst().orElseThrow();
        robot.clickOn(row);
        BoardUiTest.waitUntil(() -> robot.lookup("#contacts-search").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && "kowal".equals(robot.lookup("#contacts-search").queryAs(TextInputControl.class).getText()));
    }

    /** A call of a deal in the trash is still found; opening it says the deal is in the trash, not that a filter hides it. */
    @Test
    void openingADealInTheTrashSaysSo(FxRobot robot) {
        BoardUiTest.card(robot, "Pilot");
        com.funnelboard.domain.Deal pilot = store.read(r -> r.deals().idsStartingWith("", 10).stream().map(id -> r.deals().find(id).orElseThrow())
                .filter(d -> d.title().equals("Pilot")).findFirst().orElseThrow());
        store.writeAll(r -> {
            r.interactions().insert(new com.funnelboard.domain.Interaction(java.util.UUID.randomUUID(), pilot.contactId(), pilot.id(),
                    com.funnelboard.domain.InteractionKind.CALL, com.funnelboard.domain.Direction.OUT, Fixtures.NOW, "Asked about infrared sensors"));
            r.deals().delete(pilot.id());
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#search-field").tryQuery().isPresent());
        robot.write("infrared");
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#search-results").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> results.getItems().size() == 2);
        robot.interact(() -> results.getSelectionModel().select(1));
        robot.type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().equals(com.funnelboard.ui.board.BoardView.IN_TRASH));
        // Another card chosen, the sentence about the deal opened before no longer stands (it stood for minutes).
        robot.clickOn(BoardUiTest.card(robot, "Kegs for the Müller brewery"));
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().isEmpty());
    }
}
