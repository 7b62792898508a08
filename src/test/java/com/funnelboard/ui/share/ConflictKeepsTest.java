package com.funnelboard.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keep buttons name their values where they differ, so two long values never read alike. */
class ConflictKeepsTest {

    @Test
    void longValuesAreCutWhereTheyDiffer() {
        String[] named = ConflictKeepNames.distinguished("Renewal \u2013 Silver Finance 2027", "Renewal \u2013 Silver Finance (3 years)");
        assertThat(named[0]).isNotEqualTo(named[1]);
        assertThat(named[0]).startsWith("\u2026").contains("2027");
        assertThat(named[1]).startsWith("\u2026").contains("(3 years)");
        assertThat(named).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(ConflictKeepNames.SHOWN));
    }

    @Test
    void shortOrEarlyDifferingValuesAreShownFromTheirStart() {
        assertThat(ConflictKeepNames.distinguished("\u20AC1,234", "\u20AC4,321")).containsExactly("\u20AC1,234", "\u20AC4,321");
        assertThat(ConflictKeepNames.distinguished("Pilot with forty seats in Berlin", "Trial with forty seats in Berlin"))
                .containsExactly("Pilot with forty seat\u2026", "Trial with forty seat\u2026");
        assertThat(ConflictKeepNames.distinguished(" ", null)).containsExactly("(empty)", "(empty)");
    }
}
