package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.service.ShareService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.share.ConflictsDialog;
import com.funnelboard.ui.share.ShareDialogs;
import com.funnelboard.ui.share.ShareViewModel;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File → Merge share file…: the file is read first and what merging would give is asked about; the
 * status bar says what was read while the question is open, and what came of the answer.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class MergePreviewUiTest {

    @TempDir
    Path dir;

    Store ida;
    Store bo;
    Path file;
    ShareDialogs dialogs;
    ExecutorService background = Executors.newSingleThreadExecutor();
    final List<String> said = new CopyOnWriteArrayList<>();

    @Start
    void start(javafx.stage.Stage stage) {
        ida = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW));
        bo = Store.open(dir.resolve("bo.db"), new TickingClock(Fixtures.NOW.plusSeconds(5)));
        Fixtures.deal(bo, "Fleet renewal", Stage.PROSPECT, 500_000L);
        file = dir.resolve("bo.funnel");
        new ShareService(bo).export(file);
        ShareViewModel model = new ShareViewModel(new ShareService(ida), new UiExecutors(background, Platform::runLater));
        com.funnelboard.testing.AppWindow.owner(stage);
        dialogs = new ShareDialogs(model, new ConflictsDialog(model, ZoneOffset.UTC, Locale.UK, said::add), said::add, () -> stage,
                () -> java.util.concurrent.CompletableFuture.completedFuture("ida-berg-3f9a1c2d.funnel"));
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        ida.close();
        bo.close();
    }

    @Test
    void theStatusSaysWhatWasReadWhileAskingThenWhatTheAnswerDid(FxRobot robot) {
        robot.interact(() -> dialogs.mergeFrom(file));
        BoardUiTest.waitUntil(() -> robot.lookup("Merge").tryQuery().isPresent());
        assertThat(said.getLast()).as("not \"Reading…\" while the question is open").startsWith("Read bo.funnel: ").contains("records added");
        javafx.scene.control.DialogPane ask = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(ask.getHeaderText()).as("whose work, not a count of change sets").startsWith("Merge what ").endsWith(" changed?")
                .doesNotContain("change set", "<", "@");
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(ask.getScene(), "merge-question"));
        robot.clickOn("Cancel");
        BoardUiTest.waitUntil(() -> said.getLast().startsWith("Did not merge"));
        assertThat(said.getLast()).isEqualTo("Did not merge bo.funnel; nothing was changed.");
        List<com.funnelboard.domain.DealCard> none = ida.read(r -> r.board().page(Stage.PROSPECT, 0, 10));
        assertThat(none).isEmpty();

        robot.interact(() -> dialogs.mergeFrom(file));
        BoardUiTest.waitUntil(() -> robot.lookup("Merge").tryQuery().isPresent());
        robot.clickOn("Merge");
        BoardUiTest.waitUntil(() -> said.getLast().startsWith("Merged: "));
        List<com.funnelboard.domain.DealCard> merged = ida.read(r -> r.board().page(Stage.PROSPECT, 0, 10));
        assertThat(merged).singleElement().satisfies(d -> assertThat(d.title()).isEqualTo("Fleet renewal"));
    }

    /**
     * The file opened twice (a double click twice in the file manager): asked about once; a second question read its preview
     * before the first merge and offered "1 record added" again once that merge had taken it.
     */
    @Test
    void aFileOpenedAgainWhileAskedAboutIsNotAskedAboutTwice(FxRobot robot) {
        robot.interact(() -> dialogs.mergeFrom(file));
        BoardUiTest.waitUntil(() -> robot.lookup("Merge").tryQuery().isPresent());
        robot.interact(() -> dialogs.mergeFrom(dir.resolve("sub/../bo.funnel")));
        assertThat(said.getLast()).isEqualTo("bo.funnel is being merged already; it is not asked about twice.");
        robot.clickOn("Merge");
        BoardUiTest.waitUntil(() -> said.getLast().startsWith("Merged: "));
        UiRobot.settle();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no second question").isEmpty();

        robot.interact(() -> dialogs.mergeFrom(file));
        BoardUiTest.waitUntil(() -> said.getLast().startsWith("Nothing new"));
        assertThat(said.getLast()).isEqualTo("Nothing new in bo.funnel.");
    }

    /** Into a pipeline with a history of its own, a file that shares nothing with it is asked about as a warning that says so. */
    @Test
    void aFileSharingNothingWithAPipelineOfItsOwnIsAWarning(FxRobot robot) {
        Fixtures.deal(ida, "Pilot", Stage.LEAD, 100_000L);
        robot.interact(() -> dialogs.mergeFrom(file));
        BoardUiTest.waitUntil(() -> robot.lookup("Merge").tryQuery().isPresent());
        javafx.scene.control.DialogPane ask = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(ask.getContentText()).contains("Nothing in it was known here").contains("Merge only your own team's files.");
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(ask.getScene(), "merge-shares-nothing"));
        assertThat(((javafx.scene.control.Button) ask.lookupButton(javafx.scene.control.ButtonType.CANCEL)).isDefaultButton()).as("Enter cancels")
                .isTrue();
        robot.clickOn("Cancel");
        BoardUiTest.waitUntil(() -> said.getLast().startsWith("Did not merge"));
    }

    @Test
    void aRefusedFileIsSaidInItsOwnSentence(FxRobot robot) throws Exception {
        Path notShare = java.nio.file.Files.writeString(dir.resolve("notes.funnel"), "Name,Email\nIda,ida@x.example\n");
        robot.interact(() -> dialogs.mergeFrom(notShare));
        BoardUiTest.waitUntil(() -> robot.lookup("This file cannot be merged").tryQuery().isPresent());
        assertThat(said.getLast()).as("no field name before it").doesNotStartWith("file:").contains("notes.funnel");
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getContentText()).isEqualTo(said.getLast());
        robot.interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
    }
}
