package com.funnelboard.ui.report;

import com.funnelboard.service.ReportPng;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;

/**
 * The export menu of each chart: "Export PNG…" (a picture of the chart as it shows) and "Export
 * CSV…" (its table). The file is chosen here; the writing is the view model's, in the background.
 */
public final class ReportExports {

    private final ReportsViewModel model;
    private final Node owner;

    ReportExports(ReportsViewModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    /** The chart with its export menu above its top right corner (over the chart, a long title ran into it in a narrow window). */
    javafx.scene.layout.VBox wrap(javafx.scene.layout.Region chart, com.funnelboard.service.ReportChart which) {
        MenuItem png = new MenuItem("Export PNG\u2026");
        png.setOnAction(e -> choose(which, "png", "PNG images", "*.png").ifPresent(f -> model.exportPng(f, captioned(which, chart))));
        MenuItem csv = new MenuItem("Export CSV\u2026");
        csv.setOnAction(e -> chooseCsv(which));
        MenuButton menu = new MenuButton("Export", null, png, csv);
        menu.setId("export-" + chart.getId().replace(ReportCharts.FRAME, "")); // "export-report-lost", after the chart in its frame
        menu.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        menu.disableProperty().bind(model.shownProperty().isNull());
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(menu);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(0, 4, 0, 0));
        return new javafx.scene.layout.VBox(0, row, chart);
    }

    /** A CSV file; where numbers take a decimal comma the spreadsheet's own form is offered first, as the data exports offer it. */
    private void chooseCsv(com.funnelboard.service.ReportChart which) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the " + which.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        chooser.setInitialFileName(model.fileName(which, "csv"));
        FileChooser.ExtensionFilter standard = new FileChooser.ExtensionFilter("CSV files", "*.csv");
        FileChooser.ExtensionFilter spreadsheet = new FileChooser.ExtensionFilter("CSV for a spreadsheet here (semicolons, decimal commas)",
                "*.csv");
        if (model.spreadsheetForm()) {
            chooser.getExtensionFilters().addAll(spreadsheet, standard);
        } else {
            chooser.getExtensionFilters().add(standard);
        }
        File f = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (f != null) {
            model.exportCsv(which, f.toPath(), chooser.getSelectedExtensionFilter() == spreadsheet);
        }
    }

    private java.util.Optional<java.nio.file.Path> choose(com.funnelboard.service.ReportChart which, String extension, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the " + which.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        chooser.setInitialFileName(model.fileName(which, extension));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File f = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    /**
     * The chart drawn as {@code report --png} draws it, with the period and filters under it ("Jul 1,
     * 2026 – Sep 30, 2026 · deals of Ola Nordmann"): the window's picture was the chart alone, and one
     * rep's figures read as the team's. The chart as it shows when the page's report is not at hand.
     */
    private ReportPng.Picture captioned(com.funnelboard.service.ReportChart which, javafx.scene.layout.Region chart) {
        ReportsViewModel.Reports shown = model.shownProperty().get();
        com.funnelboard.service.ReportService.FilterChoices choices = model.choicesProperty().get();
        if (shown == null || choices == null || chart.getScene() == null) {
            return picture(chart);
        }
        return ReportPictures.draw(which, shown, choices, model.locale(), chart.getScene().getStylesheets());
    }

    /** The page's background colour (the theme's), so the chart's text stays readable in the picture. */
    private static javafx.scene.paint.Paint background(Node node) {
        if (node.getScene() != null && node.getScene().getRoot() instanceof javafx.scene.layout.Region root && root.getBackground() != null
                && !root.getBackground().getFills().isEmpty()) {
            return root.getBackground().getFills().getFirst().getFill();
        }
        return javafx.scene.paint.Color.WHITE;
    }

    /** The chart as it shows, as ARGB pixels (taken on the FX thread; written in the background). */
    public static ReportPng.Picture picture(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(background(node));
        return pixels(node.snapshot(params, null));
    }

    /** An image's pixels as a picture. */
    static ReportPng.Picture pixels(javafx.scene.image.Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new ReportPng.Picture(w, h, argb);
    }
}
