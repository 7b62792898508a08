package com.funnelboard.service;

import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import java.util.EnumMap;
import java.util.Map;

/** Settings of the pipeline kept in the database: when a deal counts as rotting in each open stage. */
public final class PipelineSettings {

    public static final int MAX_DAYS = com.funnelboard.domain.RotRule.MAX_DAYS;

    private final Store store;

    public PipelineSettings(Store store) {
        this.store = store;
    }

    public RotRule rotRule() {
        return store.read(r -> {
            Map<Stage, Integer> days = new EnumMap<>(Stage.class);
            for (Stage s : RotRule.DEFAULTS.keySet()) {
                r.settings().get(key(s)).ifPresent(v -> {
                    try {
                        days.put(s, Integer.parseInt(v.strip()));
                    } catch (NumberFormatException e) {
                        // a damaged value: the default applies
                        org.slf4j.LoggerFactory.getLogger(PipelineSettings.class).warn("The rot threshold of {} is not a number ({}); the default applies",
                                s.label(), v);
                    }
                });
            }
            return new RotRule(days);
        });
    }

    /**
     * @throws InvalidInputException for a stage that cannot rot, or days outside 1..365
     */
    public void setRotThreshold(Stage stage, int days) {
        if (!RotRule.DEFAULTS.containsKey(stage)) {
            throw new InvalidInputException("stage", stage.label() + " deals do not rot");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "Between 1 and " + MAX_DAYS + " days");
        }
        if (rotRule().threshold(stage) == days) {
            return; // OK in Settings with the days as they were wrote a change without words to History, once per stage
        }
        store.writeAll(com.funnelboard.domain.ChangeOrigin.USER, stage.label() + " deals rot after " + days + (days == 1 ? " day" : " days"),
                r -> r.settings().put(key(stage), Integer.toString(days)));
    }

    private static String key(Stage s) {
        return com.funnelboard.store.SettingsRepository.ROT_DAYS + s.key();
    }
}
