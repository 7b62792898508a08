package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A column's weighted value is an estimate: whole units, so it fits its header. */
class ColumnHeaderTextTest {

    @Test
    void theWeightedValueIsInWholeUnits() {
        assertThat(StageColumnView.weightedText(List.of(new Money(33_257_878L, "EUR")), Stage.LEAD, Locale.UK))
                .isEqualTo("weighted \u20AC332,579 (10 %)");
        assertThat(StageColumnView.weightedText(List.of(new Money(60_000L, "EUR"), new Money(12_050L, "USD")), Stage.OPPORTUNITY, Locale.UK))
                .isEqualTo("weighted \u20AC600 + US$121 (60 %)");
        assertThat(StageColumnView.weightedText(List.of(), Stage.PROSPECT, Locale.UK)).isEqualTo("weighted \u2014");
    }
}
