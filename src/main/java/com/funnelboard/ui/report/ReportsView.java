package com.funnelboard.ui.report;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.Money;
import com.funnelboard.service.ReportService;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Reports page: key figures (win rate, deal size, cycle, velocity), the funnel, the forecast
 * by month and the lost reasons, as JavaFX charts in the theme's colours.
 */
public final class ReportsView extends ScrollPane {

    private final Locale locale;
    private final Label winRate = figure("win-rate");
    private final Label dealSize = figure("deal-size");
    private final Label cycle = figure("cycle");
    private final Label velocity = figure("velocity");
    private final BarChart<String, Number> funnel = chart("Funnel: deals that entered each stage", "report-funnel");
    private final BarChart<String, Number> forecast = chart("Forecast by close month", "report-forecast");
    private final BarChart<String, Number> lost = chart("Lost reasons", "report-lost");
    private final BarChart<String, Number> bySource = chart("Win rate by source (%)", "report-by-source");
    private final ReportsViewModel model;
    private final StackedAreaChart<String, Number> pipeline = pipelineChart();
    private final Label notes = new Label();

    public ReportsView(ReportsViewModel model, Locale locale) {
        this.locale = locale;
        this.model = model;
        setId("reports-page");
        setFitToWidth(true);
        ComboBox<ReportsViewModel.Range> range = new ComboBox<>();
        range.setId("report-range");
        range.getItems().setAll(ReportsViewModel.Range.values());
        range.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ReportsViewModel.Range r) {
                return r == null ? "" : r.label();
            }

            @Override
            public ReportsViewModel.Range fromString(String s) {
                return null;
            }
        });
        range.valueProperty().bindBidirectional(model.rangeProperty());
        Label title = new Label("Reports");
        title.getStyleClass().add(Styles.TITLE_3);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ReportFilters filters = new ReportFilters(model);
        HBox head = new HBox(8, title, gap, filters.owner(), filters.source(), filters.industry(), range);
        head.setAlignment(Pos.CENTER_LEFT);
        ReportExports exports = new ReportExports(model, this);
        FlowPane figures = new FlowPane(24, 8, box("Win rate", winRate), box("Average deal size", dealSize), box("Sales cycle", cycle),
                box("Velocity", velocity));
        notes.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        notes.setWrapText(true);
        VBox content = new VBox(14, head, figures, exports.wrap(funnel, ReportsViewModel.Chart.FUNNEL),
                exports.wrap(pipeline, ReportsViewModel.Chart.PIPELINE), exports.wrap(forecast, ReportsViewModel.Chart.FORECAST),
                exports.wrap(lost, ReportsViewModel.Chart.LOST), bySource, notes);
        content.setPadding(new Insets(12));
        setContent(content);
        model.shownProperty().addListener((o, a, r) -> show(r));
        visibleProperty().addListener((o, was, is) -> model.setShowing(is));
        sceneProperty().addListener((o, was, is) -> model.setShowing(is != null && isVisible()));
    }

    private void show(ReportsViewModel.Reports r) {
        if (r == null) {
            return;
        }
        ReportService.Velocity v = r.velocity();
        winRate.setText(v.overall().rate() == null ? "\u2014" : String.format(locale, "%.0f %%", v.overall().rate() * 100));
        winRate.setTooltip(new javafx.scene.control.Tooltip(v.overall().won() + " won, " + v.overall().lost() + " lost"));
        dealSize.setText(money(v.averageDealSize()));
        cycle.setText(v.cycleDays() == null ? "\u2014" : String.format(locale, "%.0f days", v.cycleDays()));
        velocity.setText(v.perDay() == null ? "\u2014" : money(v.perDay()) + " / day");

        XYChart.Series<String, Number> entered = new XYChart.Series<>();
        entered.setName("Entered");
        XYChart.Series<String, Number> fromBefore = new XYChart.Series<>();
        fromBefore.setName("From the stage before");
        for (ReportService.FunnelStage s : r.funnel().stages()) {
            entered.getData().add(new XYChart.Data<>(s.stage().label(), s.entered()));
            fromBefore.getData().add(new XYChart.Data<>(s.stage().label(), s.fromPrevious()));
        }
        funnel.getData().setAll(java.util.List.of(entered, fromBefore));
        for (int i = 0; i < r.funnel().stages().size(); i++) {
            com.funnelboard.domain.Stage stage = r.funnel().stages().get(i).stage();
            clickable(entered.getData().get(i), new ReportBar.InStage(stage));
            clickable(fromBefore.getData().get(i), new ReportBar.InStage(stage, i == 0 ? null : r.funnel().stages().get(i - 1).stage()));
        }

        XYChart.Series<String, Number> weighted = new XYChart.Series<>();
        weighted.setName("Open, weighted (" + r.forecast().currency() + ")");
        XYChart.Series<String, Number> won = new XYChart.Series<>();
        won.setName("Won (" + r.forecast().currency() + ")");
        java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", locale);
        for (ReportService.ForecastMonth m : r.forecast().months()) {
            weighted.getData().add(new XYChart.Data<>(month.format(m.month()), m.weighted().amount()));
            won.getData().add(new XYChart.Data<>(month.format(m.month()), m.won().amount()));
        }
        forecast.getData().setAll(java.util.List.of(weighted, won));
        for (int i = 0; i < r.forecast().months().size(); i++) {
            java.time.YearMonth m = r.forecast().months().get(i).month();
            clickable(weighted.getData().get(i), new ReportBar.Month(m, false));
            clickable(won.getData().get(i), new ReportBar.Month(m, true));
        }

        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM", locale);
        java.util.List<XYChart.Series<String, Number>> open = new java.util.ArrayList<>();
        for (com.funnelboard.domain.Stage st : ReportService.OPEN) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(st.label() + " (" + r.pipeline().currency() + ")");
            for (ReportService.PipelinePoint pt : r.pipeline().points()) {
                series.getData().add(new XYChart.Data<>(day.format(pt.day()), pt.value().get(st).amount()));
            }
            open.add(series);
        }
        pipeline.getData().setAll(open);

        XYChart.Series<String, Number> reasons = new XYChart.Series<>();
        reasons.setName("Deals lost");
        r.lost().rows().forEach(row -> reasons.getData().add(new XYChart.Data<>(row.reason().label(), row.deals())));
        lost.getData().setAll(java.util.List.of(reasons));
        for (int i = 0; i < r.lost().rows().size(); i++) {
            clickable(reasons.getData().get(i), new ReportBar.Reason(r.lost().rows().get(i).reason()));
        }

        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        rates.setName("Won of won and lost");
        java.util.List<ReportService.WinRate> sources = v.bySource().stream().filter(w -> w.rate() != null).toList();
        sources.forEach(w -> rates.getData().add(new XYChart.Data<>(
                com.funnelboard.domain.LeadSource.parse(w.group()).map(com.funnelboard.domain.LeadSource::label).orElse(w.group()),
                Math.round(w.rate() * 100))));
        bySource.getData().setAll(java.util.List.of(rates));
        for (int i = 0; i < sources.size(); i++) {
            clickable(rates.getData().get(i), new ReportBar.Source("(none)".equals(sources.get(i).group()) ? null : sources.get(i).group()));
        }

        StringBuilder n = new StringBuilder(r.funnel().period().first() + " \u2013 " + r.funnel().period().last() + ". ");
        if (r.forecast().undatedDeals() > 0) {
            n.append(r.forecast().undatedDeals()).append(" open deals have no expected close date (weighted ")
                    .append(money(r.forecast().undatedWeighted())).append("). ");
        }
        if (v.otherCurrencies() > 0 || r.forecast().otherCurrencies() > 0) {
            n.append("Deals in other currencies than ").append(r.forecast().currency()).append(" are left out of the amounts. ");
        }
        r.lost().rows().stream().flatMap(row -> row.notes().stream()).limit(10).forEach(note -> n.append("\nOther: ").append(note));
        notes.setText(n.toString());
    }

    /** A bar that opens its deals on the board when clicked: a hand cursor and a tooltip say so. */
    private void clickable(XYChart.Data<String, Number> d, ReportBar bar) {
        java.util.function.Consumer<javafx.scene.Node> wire = node -> {
            node.setCursor(javafx.scene.Cursor.HAND);
            javafx.scene.control.Tooltip.install(node, new javafx.scene.control.Tooltip(ReportBar.TOOLTIP));
            node.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    model.showOnBoard(bar);
                }
            });
        };
        if (d.getNode() != null) {
            wire.accept(d.getNode());
        } else {
            d.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    wire.accept(node);
                }
            });
        }
    }

    private String money(Money m) {
        return m == null ? "\u2014" : m.formatWhole(locale);
    }

    private static Label figure(String id) {
        Label l = new Label("\u2014");
        l.setId("figure-" + id);
        l.getStyleClass().add(Styles.TITLE_2);
        return l;
    }

    private static VBox box(String caption, Label value) {
        Label c = new Label(caption);
        c.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(2, c, value);
    }

    private static StackedAreaChart<String, Number> pipelineChart() {
        StackedAreaChart<String, Number> c = new StackedAreaChart<>(new CategoryAxis(), new NumberAxis());
        c.setTitle("Pipeline over time: open value per stage at the end of each week");
        c.setId("report-pipeline");
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setPrefHeight(280);
        c.setMinHeight(240);
        return c;
    }

    private static BarChart<String, Number> chart(String title, String id) {
        BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), new NumberAxis());
        c.setTitle(title);
        c.setId(id);
        c.setAnimated(false);
        c.setPrefHeight(280);
        c.setMinHeight(240);
        return c;
    }
}
