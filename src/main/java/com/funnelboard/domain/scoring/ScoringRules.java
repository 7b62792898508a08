package com.funnelboard.domain.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The points each signal earns, as the user set them.
 *
 * @param points points per signal (decay: points taken per period without interaction); a signal
 *     not in the map earns its default
 * @param repeatCount how many engaging interactions within {@code repeatDays} make repeated engagement
 * @param repeatDays the window of repeated engagement, in days
 * @param decayDays the period without interaction that costs the decay points, in days
 */
public record ScoringRules(Map<Signal, Integer> points, int repeatCount, int repeatDays, int decayDays) {

    public static final int MAX_POINTS = 1_000;
    public static final int MAX_DAYS = 3_650;
    public static final ScoringRules DEFAULTS = new ScoringRules(Map.of(), 3, 30, 30);

    public ScoringRules {
        Map<Signal, Integer> all = new EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            all.put(s, points == null ? s.defaultPoints() : points.getOrDefault(s, s.defaultPoints()));
        }
        points = java.util.Collections.unmodifiableMap(all);
    }

    public int pointsOf(Signal s) {
        return points.get(s);
    }

    public long decayMillis() {
        return decayDays * 86_400_000L;
    }

    public long repeatMillis() {
        return repeatDays * 86_400_000L;
    }

    /** This rule set with one signal's points changed. */
    public ScoringRules with(Signal s, int value) {
        Map<Signal, Integer> p = new EnumMap<>(points);
        p.put(s, value);
        return new ScoringRules(p, repeatCount, repeatDays, decayDays);
    }

    /** What is wrong with these rules, one sentence each; empty when they can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        points.forEach((s, v) -> {
            if (v < 0 || v > MAX_POINTS) {
                out.add("The points for " + s.label() + " must be between 0 and " + MAX_POINTS + " (not " + v + ").");
            }
        });
        if (repeatCount < 2 || repeatCount > 100) {
            out.add("Repeated engagement needs between 2 and 100 interactions (not " + repeatCount + ").");
        }
        if (repeatDays < 1 || repeatDays > MAX_DAYS) {
            out.add("The window of repeated engagement must be between 1 and " + MAX_DAYS + " days (not " + repeatDays + ").");
        }
        if (decayDays < 1 || decayDays > MAX_DAYS) {
            out.add("The decay period must be between 1 and " + MAX_DAYS + " days (not " + decayDays + ").");
        }
        return out;
    }
}
