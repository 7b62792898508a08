package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Snapshots;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The filter bar: words narrow every column and its count; the order changes the cards' order; Clear shows every deal. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class FilterBarUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        Fixtures.deal(store, "Pilot", Stage.LEAD, 90_000_00L);
        Fixtures.deal(store, "Kegs refill", Stage.LEAD, 1_000_00L);
        Fixtures.deal(store, "Kegs order", Stage.PROSPECT, 5_000_00L);
        Fixtures.deal(store, "Kegs extra", Stage.LEAD, 7_000_00L);

        store.writeAll(r -> r.organizations().insert(new com.funnelboard.domain.OrganizationProfile(java.util.UUID.randomUUID(), "Hopfen AG",
                null, "Brewing", "11-50", null)));
        app = AppWindow.show(stage, store, java.util.function.UnaryOperator.identity(), 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static String count(FxRobot robot, String stage) {
        return robot.lookup("#count-" + stage).queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> titles(FxRobot robot, String stage) {
        ListView<com.funnelboard.domain.DealCard> list = robot.lookup("#list-" + stage).queryAs(ListView.class);
        return list.getItems().stream().filter(java.util.Objects::nonNull).map(com.funnelboard.domain.DealCard::title).toList();
    }

    @Test
    void wordsNarrowTheColumnsAndTheSortOrdersThem(FxRobot robot) {
        BoardUiTest.card(robot, "Pilot");
        assertThat(count(robot, "lead")).isEqualTo("3");
        robot.clickOn("#filter-text").write("kegs ");
        BoardUiTest.waitUntil(() -> count(robot, "lead").equals("2") && count(robot, "prospect").equals("1"));
        // Once the board has followed, what is typed goes on where the caret is, after the space typed (it went to the
        // start: "kegs " then "refill" read "refillkegs").
        javafx.scene.control.TextField words = robot.lookup("#filter-text").queryAs(javafx.scene.control.TextField.class);
        assertThat(words.getText()).isEqualTo("kegs ");
        assertThat(words.getCaretPosition()).isEqualTo(5);
        robot.write("refill");
        BoardUiTest.waitUntil(() -> count(robot, "lead").equals("1"));
        assertThat(words.getText()).isEqualTo("kegs refill");
        robot.interact(() -> words.setText("kegs"));
        BoardUiTest.waitUntil(() -> count(robot, "lead").equals("2") && count(robot, "prospect").equals("1"));

        robot.interact(() -> robot.lookup("#filter-sort").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(com.funnelboard.domain.DealSort.VALUE));
        BoardUiTest.waitUntil(() -> titles(robot, "lead").equals(java.util.List.of("Kegs extra", "Kegs refill")));

        robot.clickOn("#filter-clear");
        BoardUiTest.waitUntil(() -> count(robot, "lead").equals("3"));
        assertThat(titles(robot, "lead")).containsExactly("Pilot", "Kegs extra", "Kegs refill");
        // the order is remembered on this installation
        BoardUiTest.waitUntil(() -> new com.funnelboard.service.SavedViews(store).boardSort() == com.funnelboard.domain.DealSort.VALUE);

        // One column ordered on its own: Sort no longer claims one order for all, and choosing one orders them all again.
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<com.funnelboard.domain.DealSort> sort = robot.lookup("#filter-sort").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(sort.getButtonCell().getText()).isEqualTo(com.funnelboard.domain.DealSort.VALUE.toString());
        javafx.scene.control.MenuButton leadSort = robot.lookup("#sort-lead").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> leadSort.getItems().stream().filter(i -> "sort-lead-newest".equals(i.getId())).findFirst().orElseThrow().fire());
        BoardUiTest.waitUntil(() -> "Per column".equals(sort.getButtonCell().getText()));
        assertThat(sort.getValue()).isNull();
        robot.interact(() -> sort.setValue(com.funnelboard.domain.DealSort.VALUE));
        BoardUiTest.waitUntil(() -> new com.funnelboard.service.SavedViews(store).columnSorts().get(com.funnelboard.domain.Stage.LEAD)
                == com.funnelboard.domain.DealSort.VALUE);
        assertThat(sort.getButtonCell().getText()).isEqualTo(com.funnelboard.domain.DealSort.VALUE.toString());
        assertThat(new com.funnelboard.service.SavedViews(store).columnSorts().values()).containsOnly(com.funnelboard.domain.DealSort.VALUE);
    }

    /** The open deals a cleanup looks for: past their expected close, or with nothing done on them for a month. */
    @Test
    void theCleanupFiltersFindOpenDealsPastTheirCloseOrIdle(FxRobot robot) {
        java.time.Instant old = Fixtures.NOW.minus(java.time.Duration.ofDays(90));
        store.writeAll(r -> r.deals().insert(new com.funnelboard.domain.Deal(java.util.UUID.randomUUID(), null, "Stale order", Stage.PROSPECT, null,
                "EUR", null, java.time.LocalDate.of(2026, 1, 31), old, null, null, null, null, old, old)));
        BoardUiTest.card(robot, "Stale order");
        robot.clickOn("#filter-more");
        robot.clickOn("#filter-close-passed");
        javafx.scene.control.MenuButton more = robot.lookup("#filter-more").queryAs(javafx.scene.control.MenuButton.class);
        BoardUiTest.waitUntil(() -> titles(robot, "lead").isEmpty() && titles(robot, "prospect").equals(java.util.List.of("Stale order")),
                () -> titles(robot, "lead") + " " + titles(robot, "prospect"));
        assertThat(more.getText()).isEqualTo("More filters (1)");
        robot.clickOn("#filter-close-passed");
        BoardUiTest.waitUntil(() -> titles(robot, "lead").size() == 3);
        robot.clickOn("#filter-idle-days").write("30").type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> titles(robot, "lead").isEmpty() && titles(robot, "prospect").equals(java.util.List.of("Stale order")),
                () -> titles(robot, "lead") + " " + titles(robot, "prospect"));
        assertThat(more.getText()).isEqualTo("More filters (1)");
    }

    @Test
    void moreFiltersNamesTheValuesInUseAndCountsOnlyWhatTheBoardApplies(FxRobot robot) {
        BoardUiTest.card(robot, "Pilot");
        robot.clickOn("#filter-more");
        javafx.scene.control.TextField industry = robot.lookup("#filter-industry").queryAs(javafx.scene.control.TextField.class);
        BoardUiTest.waitUntil(() -> "e.g. Brewing".equals(industry.getPromptText()));
        assertThat(robot.lookup("#filter-persona").queryAs(javafx.scene.control.TextField.class).getPromptText()).isEqualTo("none set yet");
        robot.interact(() -> Snapshots.save(industry.getScene(), "more-filters-hints"));

        // A value range the bar refuses is no filter: More filters counts those the board applies (it counted the refused two).
        javafx.scene.control.MenuButton more = robot.lookup("#filter-more").queryAs(javafx.scene.control.MenuButton.class);
        robot.clickOn("#filter-min-value").write("100000");
        robot.clickOn("#filter-max-value").write("20000").type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> !robot.lookup("#filter-problem").queryLabeled().getText().isEmpty());
        assertThat(more.getText()).isEqualTo("More filters");
        robot.interact(() -> robot.lookup("#filter-max-value").queryAs(javafx.scene.control.TextField.class).setText(""));
        robot.clickOn("#filter-min-value").type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> "More filters (1)".equals(more.getText()));
        // A bound written as amounts are written ("50,000") is read, and stays as typed; one that is no whole amount is refused
        // in the words of its field (it took digits alone and said "The filter min-value cannot be …").
        javafx.scene.control.TextField from = robot.lookup("#filter-min-value").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> from.setText("50,000"));
        robot.clickOn(from).type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> count(robot, "lead").equals("1") && count(robot, "prospect").equals("0")); // Pilot's 90,000
        assertThat(from.getText()).isEqualTo("50,000");
        assertThat(robot.lookup("#filter-problem").queryLabeled().getText()).isEmpty();
        robot.interact(() -> from.setText("5,0"));
        robot.clickOn(from).type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> robot.lookup("#filter-problem").queryLabeled().getText().startsWith("Value from: not a whole amount"));

        // Only deals with no contact: the deals an import kept without one (the summary points here).
        store.writeAll(r -> r.deals().insert(new com.funnelboard.domain.Deal(java.util.UUID.randomUUID(), null, "Orphan order", Stage.LEAD, null,
                "EUR", null, null, Fixtures.NOW, null, null, null, null, Fixtures.NOW, Fixtures.NOW)));
        robot.interact(() -> robot.lookup("#filter-min-value").queryAs(javafx.scene.control.TextField.class).setText(""));
        robot.clickOn("#filter-no-contact");
        BoardUiTest.waitUntil(() -> titles(robot, "lead").equals(java.util.List.of("Orphan order")) && titles(robot, "prospect").isEmpty());
        assertThat(more.getText()).isEqualTo("More filters (1)");
    }
}
