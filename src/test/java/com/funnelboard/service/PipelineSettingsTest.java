package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSettingsTest {

    @TempDir
    Path dir;

    @Test
    void rotThresholdsDefaultAreKeptAndChecked() {
        try (Store store = Fixtures.store(dir)) {
            PipelineSettings settings = new PipelineSettings(store);
            assertThat(settings.rotRule().threshold(Stage.LEAD)).isEqualTo(14);
            assertThat(settings.rotRule().threshold(Stage.OPPORTUNITY)).isEqualTo(30);
            HistoryService history = new HistoryService(store);
            int before = history.latest(100).size();
            settings.setRotThreshold(Stage.LEAD, 14);
            assertThat(history.latest(100)).as("the days as they were: nothing written").hasSize(before);
            settings.setRotThreshold(Stage.LEAD, 7);
            assertThat(settings.rotRule().threshold(Stage.LEAD)).isEqualTo(7);
            assertThat(history.latest(100)).hasSize(before + 1);
            assertThat(history.latest(1).getFirst().summary()).isEqualTo("Lead deals rot after 7 days");
            settings.setRotThreshold(Stage.LEAD, 7);
            assertThat(history.latest(100)).hasSize(before + 1);
            assertThat(settings.rotRule().threshold(Stage.PROSPECT)).isEqualTo(21);
            assertThatThrownBy(() -> settings.setRotThreshold(Stage.WON, 5)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> settings.setRotThreshold(Stage.LEAD, 0)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> settings.setRotThreshold(Stage.LEAD, 366)).isInstanceOf(InvalidInputException.class);
            store.writeAll(r -> r.settings().put("rot.days.prospect", "many"));
            assertThat(settings.rotRule().threshold(Stage.PROSPECT)).as("a damaged value falls back to the default").isEqualTo(21);
        }
    }
}
