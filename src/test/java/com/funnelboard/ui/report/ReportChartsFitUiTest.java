package com.funnelboard.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ReportFilter;
import com.funnelboard.service.ReportChart;
import com.funnelboard.service.ReportService;
import com.funnelboard.service.SamplePipeline;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;

/**
 * The charts' words whole where a chart is narrow (a column of the Reports page, the picture the command line draws): the
 * forecast's title, which says what it leaves out, was cut with "…", and the win rate above a narrow first bar reached
 * past the plot's left edge ("00 %").
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ReportChartsFitUiTest {

    @TempDir
    Path dir;

    @Test
    void aNarrowChartsTitleAndValuesAreWhole(FxRobot robot) {
        try (Store store = Fixtures.store(dir)) {
            new SamplePipeline(store).generate(7, 300, "EUR", (done, of) -> { }, () -> false);
            ReportService service = new ReportService(store, ZoneOffset.UTC);
            LocalDate today = LocalDate.now(store.clock());
            ReportsViewModel.Reports reports = ReportsViewModel.read(service, new ReportService.Period(today.minusMonths(3), today), "EUR",
                    ReportFilter.ALL);
            assertThat(reports.forecast().undatedDeals()).as("the title says what the forecast leaves out").isPositive();
            List<String> titles = new ArrayList<>();
            List<String> cut = new ArrayList<>();
            robot.interact(() -> {
                ReportCharts charts = new ReportCharts(Locale.US, null);
                charts.fill(reports, service.filterChoices());
                Region forecast = laidOut(charts.node(ReportChart.FORECAST), 420);
                javafx.scene.chart.Chart chart = (javafx.scene.chart.Chart) forecast.lookup("#report-forecast");
                titles.add(chart.getTitle());
                titles.add(((javafx.scene.text.Text) chart.lookup(".chart-title .text")).getText());
                // The left edge at a narrow chart's width; one mark over another at the picture's (1000 pixels; narrower than
                // that, a dozen sources' upright marks still touch).
                for (int width : new int[] {700, 1000}) {
                    Region rates = laidOut(charts.node(ReportChart.WIN_RATE), width);
                    Region bySource = (Region) rates.lookup("#report-by-source");
                    Bounds plot = bySource.lookup(".chart-plot-background").localToScene(bySource.lookup(".chart-plot-background")
                            .getLayoutBounds());
                    List<Bounds> drawn = new ArrayList<>();
                    for (javafx.scene.Node n : bySource.lookupAll(".bar-value")) {
                        Label value = (Label) n;
                        Bounds b = value.localToScene(value.getLayoutBounds());
                        if (b.getMinX() < plot.getMinX() - 0.5) {
                            cut.add(value.getText() + " at " + width);
                        }
                        // No mark over another (side by side over narrow bars, "50" had its "%" under the next one's).
                        for (Bounds other : width < 1000 ? List.<Bounds>of() : drawn) {
                            if (b.getMinX() < other.getMaxX() - 0.5 && other.getMinX() < b.getMaxX() - 0.5
                                    && b.getMinY() < other.getMaxY() - 0.5 && other.getMinY() < b.getMaxY() - 0.5) {
                                cut.add(value.getText() + " over another");
                            }
                        }
                        drawn.add(b);
                    }
                    ((StackPane) rates).getChildren().clear(); // the chart is laid out again in the next scene
                }
            });
            assertThat(titles.get(1)).as("whole, on two lines").isEqualTo(titles.get(0));
            assertThat(cut).as("values cut at the plot's left edge, or over another").isEmpty();
        }
    }

    /** The node in a scene of its own, {@code width} wide, styled and laid out as the page would. */
    private static Region laidOut(Region node, double width) {
        StackPane page = new StackPane(node);
        Scene scene = new Scene(page, width, 360);
        scene.getStylesheets().add(com.funnelboard.app.DesktopApp.stylesheet());
        scene.snapshot(null); // lays the scene out at its size
        return page;
    }
}
