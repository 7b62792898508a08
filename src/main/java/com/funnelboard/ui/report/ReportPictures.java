package com.funnelboard.ui.report;

import com.funnelboard.service.ReportChart;
import com.funnelboard.service.ReportPng;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A report's chart drawn as the Reports page draws it, on a scene of its own that is never shown:
 * the picture the command line's {@code --png} writes. Runs on the FX thread.
 */
public final class ReportPictures {

    /** The size of a picture: wide enough for a year of weeks or months, as tall as the page's charts. */
    static final int WIDTH = 1000;
    static final int HEIGHT = 420;

    private ReportPictures() {}

    /**
     * @param choices what the filters offer, whose names the owners' bars are labelled with
     * @param stylesheet the app's stylesheet, on top of the theme the toolkit was given
     */
    public static ReportPng.Picture draw(ReportChart chart, ReportsViewModel.Reports reports, com.funnelboard.service.ReportService.FilterChoices choices,
            Locale locale, String stylesheet) {
        ReportCharts charts = new ReportCharts(locale, null);
        charts.fill(reports, choices);
        Region node = charts.node(chart);
        StackPane page = new StackPane(node);
        page.setPadding(new Insets(12));
        page.getStyleClass().add("report-picture");
        Scene scene = new Scene(page, WIDTH, HEIGHT);
        scene.getStylesheets().add(stylesheet);
        scene.getRoot().setStyle("-fx-background-color: -color-bg-default;");
        // The scene's own snapshot lays it out at its size first (a node's would not size an unshown root).
        return ReportExports.pixels(scene.snapshot(null));
    }
}
