package com.funnelboard.app;

import atlantafx.base.theme.PrimerLight;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.service.ReportChart;
import com.funnelboard.service.ReportPng;
import com.funnelboard.service.ReportService;
import com.funnelboard.ui.report.ReportPictures;
import com.funnelboard.ui.report.ReportsViewModel;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * Draws a report's chart for the command line ({@code report … --png}): JavaFX started on its
 * headless platform with software rendering (no display, no window, no GPU), the AtlantaFX light
 * theme and the app's stylesheet, the chart drawn as the Reports page draws it, then the toolkit
 * stopped. The reports are read on the calling thread, never on the FX thread.
 */
final class HeadlessCharts {

    private HeadlessCharts() {}

    static ReportPng.Picture draw(ReportChart chart, ReportService reports, ReportService.Period period, String currency, ReportFilter filter,
            Locale locale) {
        ReportsViewModel.Reports read = ReportsViewModel.read(reports, period, currency, filter);
        ReportService.FilterChoices choices = reports.filterChoices();
        CompletableFuture<ReportPng.Picture> picture = new CompletableFuture<>();
        Runnable draw = () -> {
            try {
                picture.complete(ReportPictures.draw(chart, read, choices, locale, DesktopApp.stylesheet()));
            } catch (RuntimeException | Error e) {
                picture.completeExceptionally(e);
            }
        };
        // Before the toolkit starts: it reads them once.
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        boolean started = false;
        try {
            Platform.startup(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                draw.run();
            });
            started = true;
        } catch (IllegalStateException running) {
            Platform.runLater(draw); // the toolkit runs already in this process: draw on it, leave it running
        }
        try {
            return picture.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while drawing the chart", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("The chart could not be drawn", e.getCause());
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }
}
