package com.funnelboard.ui.report;

/**
 * The value axis of a stacked chart, worked out from the tallest stack: from zero to the first
 * round step at or above it, in four to six round steps (1, 2, 2.5 or 5 times a power of ten).
 * The chart's own ranging read each series apart in a picture drawn off screen, and cut the top
 * of the stacks off ("9,000,000" as the axis's end under a stack of 9,382,500).
 */
record ValueAxisScale(double upper, double step) {

    /** The scale of an axis of whole counts up to {@code tallest}: whole steps, at least one; a bar of 1 reaches the top tick "1". */
    static ValueAxisScale counting(int tallest) {
        if (tallest <= 5) {
            return new ValueAxisScale(Math.max(1, tallest), 1);
        }
        // Whole round steps, 1, 2 or 5 times a power of ten (2.5 deals is no step), five or fewer of them.
        long power = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                long step = f * power;
                if (step * 5 >= tallest) {
                    return new ValueAxisScale(Math.ceil((double) tallest / step) * step, step);
                }
            }
            power *= 10;
        }
    }

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
