package com.funnelboard.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.UiRobot;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reminder toasts: at the bottom right, clear of the detail pane's header; a summary of several stays four times as long; a
 * press in the window puts one away.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ReminderToastTest {

    javafx.stage.Stage stage;
    ReminderNotifier notifier;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        stage.setScene(com.funnelboard.testing.AppTheme.scene(new BorderPane(), 1200, 800));
        stage.sizeToScene(); // the stage is shared with the JVM's other test classes
        stage.show();
        notifier = new ReminderNotifier(() -> stage, new DesktopNotifications(false), Duration.millis(300));
    }

    static FollowUpEntry due(String deal) {
        return new FollowUpEntry(new FollowUp(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-03-12T09:00:00Z"), FollowUpKind.CALL,
                null, null, null), deal, Stage.LEAD, "Ida Berg", null, null);
    }

    @Test
    void oneFollowUpsToastGoesByItselfAndSitsAtTheBottom(FxRobot robot) throws Exception {
        robot.interact(() -> notifier.show(List.of(due("Pilot")), false));
        var at = notifier.toastBounds();
        assertThat(at).isNotNull();
        double windowTop = stage.getScene().getWindow().getY() + stage.getScene().getY();
        assertThat(at.getMinY()).as("below the detail pane's header").isGreaterThan(windowTop + 400);
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        UiRobot.settle();
        assertThat(notifier.lastToast()).isEmpty();
    }

    @Test
    void aSummaryOfSeveralStaysLongerThenGoes(FxRobot robot) throws Exception {
        robot.interact(() -> notifier.show(List.of(due("Pilot"), due("Rollout"), due("Renewal"), due("Upsell")), true));
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS); // twice a single one's time
        UiRobot.settle();
        assertThat(notifier.lastToast()).startsWith("4 follow-ups came due").contains("…and 1 more on the Today page");
        assertThat(notifier.lastToast().lines().filter(l -> l.startsWith("\u2022 ")).count()).as("a bullet per follow-up shown").isEqualTo(3);
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS); // past four times
        UiRobot.settle();
        assertThat(notifier.lastToast()).as("it does not cover the pane for good").isEmpty();
    }

    @Test
    void openTodayShowsThePageAndClosesTheToast(FxRobot robot) {
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        notifier.onOpenToday(opened::incrementAndGet);
        robot.interact(() -> notifier.show(List.of(due("Pilot"), due("Rollout")), true));
        assertThat(notifier.lastToast()).startsWith("2 follow-ups came due");
        robot.clickOn("#reminder-open-today");
        UiRobot.settle();
        assertThat(opened).hasValue(1);
        assertThat(notifier.lastToast()).isEmpty();
    }

    /** A press anywhere in the window puts the toast away: it sat over the detail pane's fields for half a minute at the start. */
    @Test
    void aPressInTheWindowPutsTheToastAway(FxRobot robot) {
        robot.interact(() -> notifier.show(List.of(due("Pilot"), due("Rollout")), true));
        assertThat(notifier.lastToast()).startsWith("2 follow-ups came due");
        robot.clickOn(robot.point(stage.getScene().getRoot()).atPosition(javafx.geometry.Pos.TOP_LEFT).atOffset(new javafx.geometry.Point2D(40, 40)));
        UiRobot.settle();
        assertThat(notifier.lastToast()).isEmpty();
    }

    @Test
    void aToastWaitsForAnOpenDialogToClose(FxRobot robot) {
        javafx.stage.Stage[] dialog = new javafx.stage.Stage[1];
        robot.interact(() -> {
            dialog[0] = new javafx.stage.Stage();
            dialog[0].initOwner(stage);
            dialog[0].initModality(javafx.stage.Modality.WINDOW_MODAL);
            dialog[0].setScene(new Scene(new BorderPane(), 300, 200));
            dialog[0].show();
            notifier.show(List.of(due("Pilot"), due("Rollout")), true);
            notifier.show(List.of(due("Renewal"), due("Upsell"), due("Pilot")), false);
        });
        assertThat(notifier.lastToast()).as("not over the dialog").isEmpty();
        robot.interact(() -> dialog[0].close());
        // Shown once the window hears the dialog closed, which may take more than a pulse on a busy machine (a settle alone
        // failed once in a full run).
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !notifier.lastToast().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            // said by the assertion below
        }
        assertThat(notifier.lastToast()).as("the newest, once it closed").startsWith("3 follow-ups are due now");
    }
}
