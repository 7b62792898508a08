package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.service.BackupService;
import com.funnelboard.service.PeopleService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.backup.BackupsDialog;
import com.funnelboard.ui.backup.BackupsViewModel;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** File → Backups…: every column in sight, and a long newest change in full. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class BackupsDialogUiTest {

    @TempDir
    Path dir;

    Store store;
    ExecutorService background = Executors.newSingleThreadExecutor();
    BackupsViewModel model;
    final java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        var deal = Fixtures.deal(store, "Enterprise rollout \u2013 Delta Logistics Northern Europe", Stage.LEAD, 1000_00L);
        new PeopleService(store).reassign(deal.id(), "ola.nordmann@nordwind-logistics.example", "Ola Nordmann");
        BackupService backups = new BackupService(store, dir.resolve("backups"), Fixtures.CLOCK);
        backups.create();
        model = new BackupsViewModel(backups, new UiExecutors(background, Platform::runLater), said::add);
        com.funnelboard.testing.AppWindow.owner(stage); // in the app's theme: JavaFX's own draws narrower cells
        BackupsDialog.show(stage, model, Locale.ENGLISH, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        store.close();
    }

    @Test
    void everyColumnInSightAndTheNewestChangeInFull(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<BackupsViewModel.Row> table = robot.lookup("#backups-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> !table.getItems().isEmpty());
        UiRobot.settle();
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(table.getScene(), "backups-dialog"));
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("no column cut at the table's edge").isLessThanOrEqualTo(table.getWidth());
        javafx.scene.text.Text newest = robot.from(table).lookup(".newest-change").queryAs(javafx.scene.text.Text.class);
        assertThat(newest.getText()).contains("Ola Nordmann");
        javafx.scene.control.TableCell<?, ?> newestCell = (javafx.scene.control.TableCell<?, ?>) newest.getParent();
        assertThat(newest.getLayoutBounds().getHeight()).as("its lines within the row").isLessThanOrEqualTo(newestCell.getHeight());
        assertThat(newest.getLayoutBounds().getWidth()).as("within the column").isLessThanOrEqualTo(newestCell.getWidth());
        for (javafx.scene.Node n : robot.from(table).lookup(".table-row-cell .table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getText() != null && !cell.getText().isEmpty()) {
                assertThat(cell.isTextTruncated()).as(cell.getText() + " in full; cell " + cell.getWidth() + "x" + cell.getHeight() + " pref "
                        + cell.prefHeight(-1) + " row " + cell.getTableRow().getHeight()).isFalse();
            }
        }
        // A restore says the times the dialog lists, not the backups' file names.
        BackupsViewModel.Row row = table.getItems().getFirst();
        model.restore(row).join();
        assertThat(said).anySatisfy(s -> assertThat(s).startsWith("Restored the backup of Thu, Mar 12").doesNotContainPattern("\\d{8}T"));
    }

}
