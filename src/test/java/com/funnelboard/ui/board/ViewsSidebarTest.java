package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.SavedViews;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The saved views beside the board: deleting one from its right-click menu asks first (a slip lost its filters for good). */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ViewsSidebarTest {

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    Store store;
    SavedViews saved;

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        store = Fixtures.store(dir);
        Fixtures.deal(store, "Nova rollout", Stage.LEAD, 1000_00L);
        saved = new SavedViews(store);
        saved.save("Nova", BoardLens.ALL.with("text", "nova"), DealSort.NEWEST);
        UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
        BoardService reads = new BoardService(store);
        ViewsModel views = new ViewsModel(saved, reads::count, new ChangeFeed(store), executors, Runnable::run);
        views.refresh().join();
        stage.setScene(com.funnelboard.testing.AppTheme.scene(new ViewsSidebar(views, Locale.ENGLISH, () -> { }), 300, 300));
        stage.sizeToScene(); // the stage is shared with the JVM's other test classes
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void deletingAViewAsksFirstAndEnterKeepsIt(FxRobot robot) {
        askToDelete(robot);
        DialogPane ask = robot.lookup("#delete-view-dialog").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("Delete the view \u201cNova\u201d?");
        assertThat(ask.getContentText()).startsWith("text=nova, newest");
        robot.type(KeyCode.ENTER); // Cancel is the default
        UiRobot.settle();
        assertThat(saved.find("Nova")).as("kept").isPresent();

        askToDelete(robot);
        robot.clickOn((javafx.scene.Node) robot.lookup("#delete-view-dialog .button").match((Button b) -> "Delete".equals(b.getText()))
                .queryButton());
        UiRobot.settle();
        assertThat(saved.find("Nova")).as("deleted once confirmed").isEmpty();
    }

    private static void askToDelete(FxRobot robot) {
        javafx.scene.control.ListCell<?> cell = robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null)
                .queryAs(javafx.scene.control.ListCell.class);
        robot.clickOn((javafx.scene.Node) cell, MouseButton.SECONDARY);
        UiRobot.settle();
        assertThat(cell.getContextMenu().isShowing()).isTrue();
        javafx.scene.control.MenuItem delete = cell.getContextMenu().getItems().stream().filter(i -> "delete-view".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            cell.getContextMenu().hide();
            javafx.application.Platform.runLater(delete::fire); // as the menu does: the dialog waits in an event of its own
        });
        UiRobot.settle();
    }
}
