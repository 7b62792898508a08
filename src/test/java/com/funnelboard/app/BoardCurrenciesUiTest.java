package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A lead column of several currencies and very large amounts: its total gives way inside its column
 * (pieces of "$11,109,999,999,997.50 + ¥1,000,000 + …" showed in the gaps between the next columns),
 * and each card writes its amount with its currency's own decimals.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class BoardCurrenciesUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    javafx.stage.Stage window;

    static final String CHINESE = "供应链管理系统全面升级项目第二期实施与培训服务合同续签及后续维护支持";
    static final String ONE_WORD = "W".repeat(95);
    static final String THAI = "ประกันภัยสำหรับพนักงานทั้งหมด";

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        Deal first = Fixtures.deal(store, "Oil pumps", Stage.LEAD, null);
        store.writeAll(r -> {
            for (Money m : java.util.List.of(new Money(1_110_999_999_999_750L, "USD"), new Money(1_000_000, "JPY"),
                    new Money(12_345_678, "KWD"), new Money(999_99, "CHF"))) {
                r.deals().insert(new Deal(UUID.randomUUID(), first.contactId(), "Deal in " + m.currency(), Stage.LEAD, m, m.currency(),
                        null, null, Fixtures.NOW.minus(Duration.ofDays(1)), null, null, null, null, Fixtures.NOW, Fixtures.NOW));
            }
            for (String title : java.util.List.of(CHINESE, ONE_WORD, THAI)) {
                r.deals().insert(new Deal(UUID.randomUUID(), first.contactId(), title, Stage.PROSPECT, new Money(123_456_789, "CNY"), "CNY",
                        null, null, Fixtures.NOW.minus(Duration.ofDays(1)), null, null, null, null, Fixtures.NOW, Fixtures.NOW));
            }
        });
        window = stage;
        app = AppWindow.show(stage, store);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aTotalOfSeveralCurrenciesStaysInItsColumnAndEachAmountHasItsCurrencysDecimals(FxRobot robot) {
        Node kwd = BoardUiTest.card(robot, "Deal in KWD");
        BoardUiTest.waitUntil(() -> robot.lookup("#total-lead").queryLabeled().getText().contains("KWD"));
        UiRobot.settle();
        assertThat(robot.from(kwd).lookup((Label l) -> "KWD12,345.678".equals(l.getText())).tryQuery()).as("three decimals").isPresent();
        assertThat(robot.from(BoardUiTest.card(robot, "Deal in JPY")).lookup((Label l) -> "¥1,000,000".equals(l.getText())).tryQuery())
                .as("none").isPresent();
        Label total = (Label) robot.lookup("#total-lead").queryLabeled();
        Node column = robot.lookup(".column-header").queryAll().stream().filter(h -> h.lookup("#total-lead") != null).findFirst().orElseThrow()
                .getParent();
        Bounds t = total.localToScene(total.getLayoutBounds());
        Bounds c = column.localToScene(column.getLayoutBounds());
        assertThat(t.getMaxX()).as("the total within its column").isLessThanOrEqualTo(c.getMaxX() + 0.5);
        assertThat(total.getText()).as("whole in its text (and tooltip)").contains("$11,109,999,999,997.50", "¥1,000,000", "KWD12,345.678",
                "CHF999.99");
    }

    /**
     * In a narrow column (a small screen, the detail pane open), a card of a long amount and a title
     * with nothing to wrap at (one long word, Chinese, Thai) stays within it: it grew past the
     * column's edge, its days, date and score cut off.
     */
    @Test
    void aCardStaysWithinANarrowColumn(FxRobot robot) {
        robot.interact(() -> window.setWidth(900));
        UiRobot.settle();
        Node column = robot.lookup(".column-header").queryAll().stream().filter(h -> h.lookup("#total-prospect") != null).findFirst()
                .orElseThrow().getParent();
        for (String title : java.util.List.of(CHINESE, ONE_WORD, THAI)) {
            Node card = robot.from(BoardUiTest.card(robot, title)).lookup(".deal-card").query();
            UiRobot.settle();
            Bounds b = card.localToScene(card.getLayoutBounds());
            Bounds c = column.localToScene(column.getLayoutBounds());
            assertThat(b.getMaxX()).as(title).isLessThanOrEqualTo(c.getMaxX() + 0.5);
        }
    }
}
