package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The import dialog's height: when the file is read after the window opened (a large file, a slow disk) the window
 * grows to the preview within the screen; in a short window the form scrolls. The preview's rows, the problems, Import
 * and Close stay in sight or a scroll away, never squashed or cut.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ImportDialogHeightUiTest {

    @TempDir
    Path dir;

    Store store;
    ExecutorService background = Executors.newSingleThreadExecutor();
    /** Holds the file's reading back until the dialog is on the screen. */
    final CountDownLatch shown = new CountDownLatch(1);

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        store = Fixtures.store(dir);
        Path csv = dir.resolve("leads.csv");
        StringBuilder rows = new StringBuilder("Full Name;E-mail;Company;Deal Value;Stage\n");
        for (int i = 0; i < 30; i++) {
            rows.append("Person ").append(i).append(";p").append(i).append("@nordwind.example;Nordwind AB;").append(100 + i)
                    .append(i % 3 == 0 ? ";Verbal yes\n" : ";Closed Won\n");
        }
        Files.writeString(csv, rows);
        java.util.concurrent.Executor slow = task -> background.execute(() -> {
            try {
                shown.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        });
        ImportUiTest.openDialog(store, stage, csv, slow);
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        store.close();
    }

    @Test
    void theWindowGrowsToThePreviewAndAShortOneScrolls(FxRobot robot) {
        UiRobot.settle();
        shown.countDown();
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#import-problems").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> !problems.getItems().isEmpty() && robot.lookup("#import-stages .choice-box").queryAll().size() == 2);
        UiRobot.settle();
        Scene dialog = problems.getScene();
        Button close = robot.from(dialog.getRoot()).lookup(".button").match((Button b) -> "Close".equals(b.getText())).queryButton();
        for (Node n : java.util.List.of(close, robot.lookup("#import-start").query())) {
            Bounds in = n.localToScene(n.getBoundsInLocal());
            assertThat(in.getMaxY()).as(n.getId() + " " + n + " within the window").isLessThanOrEqualTo(dialog.getHeight());
        }
        assertThat(robot.lookup("#import-preview").queryAs(TableView.class).getHeight()).as("the preview shows some of the file's rows")
                .isGreaterThanOrEqualTo(150);
        assertThat(problems.getHeight()).as("and some of its problems").isGreaterThanOrEqualTo(60);
        TableView<?> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        double fourColumns = preview.getColumns().stream().limit(4).mapToDouble(c -> c.getWidth()).sum();
        assertThat(fourColumns).as("four of the file's columns side by side, each with its field (a column was 320 pixels wide)")
                .isLessThanOrEqualTo(preview.getWidth());
        assertThat(dialog.getWindow().getHeight()).as("no taller than the screen")
                .isLessThanOrEqualTo(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(dialog, "import-dialog-read-late"));

        // On a short screen (or made short) the form scrolls: the preview keeps a few rows and Close stays in sight, where
        // the preview was squashed to its header and the problems to one line.
        robot.interact(() -> dialog.getWindow().setHeight(450));
        UiRobot.settle();
        assertThat(robot.lookup("#import-preview").queryAs(TableView.class).getHeight()).as("a few rows, even so").isGreaterThanOrEqualTo(150);
        assertThat(problems.getHeight()).isGreaterThanOrEqualTo(60);
        Bounds closeIn = close.localToScene(close.getLayoutBounds());
        assertThat(closeIn.getMaxY()).as("Close in sight").isLessThanOrEqualTo(dialog.getHeight());
        javafx.scene.control.ScrollPane form = robot.lookup("#import-form").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> form.setVvalue(form.getVmax()));
        UiRobot.settle();
        Node start = robot.lookup("#import-start").query();
        Bounds startIn = start.localToScene(start.getLayoutBounds()); // (its focus frame is drawn outside it)
        // Import sits beside Close in the dialog's buttons, in sight however the form scrolls (it was at the form's foot, bottom-left).
        assertThat(startIn.getMaxY()).as("Import in sight").isLessThanOrEqualTo(dialog.getHeight());
        assertThat(startIn.getMinY()).as("on Close's line").isCloseTo(closeIn.getMinY(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(startIn.getMinY()).as("below the form").isGreaterThanOrEqualTo(form.localToScene(form.getBoundsInLocal()).getMaxY());
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(dialog, "import-dialog-short"));
    }
}
