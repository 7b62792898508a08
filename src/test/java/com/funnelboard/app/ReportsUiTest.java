package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.DealService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Reports page (Ctrl+5): the figures and charts of the period, read again when a deal moves. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ReportsUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    DealService deals;
    Deal a;
    Deal b;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "Ida Berg <ida@nordwind.example>");
        a = Fixtures.deal(store, "Alpha", Stage.LEAD, 1000_00L);
        b = Fixtures.deal(store, "Beta", Stage.LEAD, 3000_00L);
        deals.move(new MoveRequest(a.id(), Stage.LOST, List.of(), null, LostReason.NO_BUDGET, null));
        new com.funnelboard.service.PeopleService(store).reassign(a.id(), "max@nordwind.example", LONG_NAME);
        app = AppWindow.show(stage, store);
        stage.setWidth(1400);
        stage.setHeight(900);
    }

    @AfterEach
    void close() {
        app.close();
    }

    static final String LONG_NAME = "Maximiliana Alexandra von Hohenzollern-Sigmaringen";

    @Test
    void theReportsShowTheQuartersFiguresAndFollowAMove(FxRobot robot) {
        BoardUiTest.card(robot, "Beta");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#figure-win-rate").queryLabeled().getText().equals("0 %"));
        @SuppressWarnings("unchecked")
        BarChart<String, Number> lost = robot.lookup("#report-lost").queryAs(BarChart.class);
        // Each reason with the value lost under its name, and its count on its bar (the chart said nothing of the value).
        assertThat(lost.getData().getFirst().getData()).extracting(d -> d.getXValue().lines().findFirst().orElseThrow())
                .containsExactly(LostReason.NO_BUDGET.label());
        assertThat(lost.getData().getFirst().getData().getFirst().getXValue()).matches("(?s).*\\n.*\\d.*");
        BoardUiTest.waitUntil(() -> robot.lookup("#report-lost .bar-value").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> "1".equals(l.getText()) && l.isVisible()));
        // A chart with nothing to draw says so instead of showing bare axes; a win rate of 0 % is drawn.
        assertThat(robot.lookup("#report-lost-nothing").query().isVisible()).isFalse();
        // One lost deal: an axis from 0 to 1 in whole steps (its auto-ranged ticks were tenths, and only "0" was labelled).
        javafx.scene.chart.NumberAxis lostCounts = (javafx.scene.chart.NumberAxis) lost.getYAxis();
        assertThat(lostCounts.getTickUnit()).isEqualTo(1.0);
        assertThat(lostCounts.getUpperBound()).as("room for the count over the bar").isGreaterThan(1.0);
        assertThat(lostCounts.getTickLabelFormatter().toString(lostCounts.getUpperBound())).as("the axis marked up to 1 only").isEmpty();
        assertThat(lostCounts.getTickLabelFormatter().toString(1)).isEqualTo("1");
        assertThat(robot.lookup("#report-by-source-nothing").query().isVisible()).as("0 %: one lost, none won").isFalse();
        // The 0 % is written where its bar would be: the bar has no height, and nothing marked the rate at all.
        BoardUiTest.waitUntil(() -> robot.lookup("#report-by-source .bar-value").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> "0 %".equals(l.getText()) && l.isVisible() && l.getHeight() > 0));
        assertThat(robot.lookup("#report-forecast-nothing").queryLabeled().isVisible()).as("nothing expected to close, nothing won").isTrue();
        assertThat(robot.lookup("#report-forecast").queryAs(BarChart.class).getTitle()).as("Beta, open with no close date, said by the chart")
                .isEqualTo("Forecast by close month \u2014 not in it: 1 open deal with no expected close date (weighted \u20AC300)");
        assertThat(robot.lookup("#report-forecast").queryAs(BarChart.class).getXAxis().getOpacity()).isZero();
        // The charts' colours are the theme's: the first series in its accent.
        javafx.scene.layout.Region first = new javafx.scene.layout.Region();
        javafx.scene.layout.Region accent = new javafx.scene.layout.Region();
        first.setStyle("-fx-background-color: -color-chart-1;");
        accent.setStyle("-fx-background-color: -color-accent-emphasis;");
        javafx.scene.layout.Pane page = robot.lookup("#reports-page").queryAs(javafx.scene.layout.Region.class).getParent() instanceof javafx.scene.layout.Pane p ? p : null;
        assertThat(page).isNotNull();
        robot.interact(() -> {
            page.getChildren().addAll(first, accent);
            first.applyCss();
            accent.applyCss();
        });
        assertThat(first.getBackground().getFills().getFirst().getFill()).isEqualTo(accent.getBackground().getFills().getFirst().getFill());
        robot.interact(() -> page.getChildren().removeAll(first, accent));
        @SuppressWarnings("unchecked")
        javafx.scene.chart.XYChart<String, Number> pipeline = robot.lookup("#report-pipeline").queryAs(javafx.scene.chart.XYChart.class);
        assertThat(pipeline.getData()).extracting(s -> s.getName()).containsExactly("Lead (EUR)", "Prospect (EUR)", "Opportunity (EUR)");
        assertThat(pipeline.getData().getFirst().getData().getLast().getYValue().doubleValue()).as("Beta, open in Lead").isEqualTo(3000.0);
        // Each stage in the board's colour: the area of Lead is as grey as the Lead column's underline (it was blue, Prospect's).
        javafx.scene.Node leadArea = pipeline.lookup(".default-color0.chart-series-area-fill");
        javafx.scene.layout.Region leadColumn = (javafx.scene.layout.Region) robot.lookup(".stage-lead .column-header").query();
        assertThat(((javafx.scene.shape.Shape) leadArea).getFill()).isEqualTo(leadColumn.getBorder().getStrokes().getFirst().getBottomStroke());

        robot.interact(() -> { });
        deals.move(new MoveRequest(b.id(), Stage.WON, List.of(), "Signed", null, null));
        BoardUiTest.waitUntil(() -> robot.lookup("#figure-win-rate").queryLabeled().getText().equals("50 %"));
        assertThat(robot.lookup("#figure-deal-size").queryLabeled().getText()).isEqualTo("\u20AC3,000");
        assertThat(robot.lookup("#figure-open-deals").queryLabeled().getText()).as("nothing open now").isEqualTo("0");
        // The moves past a failing checklist are counted, the latest with its reason in the tooltip.
        javafx.scene.control.Labeled overridden = robot.lookup("#figure-overrides").queryLabeled();
        assertThat(overridden.getText()).matches("[1-9][0-9]* moves?");
        assertThat(overridden.getTooltip().getText()).contains("Won \u00B7 ", ": Signed").as("people by name, as History names them")
                .doesNotContain("<");
        // All of them in a table, not only the tooltip's latest eight (the rest were on the command line only).
        robot.clickOn("#overrides-all");
        BoardUiTest.waitUntil(() -> robot.lookup("#overrides-table").tryQuery().isPresent());
        javafx.scene.control.TableView<?> all = robot.lookup("#overrides-table").queryTableView();
        assertThat(all.getItems()).hasSize(Integer.parseInt(overridden.getText().replaceAll("\\D", "")));
        assertThat(all.getItems().getFirst().toString()).contains("Won", "Signed");
        javafx.scene.control.Labeled reason = robot.from(all).lookup(".table-cell").match((javafx.scene.control.Labeled c) -> "Signed".equals(c.getText()))
                .queryLabeled();
        assertThat(reason.getTooltip().isWrapText()).as("a long reason wraps in its tooltip, not one line off the screen").isTrue();
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(all.getScene(), "overrides-dialog"));
        robot.interact(() -> ((javafx.stage.Stage) all.getScene().getWindow()).close());
        javafx.util.StringConverter<Number> ticks = ((javafx.scene.chart.NumberAxis) lost.getYAxis()).getTickLabelFormatter();
        assertThat(ticks.toString(2.5)).as("no half deals on the count axis").isEmpty();
        assertThat(ticks.toString(0.0)).isEqualTo("0");
        @SuppressWarnings("unchecked")
        BarChart<String, Number> byMonth = robot.lookup("#report-by-month").queryAs(BarChart.class);
        assertThat(byMonth.getData().getFirst().getData()).as("won 1 of 2 closed this month").extracting(d -> d.getYValue().intValue()).containsExactly(50);
        // Drawn at their width at the page's first showing (hair-thin until it was shown again): two owners, two bars.
        @SuppressWarnings("unchecked")
        BarChart<String, Number> owners = robot.lookup("#report-by-owner").queryAs(BarChart.class);
        assertThat(owners.getData().getFirst().getData()).hasSize(2);
        BoardUiTest.waitUntil(() -> owners.getData().getFirst().getData().stream().allMatch(d -> d.getNode() != null
                && ((javafx.scene.layout.Region) d.getNode()).getWidth() > 20));
        // Each rate is written just above its bar, never across it (inside a narrow bar's top, it lay over it like a lid), and a
        // full bar leaves room for its value under the chart's top.
        UiRobot.settle();
        for (javafx.scene.control.Label value : robot.lookup("#report-by-month .bar-value").queryAllAs(javafx.scene.control.Label.class)) {
            javafx.geometry.Bounds label = value.localToScene(value.getBoundsInLocal());
            javafx.geometry.Bounds bar = value.getParent().localToScene(value.getParent().getLayoutBounds());
            assertThat(label.getMaxY()).as(value.getText() + " above its bar").isLessThanOrEqualTo(bar.getMinY() + 0.5);
            javafx.scene.chart.NumberAxis rates = (javafx.scene.chart.NumberAxis) byMonth.getYAxis();
            assertThat(rates.getDisplayPosition(100)).as("room above a bar of 100 %").isGreaterThanOrEqualTo(value.getHeight());
            assertThat(rates.getTickLabelFormatter().toString(rates.getUpperBound())).as("the axis marked up to 100 only").isEmpty();
        }

        // A long name is written short under its bar, whole in the bar's tooltip: upright, two long names took the chart's
        // whole height and no bar was drawn; and the axis keeps its "100" (hidden by the empty label of its top).
        @SuppressWarnings("unchecked")
        BarChart<String, Number> byOwner = robot.lookup("#report-by-owner").queryAs(BarChart.class);
        BoardUiTest.waitUntil(() -> !byOwner.getData().isEmpty() && byOwner.getData().getFirst().getData().stream()
                .anyMatch(d -> LONG_NAME.equals(d.getExtraValue())));
        UiRobot.settle();
        java.util.List<String> ownerLabels = byOwner.getXAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        assertThat(ownerLabels).contains("Maximiliana Ale\u2026").doesNotContain(LONG_NAME);
        java.util.List<String> rateLabels = byOwner.getYAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text t && t.isVisible()).map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        assertThat(rateLabels).contains("100", "0");

        // A click on the Website bar of the win rate by source opens the board filtered by that source.
        @SuppressWarnings("unchecked")
        BarChart<String, Number> bySource = robot.lookup("#report-by-source").queryAs(BarChart.class);
        BoardUiTest.waitUntil(() -> !bySource.getData().isEmpty() && !bySource.getData().getFirst().getData().isEmpty());
        robot.interact(() -> robot.lookup("#reports-page").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn(bySource.getData().getFirst().getData().getFirst().getNode());
        BoardUiTest.waitUntil(() -> "website".equals(robot.lookup("#filter-source").queryComboBox().getValue()));
        javafx.scene.control.ComboBox<String> shownSource = robot.lookup("#filter-source").queryComboBox();
        assertThat(shownSource.getConverter().toString(shownSource.getValue())).as("the label, not the key").isEqualTo("Website");
        assertThat(robot.lookup("#reports-page").query().isVisible()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        // Shown from the board's keys, Page Down scrolls the page (it went to the board's hidden cards until Tab).
        javafx.scene.control.ScrollPane scrolled = robot.lookup("#reports-page").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scrolled.setVvalue(0));
        BoardUiTest.waitUntil(() -> scrolled.isFocused(), () -> String.valueOf(scrolled.getScene().getFocusOwner()));
        robot.type(KeyCode.PAGE_DOWN);
        BoardUiTest.waitUntil(() -> scrolled.getVvalue() > 0);

        // A click on the funnel's Won bar: the board's chip names the whole range (it was cut to "Entered Won Oct 1, 20…").
        @SuppressWarnings("unchecked")
        BarChart<String, Number> funnel = robot.lookup("#report-funnel").queryAs(BarChart.class);
        BoardUiTest.waitUntil(() -> !funnel.getData().isEmpty() && funnel.getData().getFirst().getData().size() == 4);
        // Under each stage its conversion from the one before, on each bar its count (read off the axis's ticks before).
        var stages = funnel.getData().getFirst().getData();
        assertThat(stages.getFirst().getXValue()).isEqualTo("Lead");
        for (int i = 1; i < stages.size(); i++) {
            if (stages.get(i - 1).getYValue().intValue() > 0) {
                assertThat(stages.get(i).getXValue()).matches("(?s)\\w+\\n\\d+ % of " + stages.get(i - 1).getXValue().lines().findFirst().orElseThrow());
            }
        }
        assertThat(robot.lookup("#report-funnel .bar-value").queryAllAs(javafx.scene.control.Label.class)).extracting(l -> l.getText())
                .contains(String.valueOf(stages.getFirst().getYValue().intValue()));
        // A stage's bars stand together, a third of a category's room between stages (10 px put one stage's bar against the next's).
        double perCategory = funnel.getXAxis().getWidth() / 4;
        assertThat(funnel.getCategoryGap()).as("of %.0f px a stage", perCategory).isCloseTo(perCategory / 3, org.assertj.core.data.Offset.offset(1.0));
        robot.interact(() -> robot.lookup("#reports-page").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.interact(() -> funnel.getScene().getWindow().setWidth(1366)); // a laptop's screen
        robot.clickOn(funnel.getData().getFirst().getData().getLast().getNode());
        BoardUiTest.waitUntil(() -> robot.lookup("#filter-report").queryButton().isVisible());
        javafx.scene.control.Button chip = robot.lookup("#filter-report").queryButton();
        UiRobot.settle();
        assertThat(chip.getText()).startsWith("Entered Won");
        assertThat(chip.isTextTruncated()).as(chip.getText() + " whole").isFalse();
        // Beside the chip the bar's last button stays in the window (at 1366 px with the pane it ran past the edge, "Cle").
        javafx.scene.control.Button clearAll = robot.lookup("#filter-clear").queryButton();
        assertThat(robot.lookup("#filter-more").queryAs(javafx.scene.control.Labeled.class).getContentDisplay())
                .as("More filters gives way to the chip, as in a narrow window").isEqualTo(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        assertThat(clearAll.localToScene(clearAll.getBoundsInLocal()).getMaxX()).as("Clear in sight")
                .isLessThanOrEqualTo(clearAll.getScene().getWidth());
        robot.interact(() -> clearAll.getScene().getWindow().setWidth(1400));
        robot.clickOn(chip); // the chip's × lets the range go
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);

        // The source filter offers the deals' source; another source leaves nothing won or lost.
        javafx.scene.control.ComboBox<String> source = robot.lookup("#report-source").queryComboBox();
        BoardUiTest.waitUntil(() -> source.getItems().contains("website"));
        robot.interact(() -> source.setValue("referral"));
        BoardUiTest.waitUntil(() -> robot.lookup("#figure-win-rate").queryLabeled().getText().equals("\u2014"));
        // A chart's picture is taken as it shows, at its size on screen.
        com.funnelboard.service.ReportPng.Picture[] picture = new com.funnelboard.service.ReportPng.Picture[1];
        robot.interact(() -> picture[0] = com.funnelboard.ui.report.ReportExports.picture(lost));
        assertThat(picture[0].width()).isEqualTo((int) Math.ceil(lost.getWidth()));
        assertThat(picture[0].height()).isGreaterThanOrEqualTo(240);
        assertThat(robot.lookup("#export-report-lost").tryQuery()).isPresent();

        // A custom range's days are read as every date field reads them; what names no day stays, marked, and changes nothing.
        robot.interact(() -> robot.lookup("#report-range").queryComboBox().getSelectionModel().select(
                com.funnelboard.ui.report.ReportsViewModel.Range.CUSTOM));
        javafx.scene.control.DatePicker lastDay = robot.lookup("#report-last").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(lastDay.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("30.01.2026").type(KeyCode.ENTER);
        assertThat(lastDay.getValue()).isEqualTo(java.time.LocalDate.of(2026, 1, 30));
        robot.clickOn(lastDay.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("the end").type(KeyCode.ENTER);
        assertThat(lastDay.getValue()).as("kept").isEqualTo(java.time.LocalDate.of(2026, 1, 30));
        assertThat(lastDay.getEditor().getText()).isEqualTo("the end");
        assertThat(lastDay.getEditor().getPseudoClassStates()).contains(atlantafx.base.theme.Styles.STATE_DANGER);
        assertThat(lastDay.getTooltip().getText()).startsWith("Not a date");

        // The command line's --png draws each chart the same way, on a scene that is never shown, at a fixed size.
        com.funnelboard.service.ReportService service = new com.funnelboard.service.ReportService(store, ZoneOffset.UTC);
        com.funnelboard.service.ReportService.Period year = new com.funnelboard.service.ReportService.Period(
                java.time.LocalDate.ofInstant(Fixtures.NOW, ZoneOffset.UTC).withDayOfYear(1), java.time.LocalDate.ofInstant(Fixtures.NOW, ZoneOffset.UTC));
        com.funnelboard.ui.report.ReportsViewModel.Reports read = com.funnelboard.ui.report.ReportsViewModel.read(service, year, "EUR",
                com.funnelboard.domain.ReportFilter.ALL);
        for (com.funnelboard.service.ReportChart chart : com.funnelboard.service.ReportChart.values()) {
            robot.interact(() -> picture[0] = com.funnelboard.ui.report.ReportPictures.draw(chart, read, service.filterChoices(), Locale.UK, DesktopApp.stylesheet()));
            assertThat(picture[0].width()).as(chart.name()).isEqualTo(1000);
            assertThat(picture[0].height()).as(chart.name()).isEqualTo(420);
            // (The tests do not draw frames — quantum.norenderjobs — so the pixels are blank here; LauncherIT checks them.)
        }
    }
}
