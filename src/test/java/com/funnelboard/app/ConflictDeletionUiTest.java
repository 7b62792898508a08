package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.ShareService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.share.ConflictsDialog;
import com.funnelboard.ui.share.ShareViewModel;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
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
 * A deal deleted on one copy and edited on another, in the Conflicts dialog: only its two choices (keep it deleted, restore
 * it with the edit); the keep buttons of a value named none and meant nothing there.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ConflictDeletionUiTest {

    @TempDir
    Path dir;

    Store ida;
    Store bo;
    ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        Deal deal = Fixtures.pilotOnTwoCopies(dir);
        ida = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(60)));
        bo = Store.open(dir.resolve("bo.db"), new TickingClock(Fixtures.NOW.plusSeconds(61)));
        new DealEditing(ida, Locale.UK).delete(deal.id());
        new DealEditing(bo, Locale.UK).edit(deal.id(), new DealEditing.Edit("Pilot, 40 seats", null, null, null, false, null));
        Path file = dir.resolve("bo.funnel");
        new ShareService(bo).export(file);
        new ShareService(ida).merge(file, () -> false);
        ShareViewModel model = new ShareViewModel(new ShareService(ida), new UiExecutors(background, Platform::runLater));
        com.funnelboard.testing.AppWindow.owner(stage);
        new ConflictsDialog(model, ZoneOffset.UTC, Locale.UK, s -> { }).show(stage);
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        ida.close();
        bo.close();
    }

    @Test
    void aDeletedAndEditedRecordOffersOnlyItsTwoChoices(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<ShareViewModel.Described> table = robot.lookup("#conflicts-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> table.getItems().stream().anyMatch(d -> d.conflict().deletion()));
        int row = table.getItems().stream().map(d -> d.conflict().deletion()).toList().indexOf(true);
        robot.interact(() -> table.getSelectionModel().select(row));
        BoardUiTest.waitUntil(() -> robot.lookup("#keep-deleted").query().isVisible());
        assertThat(robot.lookup("#keep-restored").query().isVisible()).isTrue();
        assertThat(robot.lookup("#keep-mine").query().isVisible()).isFalse();
        assertThat(robot.lookup("#keep-theirs").query().isVisible()).isFalse();
        assertThat(robot.lookup("#keep-value").query().isVisible()).isFalse();
    }
}
