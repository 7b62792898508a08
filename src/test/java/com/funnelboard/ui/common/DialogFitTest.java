package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A window taller than its screen, or hanging over its top or bottom edge, is brought within it. */
class DialogFitTest {

    @Test
    void aWindowIsKeptWithinTheVisiblePartOfItsScreen() {
        // A 768-pixel screen whose top 28 pixels are a panel: visible from 28 to 768.
        assertThat(DialogFit.onScreen(-100, 1100, 28, 768)).as("too tall: as tall as the screen, its top in sight").containsExactly(28, 740);
        assertThat(DialogFit.onScreen(600, 300, 28, 768)).as("over the bottom edge: moved up, its buttons in sight").containsExactly(468, 300);
        assertThat(DialogFit.onScreen(0, 300, 28, 768)).as("under the panel: moved down").containsExactly(28, 300);
        assertThat(DialogFit.onScreen(100, 300, 28, 768)).as("within: left alone").containsExactly(100, 300);
    }
}
