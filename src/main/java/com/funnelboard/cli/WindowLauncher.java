package com.funnelboard.cli;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Starts the desktop window on a database (what {@code funnelboard} with no command does). */
@FunctionalInterface
public interface WindowLauncher {

    /**
     * Shows the window until it is closed.
     *
     * @param tell prints one sentence for the terminal (why the window could not open)
     * @return the exit code
     */
    int open(Path database, Consumer<String> tell);

    /**
     * As {@link #open(Path, Consumer)}, then offers to merge {@code shareFile}: a share file given on
     * the command line, as the desktop's "Open with Funnelboard" does. When a window has the database
     * open already, that window comes forward and offers the merge.
     */
    default int open(Path database, Path shareFile, Consumer<String> tell) {
        return open(database, tell);
    }

    /**
     * Draws a report's chart as the Reports page shows it, without a window (the reports' {@code
     * --png}): the reports read for the period, amounts in {@code currency}, with the filter.
     *
     * @throws UnsupportedOperationException where there is no desktop toolkit to draw with
     */
    default com.funnelboard.service.ReportPng.Picture drawChart(com.funnelboard.service.ReportChart chart,
            com.funnelboard.service.ReportService reports, com.funnelboard.service.ReportService.Period period, String currency,
            com.funnelboard.domain.ReportFilter filter) {
        throw new UnsupportedOperationException("Charts can be drawn only where the desktop toolkit is installed");
    }
}
