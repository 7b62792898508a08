package com.funnelboard.ui.report;

import com.funnelboard.service.ReportService;
import javafx.scene.chart.XYChart;

/** What the Reports page's charts write beside their bars: a bar's figure on it, a funnel stage's conversion under its name. */
final class BarFigures {

    private BarFigures() {}

    /** A funnel stage's name with, under it, its conversion from the stage before: "Prospect\n66 % of Lead". */
    static String funnelCategory(ReportService.FunnelStage s, ReportService.FunnelStage before, java.util.Locale locale) {
        Double conversion = s.conversionFrom(before);
        return conversion == null ? s.stage().label()
                : s.stage().label() + "\n" + String.format(locale, "%d %% of %s", Math.round(conversion * 100), before.stage().label());
    }

    /** What a funnel stage's bars say when pointed at: its counts, and its conversion in full. */
    static String funnelTip(ReportService.FunnelStage s, ReportService.FunnelStage before, java.util.Locale locale) {
        Double conversion = s.conversionFrom(before);
        return String.format(locale, "%s: %,d entered", s.stage().label(), s.entered()) + (before == null ? ""
                : String.format(locale, ", %,d of them from %s", s.fromPrevious(), before.stage().label())
                        + (conversion == null ? "" : String.format(locale, " \u2014 %d %% of the %,d that entered %s", Math.round(conversion * 100),
                                before.entered(), before.stage().label())));
    }

    /**
     * A figure written just above its bar (a win rate, "45 %"; a count of deals): a rate of 0 % had no bar and no mark at all, and
     * read as a group with nothing to show, where it is a finding; written inside the bar's top, a
     * value wider than a narrow bar (a dozen sources side by side) lay across it like a lid.
     */
    static void onBar(XYChart.Data<String, Number> d, String text) {
        java.util.function.Consumer<javafx.scene.Node> put = node -> {
            if (!(node instanceof javafx.scene.layout.StackPane bar) || bar.lookup(".bar-value") != null) {
                return;
            }
            javafx.scene.control.Label value = new javafx.scene.control.Label(text);
            value.getStyleClass().addAll("bar-value", atlantafx.base.theme.Styles.TEXT_SMALL);
            value.setMouseTransparent(true);
            value.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.StackPane.setAlignment(value, javafx.geometry.Pos.TOP_CENTER);
            // Wider than its bar (a dozen sources side by side), the value stands upright above it: side by side, the marks lay
            // over each other ("50" with its "%" under the next one's, "100 %100 %").
            javafx.beans.binding.BooleanBinding upright = value.widthProperty().greaterThan(bar.widthProperty().add(2));
            value.rotateProperty().bind(javafx.beans.binding.Bindings.when(upright).then(-90).otherwise(0));
            value.translateYProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> upright.get()
                    ? -(1 + (value.getHeight() + value.getWidth()) / 2) : -(value.getHeight() + 1), upright, value.heightProperty(),
                    value.widthProperty()));
            // The first one's mark reached past the plot's left edge, which cut it ("00 %"): it is moved right as far as it takes to
            // be whole.
            value.translateXProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(0, -(bar.getLayoutX() + (bar.getWidth() - (upright.get() ? value.getHeight() : value.getWidth())) / 2)),
                    upright, bar.layoutXProperty(), bar.widthProperty(), value.widthProperty(), value.heightProperty()));
            bar.getChildren().add(value);
        };
        whenMade(d, put);
    }

    /** Gives {@code d}'s bar to {@code use} once the chart has made it (at once when it has). */
    static void whenMade(XYChart.Data<String, Number> d, java.util.function.Consumer<javafx.scene.Node> use) {
        if (d.getNode() != null) {
            use.accept(d.getNode());
        } else {
            d.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    use.accept(node);
                }
            });
        }
    }
}
