package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date read from typed numbers names the day that was typed. */
class TypedDatesTest {

    @Test
    void aDayMovedByTheFormatsReadingIsNoReading() {
        // A date picker's own reading makes February 31 the 28th; the field said "All changes saved" of a day never typed.
        assertThat(TypedDates.namesItsDay("31.02.2026", LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(TypedDates.namesItsDay("2/31/26", LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(TypedDates.namesItsDay("28.02.2026", LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(TypedDates.namesItsDay("12/8/2026", LocalDate.of(2026, 12, 8))).isTrue();
        assertThat(TypedDates.namesItsDay("1.3.26", LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(TypedDates.namesItsDay("6. Dez. 2026", LocalDate.of(2026, 12, 6))).as("words: one number, nothing to compare").isTrue();
    }
}
