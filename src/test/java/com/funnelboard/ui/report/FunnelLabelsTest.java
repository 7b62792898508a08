package com.funnelboard.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.service.ReportService.FunnelStage;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The funnel says each stage's conversion from the one before under its name (a manager read it off the axis's ticks). */
class FunnelLabelsTest {

    private static final FunnelStage LEAD = new FunnelStage(Stage.LEAD, 47, 0, Duration.ofDays(3), 5);
    private static final FunnelStage PROSPECT = new FunnelStage(Stage.PROSPECT, 32, 31, Duration.ofDays(4), 2);

    @Test
    void aStageAfterTheFirstSaysItsShareOfTheOneBefore() {
        assertThat(BarFigures.funnelCategory(LEAD, null, Locale.US)).isEqualTo("Lead");
        assertThat(BarFigures.funnelCategory(PROSPECT, LEAD, Locale.US)).isEqualTo("Prospect\n66 % of Lead");
        assertThat(BarFigures.funnelTip(PROSPECT, LEAD, Locale.US))
                .isEqualTo("Prospect: 32 entered, 31 of them from Lead \u2014 66 % of the 47 that entered Lead");
    }

    @Test
    void noShareWhereNoneEnteredTheStageBefore() {
        FunnelStage none = new FunnelStage(Stage.LEAD, 0, 0, null, 0);
        assertThat(BarFigures.funnelCategory(new FunnelStage(Stage.PROSPECT, 3, 0, null, 0), none, Locale.US)).isEqualTo("Prospect");
        assertThat(BarFigures.funnelTip(new FunnelStage(Stage.PROSPECT, 3, 0, null, 0), none, Locale.US))
                .isEqualTo("Prospect: 3 entered, 0 of them from Lead");
    }
}
