package com.funnelboard.service;

/** The charts of the Reports page, as the command line's {@code --png} names them. */
public enum ReportChart {
    FUNNEL, PIPELINE, FORECAST, LOST, WIN_RATE
}
