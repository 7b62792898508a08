package com.funnelboard.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sales cycle as the Reports page writes it beside the velocity. */
class SalesCycleTextTest {

    @Test
    void aCycleUnderADayIsSaidSoNotZeroDays() {
        // "0 days" stood beside "€46,000 / day", which read as a division by zero: the velocity counts it as a day.
        assertThat(ReportsViewModel.cycleText(0.3, Locale.US)).isEqualTo("under a day");
        assertThat(ReportsViewModel.cycleText(0.0, Locale.US)).isEqualTo("under a day");
        assertThat(ReportsViewModel.cycleText(1.2, Locale.US)).isEqualTo("1 day");
        assertThat(ReportsViewModel.cycleText(22.4, Locale.US)).isEqualTo("22 days");
        assertThat(ReportsViewModel.cycleText(1234.0, Locale.US)).isEqualTo("1,234 days");
        assertThat(ReportsViewModel.cycleText(null, Locale.US)).isEqualTo("\u2014");
    }
}
