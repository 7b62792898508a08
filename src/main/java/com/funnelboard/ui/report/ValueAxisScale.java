package com.funnelboard.ui.report;

/**
 * The value axis of a stacked chart, worked out from the tallest stack: from zero to the first
 * round step at or above it, in four to six round steps (1, 2, 2.5 or 5 times a power of ten).
 * The chart's own ranging read each series apart in a picture drawn off screen, and cut the top
 * of the stacks off ("9,000,000" as the axis's end under a stack of 9,382,500).
 */
record ValueAxisScale(double upper, double step) {

    /** The scale for stacks as tall as {@code tallest} (zero or less: an axis from 0 to 1). */
    static ValueAxisScale of(double tallest) {
        if (!(tallest > 0) || Double.isInfinite(tallest)) {
            return new ValueAxisScale(1, 0.2);
        }
        double raw = tallest / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * power;
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * power >= raw) {
                step = f * power;
                break;
            }
        }
        return new ValueAxisScale(Math.ceil(tallest / step - 1e-9) * step, step);
    }
}
