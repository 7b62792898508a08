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
        return draw(chart, reports, choices, locale, java.util.List.of(stylesheet));
    }

    /** As {@link #draw(ReportChart, ReportsViewModel.Reports, com.funnelboard.service.ReportService.FilterChoices, Locale, String)}, with the window's stylesheets. */
    static ReportPng.Picture draw(ReportChart chart, ReportsViewModel.Reports reports, com.funnelboard.service.ReportService.FilterChoices choices,
            Locale locale, java.util.List<String> stylesheets) {
        ReportCharts charts = new ReportCharts(locale, null);
        charts.fill(reports, choices);
        Region node = charts.node(chart);
        // Which deals and which days the chart is of, under it: a picture pasted into slides says it without its file name.
        javafx.scene.control.Label caption = new javafx.scene.control.Label(caption(chart, reports, choices, locale));
        caption.setId("report-picture-caption");
        caption.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        javafx.scene.layout.VBox.setVgrow(node, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.VBox chartAndCaption = new javafx.scene.layout.VBox(4, node, caption);
        chartAndCaption.setAlignment(javafx.geometry.Pos.CENTER);
        StackPane page = new StackPane(chartAndCaption);
        page.setPadding(new Insets(12));
        page.getStyleClass().add("report-picture");
        Scene scene = new Scene(page, WIDTH, HEIGHT);
        scene.getStylesheets().addAll(stylesheets);
        scene.getRoot().setStyle("-fx-background-color: -color-bg-default;");
        // The scene's own snapshot lays it out at its size first (a node's would not size an unshown root).
        return ReportExports.pixels(scene.snapshot(null));
    }

    /**
     * "Oct 1, 2026 – Dec 5, 2026 · deals of Ida Berg · source referral · industry Retail", in the user's words; the
     * forecast, whose months are its own (those around today), names no period.
     */
    static String caption(ReportChart chart, ReportsViewModel.Reports reports, com.funnelboard.service.ReportService.FilterChoices choices,
            Locale locale) {
        com.funnelboard.ui.common.Formats formats = com.funnelboard.ui.common.Formats.of(locale, java.time.ZoneOffset.UTC);
        com.funnelboard.service.ReportService.Period p = reports.funnel().period();
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (chart != ReportChart.FORECAST) {
            parts.add(formats.date(p.first()) + " \u2013 " + formats.date(p.last()));
        }
        com.funnelboard.domain.ReportFilter f = reports.filter();
        switch (f.owner().kind()) {
            case PERSON -> parts.add("deals of " + choices.ownerName(f.owner().email()));
            case NOBODY -> parts.add("deals nobody owns");
            case EVERYONE -> { }
        }
        if (f.source() != null) {
            parts.add("source " + com.funnelboard.domain.LeadSource.parse(f.source()).map(com.funnelboard.domain.LeadSource::label).orElse(f.source()));
        }
        if (f.industry() != null) {
            parts.add("industry " + f.industry());
        }
        String said = parts.isEmpty() ? "All deals" : String.join(" \u00B7 ", parts);
        return Character.toUpperCase(said.charAt(0)) + said.substring(1);
    }
}
