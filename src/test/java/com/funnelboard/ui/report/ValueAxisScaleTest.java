package com.funnelboard.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** The pipeline's value axis reaches over its tallest stack, in a few round steps. */
class ValueAxisScaleTest {

    @Test
    void theTallestStackIsUnderTheAxissEndInFourToSixRoundSteps() {
        com.funnelboard.testing.Properties.qt(500).forAll(doubles().between(0.01, 1e13)).checkAssert(tallest -> {
            ValueAxisScale s = ValueAxisScale.of(tallest);
            assertThat(s.upper()).as("over " + tallest).isGreaterThanOrEqualTo(tallest);
            double steps = s.upper() / s.step();
            assertThat(steps).as("steps for " + tallest).isBetween(1.0, 6.0 + 1e-9);
            double mantissa = s.step() / Math.pow(10, Math.floor(Math.log10(s.step()) + 1e-12));
            assertThat(mantissa).as("a round step for " + tallest).isIn(1.0, 2.0, 2.5, 5.0);
        });
    }

    /** Counted deals: whole round steps up to the tallest bar, whose count is a labelled tick when it is five or fewer. */
    @Test
    void anAxisOfCountsHasWholeRoundSteps() {
        assertThat(ValueAxisScale.counting(1)).as("one lost deal a reason: 0 and 1 (only \"0\" was written)").isEqualTo(new ValueAxisScale(1, 1));
        assertThat(ValueAxisScale.counting(0)).isEqualTo(new ValueAxisScale(1, 1));
        assertThat(ValueAxisScale.counting(4)).isEqualTo(new ValueAxisScale(4, 1));
        assertThat(ValueAxisScale.counting(12)).isEqualTo(new ValueAxisScale(15, 5));
        com.funnelboard.testing.Properties.qt(500).forAll(integers().between(0, 5_000_000)).checkAssert(tallest -> {
            ValueAxisScale s = ValueAxisScale.counting(tallest);
            assertThat(s.upper()).as("over " + tallest).isGreaterThanOrEqualTo(tallest);
            assertThat(s.step()).as("whole steps for " + tallest).isEqualTo(Math.rint(s.step())).isGreaterThanOrEqualTo(1);
            assertThat(s.upper() / s.step()).as("five steps at most for " + tallest).isBetween(1.0, 5.0);
            double mantissa = s.step() / Math.pow(10, Math.floor(Math.log10(s.step()) + 1e-12));
            assertThat(mantissa).as("a round step for " + tallest).isIn(1.0, 2.0, 5.0);
        });
    }

    @Test
    void theStackThatWasCutGetsAnAxisOverIt() {
        assertThat(ValueAxisScale.of(9_382_500)).isEqualTo(new ValueAxisScale(10_000_000, 2_000_000));
        assertThat(ValueAxisScale.of(8_840_000)).isEqualTo(new ValueAxisScale(10_000_000, 2_000_000));
        assertThat(ValueAxisScale.of(0).upper()).isEqualTo(1);
    }
}
