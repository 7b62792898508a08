package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageSummary;
import com.funnelboard.service.BoardReads;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.LogRecords;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.LogRecord;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Background work that fails says so in the status bar, in a sentence with Retry, and is logged
 * with its stack trace; Retry, once the cause is gone, does the work. The fault is put in through
 * the composition root: the board's reads fail while {@link #faulty} is set.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class FailuresUiTest {

    static final String BUSY = "test.db is busy in another program; try again in a moment.";

    @TempDir
    Path dir;

    final AtomicBoolean faulty = new AtomicBoolean(true);
    Store store;
    DesktopApp app;
    LogRecords log;

    /** What the board reads, failing as a database another program keeps busy while {@code faulty} is set. */
    record FlakyBoard(BoardReads real, AtomicBoolean faulty) implements BoardReads {

        private void fail() {
            if (faulty.get()) {
                throw new IllegalStateException(BUSY);
            }
        }

        @Override
        public Map<Stage, StageSummary> summaries(com.funnelboard.domain.OwnerFilter owners) {
            fail();
            return real.summaries(owners);
        }

        @Override
        public List<DealCard> page(Stage stage, int offset, int limit, com.funnelboard.domain.OwnerFilter owners) {
            fail();
            return real.page(stage, offset, limit, owners);
        }

        @Override
        public Set<Stage> stagesTouchedBy(Collection<String> rowKeys) {
            fail();
            return real.stagesTouchedBy(rowKeys);
        }

        @Override
        public int positionOf(UUID dealId, com.funnelboard.domain.OwnerFilter owners) {
            fail();
            return real.positionOf(dealId, owners);
        }
    }

    @Start
    void start(javafx.stage.Stage stage) {
        log = LogRecords.collect();
        store = Fixtures.store(dir);
        Fixtures.deal(store, "Warm lead", Stage.LEAD, 2000_00L);
        Fixtures.followUp(store, Fixtures.deal(store, "Pilot", Stage.PROSPECT, 1000_00L), Fixtures.NOW.plusSeconds(7200));
        app = AppWindow.show(stage, store, real -> new FlakyBoard(real, faulty));
    }

    @AfterEach
    void close() {
        app.close();
        log.close();
    }

    static String problem(FxRobot robot) {
        return robot.lookup("#problem-text").queryLabeled().getText();
    }

    static boolean problemShown(FxRobot robot) {
        Node bar = robot.lookup("#problem-bar").query();
        return bar.isVisible();
    }

    static boolean onBoard(FxRobot robot, String title) {
        return BoardUiTest.titlesIn(robot, Stage.LEAD).contains(title) || BoardUiTest.titlesIn(robot, Stage.PROSPECT).contains(title);
    }

    /**
     * A board that cannot be read says so with Retry, which loads it; a change the board cannot
     * follow is shown and Retry brings the board up to date; an export that cannot be written says
     * why and Retry writes it. One window for the three (they were three).
     */
    @Test
    void aBoardThatCannotBeReadAChangeItCannotFollowAndAnExportThatCannotBeWrittenSayWhyAndRetry(FxRobot robot) throws Exception {
        BoardUiTest.waitUntil(() -> problemShown(robot));
        assertThat(problem(robot)).isEqualTo("The board could not be loaded: " + BUSY);
        assertThat(robot.lookup("#problem-retry").queryAs(javafx.scene.control.Hyperlink.class).isVisible()).isTrue();
        assertThat(BoardUiTest.titlesIn(robot, Stage.LEAD)).isEmpty();
        // The user reads a sentence; the log keeps the stack trace.
        assertThat(problem(robot)).doesNotContain("Exception", "\tat ", "java.");
        // What was just done keeps room beside the problem: it was squeezed to "Mer…".
        javafx.scene.control.Label status = robot.lookup("#status").queryAs(javafx.scene.control.Label.class);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCode.CONTROL); // "Nothing to undo", or what was undone: a status beside the problem
        BoardUiTest.waitUntil(() -> !status.getText().isEmpty());
        com.funnelboard.testing.UiRobot.settle();
        assertThat(status.getWidth()).as("beside the problem").isGreaterThanOrEqualTo(240);
        LogRecord logged = log.failures().stream().filter(r -> r.getMessage().startsWith("The board could not be loaded")).findFirst()
                .orElseThrow(() -> new AssertionError("not logged: " + log.records().stream().map(LogRecord::getMessage).toList()));
        assertThat(logged.getThrown()).isInstanceOf(IllegalStateException.class).hasMessage(BUSY);
        assertThat(logged.getThrown().getStackTrace()).isNotEmpty();

        faulty.set(false);
        robot.clickOn("#problem-retry");

        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).contains("Warm lead"));
        BoardUiTest.waitUntil(() -> !problemShown(robot));
        assertThat(BoardUiTest.titlesIn(robot, Stage.PROSPECT)).contains("Pilot");
        assertThat(robot.lookup("#count-lead").queryLabeled().getText()).isEqualTo("1");

        // A change the board cannot follow is shown, and Retry brings the board up to date.
        faulty.set(true);
        Fixtures.deal(store, "Written while busy", Stage.LEAD, 500_00L);
        BoardUiTest.waitUntil(() -> problemShown(robot));
        assertThat(problem(robot)).isEqualTo("The board could not be brought up to date: " + BUSY);
        assertThat(BoardUiTest.titlesIn(robot, Stage.LEAD)).doesNotContain("Written while busy");

        faulty.set(false);
        robot.clickOn("#problem-retry");
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).contains("Written while busy"));
        BoardUiTest.waitUntil(() -> !problemShown(robot));

        // An export that cannot be written says why, and Retry writes it.
        robot.clickOn("#page-today");
        BoardUiTest.waitUntil(() -> robot.lookup("#today-page").tryQuery().isPresent());
        Path blocker = Files.writeString(dir.resolve("calendar"), "a file where the folder should be");
        Path ics = blocker.resolve("follow-ups.ics");

        robot.interact(() -> robot.lookup("#today-page").queryAs(com.funnelboard.ui.followup.TodayView.class).exportTo(ics));

        BoardUiTest.waitUntil(() -> problemShown(robot));
        assertThat(problem(robot)).startsWith("The calendar file follow-ups.ics was not written: " + blocker + " is a file, not a folder")
                .endsWith(".").doesNotContain("Exception").doesNotContain("file: ");
        assertThat(robot.lookup("#export-status").queryLabeled().getText()).isEqualTo("Not exported.");
        assertThat(log.failures()).anyMatch(r -> r.getMessage().startsWith("The calendar file follow-ups.ics was not written"));

        Files.delete(blocker);
        Files.createDirectory(blocker); // the folder it names, as the sentence asks
        robot.clickOn("#problem-retry");
        BoardUiTest.waitUntil(() -> Files.exists(ics));
        BoardUiTest.waitUntil(() -> !problemShown(robot));
        assertThat(robot.lookup("#export-status").queryLabeled().getText()).startsWith("1 follow-up written to follow-ups.ics");
    }

    @Test
    void hidingAProblemLeavesTheWorkFailedUntilItIsTriedAgain(FxRobot robot) {
        BoardUiTest.waitUntil(() -> problemShown(robot));
        robot.clickOn("#problem-dismiss");
        BoardUiTest.waitUntil(() -> !problemShown(robot));
        assertThat(BoardUiTest.titlesIn(robot, Stage.LEAD)).isEmpty();
    }
}
