package com.funnelboard.ui.report;

import com.funnelboard.ui.common.SafeWrap;
import com.funnelboard.service.ReportService;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Reports page's charts, filled from a set of reports: the funnel, the pipeline over time, the
 * forecast by month, the lost reasons and the win rates by source and by owner. The page shows them
 * with bars that open their deals on the board; the command line's {@code --png} draws one of them
 * the same way, without a window.
 */
final class ReportCharts {

    private final Locale locale;
    private final Consumer<ReportBar> onClick;
    final BarChart<String, Number> funnel = chart("Funnel: deals that entered each stage", "report-funnel");
    private static final String FORECAST = "Forecast by close month";
    final BarChart<String, Number> forecast = chart(FORECAST, "report-forecast");
    final BarChart<String, Number> lost = chart("Lost reasons", "report-lost");
    final StackedAreaChart<String, Number> pipeline = pipelineChart();
    private final BarChart<String, Number> bySource = chart("By source", "report-by-source");
    private final BarChart<String, Number> byOwner = chart("By owner", "report-by-owner");
    private final BarChart<String, Number> byMonth = chart("By month", "report-by-month");
    /** The win rates by month, by source and by owner side by side under one title, exported together as one table. */
    final javafx.scene.layout.VBox winRates;
    /** A chart with nothing to draw says so in a sentence under its title, in place of bare axes. */
    /** The win-rate axes' upper bound: above 100 %, the room for a full bar's value. */
    static final double RATE_AXIS_TOP = 120;

    private final java.util.Map<XYChart<String, Number>, javafx.scene.control.Label> nothingYet = new java.util.HashMap<>();
    private final java.util.Map<XYChart<String, Number>, javafx.scene.layout.StackPane> frames = new java.util.HashMap<>();

    /** @param onClick what a click on a bar does (null: the bars are pictures only) */
    ReportCharts(Locale locale, Consumer<ReportBar> onClick) {
        this.locale = locale;
        this.onClick = onClick;
        javafx.scene.control.Label heading = new javafx.scene.control.Label("Win rate: the share of closed deals that were won (%)");
        heading.getStyleClass().addAll("chart-title", atlantafx.base.theme.Styles.TITLE_4);
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setAlignment(javafx.geometry.Pos.CENTER);
        framed(funnel, "No deal entered a stage in this period.");
        framed(pipeline, "No open deals in this period.");
        framed(forecast, "No open deal is expected to close in these months, and none was won.");
        framed(lost, "No deal was lost in this period.");
        for (BarChart<String, Number> c : java.util.List.of(byMonth, bySource, byOwner)) {
            framed(c, "No deal was won or lost in this period.");
        }
        HBox row = new HBox(12, frames.get(byMonth), frames.get(bySource), frames.get(byOwner));
        winRates = new javafx.scene.layout.VBox(4, heading, row);
        winRates.setId("report-win-rates");
        for (BarChart<String, Number> c : java.util.List.of(byMonth, bySource, byOwner)) {
            HBox.setHgrow(frames.get(c), Priority.ALWAYS);
            frames.get(c).setMinWidth(0);
            c.setLegendVisible(false);
            c.setMinWidth(0);
            NumberAxis percent = (NumberAxis) c.getYAxis();
            percent.setAutoRanging(false);
            // Room above a bar of 100 % for its value, which is written above every bar (see BarFigures.onBar); the axis is
            // marked up to 100 only.
            percent.setUpperBound(RATE_AXIS_TOP);
            // A whole step above 100: the top's own tick, a part of a step above the "100", hid that label on a chart made
            // short (its empty label overlapped it).
            percent.setTickUnit(20);
            percent.setTickLabelFormatter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Number n) {
                    return n.doubleValue() > 100 ? "" : Long.toString(Math.round(n.doubleValue()));
                }

                @Override
                public Number fromString(String s) {
                    return Double.valueOf(s);
                }
            });
        }
    }

    /** The node that shows {@code chart}. */
    Region node(com.funnelboard.service.ReportChart chart) {
        return switch (chart) {
            case FUNNEL -> frames.get(funnel);
            case PIPELINE -> frames.get(pipeline);
            case FORECAST -> frames.get(forecast);
            case LOST -> frames.get(lost);
            case WIN_RATE -> winRates;
        };
    }

    void fill(ReportsViewModel.Reports r, ReportService.FilterChoices choices) {
        ReportService.Velocity v = r.velocity();
        XYChart.Series<String, Number> entered = new XYChart.Series<>();
        entered.setName("Entered");
        XYChart.Series<String, Number> fromBefore = new XYChart.Series<>();
        fromBefore.setName("From the stage before");
        // Each stage's conversion from the one before under its name ("Prospect / 66 % of Lead"), and each bar's count on it: a
        // manager read the funnel's rates off the axis's ticks.
        java.util.List<ReportService.FunnelStage> stages = r.funnel().stages();
        for (int i = 0; i < stages.size(); i++) {
            ReportService.FunnelStage s = stages.get(i);
            ReportService.FunnelStage before = i == 0 ? null : stages.get(i - 1);
            String category = BarFigures.funnelCategory(s, before, locale);
            String whole = BarFigures.funnelTip(s, before, locale);
            XYChart.Data<String, Number> in = new XYChart.Data<>(category, s.entered(), whole);
            XYChart.Data<String, Number> on = new XYChart.Data<>(category, s.fromPrevious(), whole);
            entered.getData().add(in);
            fromBefore.getData().add(on);
        }
        funnel.getData().setAll(java.util.List.of(entered, fromBefore));
        counted(funnel, stages.stream().mapToInt(ReportService.FunnelStage::entered).max().orElse(0));
        for (int i = 0; i < stages.size(); i++) {
            com.funnelboard.domain.Stage stage = stages.get(i).stage();
            clickable(entered.getData().get(i), new ReportBar.InStage(stage));
            BarFigures.onBar(entered.getData().get(i), String.format(locale, "%,d", stages.get(i).entered()));
            if (i > 0) {
                clickable(fromBefore.getData().get(i), new ReportBar.InStage(stage, stages.get(i - 1).stage()));
                BarFigures.onBar(fromBefore.getData().get(i), String.format(locale, "%,d", stages.get(i).fromPrevious()));
            }
        }

        // The open deals with no expected close date are in no month: the chart says how many it leaves out, where they were said
        // only at the page's foot.
        int undated = r.forecast().undatedDeals();
        forecast.setTitle(FORECAST + (undated == 0 ? "" : String.format(locale, " \u2014 not in it: %,d open %s with no expected close date "
                + "(%s)", undated, undated == 1 ? "deal" : "deals", r.forecast().undatedWorth(m -> m.formatRounded(locale)))));
        XYChart.Series<String, Number> weighted = new XYChart.Series<>();
        weighted.setName("Open, weighted (" + r.forecast().currency() + ")");
        XYChart.Series<String, Number> won = new XYChart.Series<>();
        won.setName("Won (" + r.forecast().currency() + ")");
        com.funnelboard.ui.common.Formats formats = com.funnelboard.ui.common.Formats.of(locale, java.time.ZoneOffset.UTC);
        for (ReportService.ForecastMonth m : r.forecast().months()) {
            weighted.getData().add(new XYChart.Data<>(formats.monthYear(m.month()), m.weighted().amount()));
            won.getData().add(new XYChart.Data<>(formats.monthYear(m.month()), m.won().amount()));
        }
        forecast.getData().setAll(java.util.List.of(weighted, won));
        for (int i = 0; i < r.forecast().months().size(); i++) {
            java.time.YearMonth m = r.forecast().months().get(i).month();
            clickable(weighted.getData().get(i), new ReportBar.Month(m, false));
            clickable(won.getData().get(i), new ReportBar.Month(m, true));
        }

        java.util.List<XYChart.Series<String, Number>> open = new java.util.ArrayList<>();
        for (com.funnelboard.domain.Stage st : ReportService.OPEN) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(st.label() + " (" + r.pipeline().currency() + ")");
            for (ReportService.PipelinePoint pt : r.pipeline().points()) {
                series.getData().add(new XYChart.Data<>(formats.dayMonth(pt.day()), pt.value().get(st).amount()));
            }
            open.add(series);
        }
        double tallest = 0;
        for (ReportService.PipelinePoint pt : r.pipeline().points()) {
            tallest = Math.max(tallest, ReportService.OPEN.stream().mapToDouble(st -> pt.value().get(st).amount().doubleValue()).sum());
        }
        ValueAxisScale scale = ValueAxisScale.of(tallest);
        javafx.scene.chart.NumberAxis values = (javafx.scene.chart.NumberAxis) pipeline.getYAxis();
        values.setAutoRanging(false);
        values.setLowerBound(0);
        values.setUpperBound(scale.upper());
        values.setTickUnit(scale.step());
        // One week (the first days of a month) is no area: its stacks show as points.
        pipeline.setCreateSymbols(r.pipeline().points().size() < 2);
        pipeline.getData().setAll(open);

        XYChart.Series<String, Number> reasons = new XYChart.Series<>();
        reasons.setName("Deals lost");
        // The value lost for each reason under its name, the count on its bar: the chart counted deals and said nothing of what
        // they were worth.
        r.lost().rows().forEach(row -> {
            String worth = row.value() == null ? null : row.value().formatWhole(locale);
            String category = worth == null ? row.reason().label() : row.reason().label() + "\n" + worth;
            String whole = String.format(locale, "%s: %,d %s lost", row.reason().label(), row.deals(), row.deals() == 1 ? "deal" : "deals")
                    + (worth == null ? "" : ", " + worth) + (row.otherCurrencies() == 0 ? ""
                            : String.format(locale, " (%,d in another currency not in the value)", row.otherCurrencies()));
            reasons.getData().add(new XYChart.Data<>(category, row.deals(), whole));
        });
        lost.getData().setAll(java.util.List.of(reasons));
        counted(lost, r.lost().rows().stream().mapToInt(ReportService.LostReasonRow::deals).max().orElse(0));
        for (int i = 0; i < r.lost().rows().size(); i++) {
            clickable(reasons.getData().get(i), new ReportBar.Reason(r.lost().rows().get(i).reason()));
            BarFigures.onBar(reasons.getData().get(i), String.format(locale, "%,d", r.lost().rows().get(i).deals()));
        }

        rates(bySource, v.bySource(), g -> com.funnelboard.domain.LeadSource.parse(g).map(com.funnelboard.domain.LeadSource::label).orElse(g),
                ReportBar.Source::new);
        rates(byOwner, v.byOwner(), g -> ReportService.NONE.equals(g) ? "No owner" : choices.ownerName(g), ReportBar.Owner::new);
        // "Oct 2026", as the forecast's months ("Oct 26" read as a day), in the locale's order.
        rates(byMonth, v.byMonth(), g -> formats.monthYear(java.time.YearMonth.parse(g)), null);
        for (XYChart<String, Number> c : nothingYet.keySet()) {
            // A win rate of 0 % is a finding (all were lost); elsewhere a chart of zeros has nothing to show.
            boolean rates = java.util.List.of(byMonth, bySource, byOwner).contains(c);
            showNothing(c, c.getData().stream().flatMap(series -> series.getData().stream())
                    .noneMatch(d -> d.getYValue() != null && (rates || d.getYValue().doubleValue() != 0)));
        }
    }

    /** {@code chart} under its title with the sentence it says when it has nothing to draw. */
    private void framed(XYChart<String, Number> chart, String sentence) {
        javafx.scene.control.Label nothing = new javafx.scene.control.Label(sentence);
        nothing.setId(chart.getId() + "-nothing");
        nothing.getStyleClass().addAll("chart-nothing", atlantafx.base.theme.Styles.TEXT_MUTED);
        SafeWrap.wrap(nothing);
        nothing.setVisible(false);
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(chart, nothing);
        frame.setId(chart.getId() + FRAME);
        nothingYet.put(chart, nothing);
        frames.put(chart, frame);
    }

    /** The id a chart's frame has: the chart's with this after it. */
    static final String FRAME = "-frame";

    /** Shows the sentence in place of the axes, grid and legend of a chart with nothing to draw, or the chart again. */
    private void showNothing(XYChart<String, Number> chart, boolean nothing) {
        nothingYet.get(chart).setVisible(nothing);
        // The chart lays its axes out whatever their visibility: they are made transparent instead.
        chart.getXAxis().setOpacity(nothing ? 0 : 1);
        chart.getYAxis().setOpacity(nothing ? 0 : 1);
        chart.setHorizontalGridLinesVisible(!nothing);
        chart.setVerticalGridLinesVisible(!nothing);
        chart.setHorizontalZeroLineVisible(!nothing);
        chart.setVerticalZeroLineVisible(!nothing);
        chart.getData().forEach(series -> {
            if (series.getNode() != null) {
                series.getNode().setVisible(!nothing); // the pipeline's lines along zero
            }
        });
        if (!java.util.List.of(byMonth, bySource, byOwner).contains(chart)) {
            chart.setLegendVisible(!nothing);
        }
    }

    /** A win-rate chart: a bar per group with a rate, each opening its deals ({@code bar} gets the group, null for "(none)"; no {@code bar}: not clickable). */
    private void rates(BarChart<String, Number> chart, java.util.List<ReportService.WinRate> groups, java.util.function.UnaryOperator<String> label,
            java.util.function.Function<String, ReportBar> bar) {
        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        rates.setName("Won of won and lost");
        java.util.List<ReportService.WinRate> shown = groups.stream().filter(w -> w.rate() != null).toList();
        // Written short under the bar, whole in its tooltip: upright, two owners' long names took the chart's whole height and
        // no bar was drawn. Two that begin alike stay two bars.
        java.util.Set<String> taken = new java.util.HashSet<>();
        shown.forEach(w -> {
            String whole = label.apply(w.group());
            String category = shortLabel(whole);
            for (int n = 2; !taken.add(category); n++) {
                category = shortLabel(whole) + " (" + n + ")";
            }
            XYChart.Data<String, Number> d = new XYChart.Data<>(category, com.funnelboard.domain.Percent.of(w.rate()));
            d.setExtraValue(whole);
            rates.getData().add(d);
        });
        chart.getData().setAll(java.util.List.of(rates));
        for (int i = 0; i < shown.size(); i++) {
            String group = shown.get(i).group();
            if (bar != null) {
                clickable(rates.getData().get(i), bar.apply(ReportService.NONE.equals(group) ? null : group));
            }
            BarFigures.onBar(rates.getData().get(i), rates.getData().get(i).getYValue().longValue() + " %");
        }
    }

    /** The longest category a win rate's chart writes whole. */
    static final int LONGEST_LABEL = 16;

    /** "Maximiliana Ale…": a category as a win rate's chart writes it under its bar. */
    static String shortLabel(String whole) {
        if (whole == null || whole.codePointCount(0, whole.length()) <= LONGEST_LABEL) {
            return whole;
        }
        return whole.substring(0, whole.offsetByCodePoints(0, LONGEST_LABEL - 1)).stripTrailing() + "\u2026";
    }

    /** A bar that opens its deals on the board when clicked: a hand cursor and a tooltip say so. */
    private void clickable(XYChart.Data<String, Number> d, ReportBar bar) {
        if (onClick == null) {
            return;
        }
        java.util.function.Consumer<javafx.scene.Node> wire = node -> {
            node.setCursor(javafx.scene.Cursor.HAND);
            // The category whole: a win rate's is written short under its bar.
            String whole = d.getExtraValue() instanceof String w ? w : d.getXValue();
            javafx.scene.control.Tooltip.install(node, new javafx.scene.control.Tooltip(whole + "\n" + ReportBar.TOOLTIP));
            node.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    onClick.accept(bar);
                }
            });
        };
        BarFigures.whenMade(d, wire);
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

    /**
     * A chart of deals counted: its axis from zero to the tallest bar's round step, in whole steps.
     * The chart's own ranging gave a bar of 1 an axis in tenths, whose top tick was 0.99999… and so
     * unlabelled: "0" was the only figure beside bars of one lost deal each.
     */
    static void counted(BarChart<String, Number> chart, int tallest) {
        ValueAxisScale scale = ValueAxisScale.counting(tallest);
        NumberAxis counts = (NumberAxis) chart.getYAxis();
        counts.setAutoRanging(false);
        counts.setLowerBound(0);
        // Room above the tallest bar for the count written over it (cut at the plot's top); the axis is marked up to the
        // scale's top only.
        counts.setUpperBound(scale.upper() * (1 + COUNT_ROOM));
        counts.getProperties().put(LABELLED_TOP, (double) scale.upper());
        counts.setTickUnit(scale.step());
    }

    /** The share of a count axis above its top mark, where the tallest bar's count is written. */
    static final double COUNT_ROOM = 0.15;
    private static final String LABELLED_TOP = "funnelboard.labelledTop";

    private static BarChart<String, Number> chart(String title, String id) {
        NumberAxis counts = new NumberAxis();
        // Deals are counted whole: a tick between two whole numbers (2.5 deals) is left unlabelled.
        counts.setMinorTickCount(0);
        counts.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                Object top = counts.getProperties().get(LABELLED_TOP);
                return v == Math.rint(v) && (!(top instanceof Double t) || v <= t + 1e-9)
                        ? String.format(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT), "%,d", (long) v) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(",", ""));
            }
        });
        CategoryAxis categories = new CategoryAxis();
        // A category's bars stand together around its label, a third of its room between one category and the next: with the
        // default 10 px, a month's "open, weighted" bar stood against the month before's "won" and was read as that month's.
        // Taken from the axis's own spacing as the bars are laid out: worked out from the axis's width and its list of
        // categories — a list the axis replaces when it ranges its data, unseen — a page's first showing drew the win rates'
        // bars hair-thin until it was shown again.
        BarChart<String, Number> c = new BarChart<>(categories, counts) {
            @Override
            protected void layoutPlotChildren() {
                double wanted = Math.max(10, categories.getCategorySpacing() / 3);
                if (Math.abs(getCategoryGap() - wanted) > 0.5) {
                    setCategoryGap(wanted);
                }
                super.layoutPlotChildren();
                // A category on two lines (a stage and its conversion, a reason and its value) centred under its bars: the axis's
                // labels are texts of its own, which no style sheet reaches.
                for (javafx.scene.Node n : categories.lookupAll("Text")) {
                    if (n instanceof javafx.scene.text.Text t && t.getTextAlignment() != javafx.scene.text.TextAlignment.CENTER) {
                        t.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
                    }
                }
            }
        };
        c.setBarGap(2);
        c.setTitle(title);
        c.setId(id);
        c.setAnimated(false);
        c.setPrefHeight(280);
        c.setMinHeight(240);
        return c;
    }
}
