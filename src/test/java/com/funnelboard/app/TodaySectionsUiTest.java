package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.followup.TodayView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Today with many overdue follow-ups: every section shows its true count and its first rows, with Show more. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class TodaySectionsUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        Deal deal = Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        List<FollowUp> all = new ArrayList<>();
        for (int i = 1; i <= 130; i++) {
            all.add(new FollowUp(UUID.randomUUID(), deal.id(), Fixtures.NOW.minus(Duration.ofMinutes(i)), FollowUpKind.CALL, "overdue " + i,
                    null));
        }
        all.add(new FollowUp(UUID.randomUUID(), deal.id(), Fixtures.NOW.plus(Duration.ofHours(2)), FollowUpKind.EMAIL, "today", null));
        for (int d = 1; d <= 3; d++) {
            all.add(new FollowUp(UUID.randomUUID(), deal.id(), Fixtures.NOW.plus(Duration.ofDays(d)), FollowUpKind.MEETING, "soon " + d, null));
        }
        store.writeAll(r -> all.forEach(r.followUps()::insert));
        app = AppWindow.show(stage, store);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    List<Object> rows(FxRobot robot) {
        return ((ListView<Object>) robot.lookup("#today-list").queryAs(ListView.class)).getItems();
    }

    @Test
    void aLongOverdueSectionDoesNotHideTheOthers(FxRobot robot) {
        robot.clickOn("#page-today");
        BoardUiTest.waitUntil(() -> rows(robot).stream().anyMatch(r -> r instanceof TodayView.More));
        List<Object> rows = rows(robot);
        assertThat(rows.stream().filter(r -> r instanceof TodayView.Heading).map(r -> ((TodayView.Heading) r).text() + " "
                + ((TodayView.Heading) r).count())).containsExactly("Overdue 130", "Due today 1", "Next 7 days 3");
        assertThat(rows.stream().filter(r -> r instanceof TodayView.Item i && i.due() == com.funnelboard.domain.FollowUpDue.OVERDUE))
                .hasSize(50);
        assertThat(rows).anyMatch(r -> r instanceof TodayView.More m && m.left() == 80);
        assertThat(robot.lookup("#today-badge").queryLabeled().getText()).isEqualTo("131");

        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#today-list").queryAs(ListView.class);
        int more = rows.indexOf(rows.stream().filter(r -> r instanceof TodayView.More).findFirst().orElseThrow());
        robot.interact(() -> list.scrollTo(more));
        BoardUiTest.waitUntil(() -> robot.lookup("#show-more-overdue").tryQuery().isPresent());
        robot.clickOn("#show-more-overdue");
        BoardUiTest.waitUntil(() -> rows(robot).stream().filter(r -> r instanceof TodayView.Item i
                && i.due() == com.funnelboard.domain.FollowUpDue.OVERDUE).count() == 100);
        assertThat(rows(robot)).anyMatch(r -> r instanceof TodayView.More m && m.left() == 30);
    }

    /**
     * Where the list is narrow (a 1024-px window beside an open deal, or a smaller window: with nothing
     * open the pane steps aside) Done and Snooze show their icons only, so the deal's title has room.
     */
    @Test
    void aNarrowListShowsTheButtonsIconsOnly(FxRobot robot) {
        robot.clickOn("#page-today");
        BoardUiTest.waitUntil(() -> robot.lookup(".today-item .button").tryQuery().isPresent());
        javafx.stage.Window window = robot.lookup("#today-list").query().getScene().getWindow();
        robot.interact(() -> window.setWidth(1500));
        // The list's width is read as a property from this thread: its bounds are computed on the FX thread only.
        BoardUiTest.waitUntil(() -> robot.lookup("#today-list").queryAs(javafx.scene.layout.Region.class).getWidth() >= TodayView.NARROW);
        UiRobot.settle();
        javafx.scene.control.Labeled done = robot.lookup(n -> n.getId() != null && n.getId().startsWith("done-")).queryAs(javafx.scene.control.Labeled.class);
        assertThat(done.getContentDisplay()).isEqualTo(javafx.scene.control.ContentDisplay.LEFT);
        robot.interact(() -> window.setWidth(740));
        BoardUiTest.waitUntil(() -> robot.lookup("#today-list").queryAs(javafx.scene.layout.Region.class).getWidth() < TodayView.NARROW);
        UiRobot.settle();
        try {
            for (javafx.scene.Node n : robot.lookup(x -> x.getId() != null && (x.getId().startsWith("done-") || x.getId().startsWith("snooze-"))).queryAll()) {
                assertThat(((javafx.scene.control.Labeled) n).getContentDisplay()).as(n.getId()).isEqualTo(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }
        } finally {
            robot.interact(() -> window.setWidth(1366)); // the next test's window is this one
        }
    }
}
