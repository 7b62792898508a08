package com.funnelboard.domain.scoring;

import java.util.List;

/**
 * A deal's score with its explanation: the lines add up to the total.
 *
 * @param lines engagement by date, then fit, then decay
 */
public record Score(int total, List<ScoreLine> lines) {

    public Score {
        lines = List.copyOf(lines);
        int sum = lines.stream().mapToInt(ScoreLine::points).sum();
        if (sum != total) {
            throw new IllegalArgumentException("The lines add up to " + sum + ", not " + total);
        }
    }
}
