package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealService;
import com.funnelboard.service.SavedViews;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The filter bar's Views menu lists the saved views; choosing one filters the board at once and ticks it. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class FilterBarViewsTest {

    Store store;
    BoardViewModel board;
    ViewsModel views;

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        store = Fixtures.store(Files.createTempDirectory("filter-bar-views"));
        Fixtures.deal(store, "Nova rollout", Stage.LEAD, 1000_00L);
        Fixtures.deal(store, "Other pilot", Stage.LEAD, 2000_00L);
        SavedViews saved = new SavedViews(store);
        saved.save("Nova", BoardLens.ALL.with("text", "nova"), DealSort.NEWEST);
        UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
        board = new BoardViewModel(new BoardService(store),
                new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author), new ChangeFeed(store), executors);
        BoardService reads = new BoardService(store);
        views = new ViewsModel(saved, reads::count, new ChangeFeed(store), executors, Runnable::run);
        FilterBar bar = new FilterBar(board, saved, views, executors, java.util.Locale.ENGLISH);
        board.refresh().join();
        views.refresh().join();
        stage.setScene(com.funnelboard.testing.AppTheme.scene(bar, 1200, 60));
        stage.sizeToScene(); // the stage is shared with the JVM's other test classes
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        Path file = store.file();
        store.close();
        Fixtures.deleteTree(file.getParent());
    }

    @Test
    void aSavedViewIsInTheViewsMenuAndChoosingItFiltersTheBoard(FxRobot robot) {
        MenuButton menu = robot.lookup("#filter-views").queryAs(MenuButton.class);
        List<String> labels = menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertThat(labels).startsWith("Nova  (1)");
        CheckMenuItem nova = (CheckMenuItem) menu.getItems().getFirst();
        assertThat(nova.isSelected()).isFalse();
        robot.interact(nova::fire);
        UiRobot.settle();
        assertThat(board.column(Stage.LEAD).cards().loaded().stream().filter(c -> c != null).map(DealCard::title)).containsExactly("Nova rollout");
        assertThat(((CheckMenuItem) menu.getItems().getFirst()).isSelected()).as("the view shown is ticked").isTrue();
    }
}
