package com.funnelboard.service;

/**
 * The charts of the Reports page: what its Export menus and the command line's {@code --png} name,
 * each with the start of the file name an export proposes.
 */
public enum ReportChart {
    FUNNEL("funnel"), PIPELINE("pipeline"), FORECAST("forecast"), LOST("lost-reasons"), WIN_RATE("win-rates");

    private final String fileName;

    ReportChart(String fileName) {
        this.fileName = fileName;
    }

    /** The start of an exported file's name, such as {@code lost-reasons}. */
    public String fileName() {
        return fileName;
    }
}
