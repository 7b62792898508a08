package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

    /** 69 of 120 is 57.5 %: shown as 58 % (0.575 × 100 is 57.4999… in binary, and the report said 57 %). */
    @Test
    void aHalfRoundsUpAsWritten() {
        assertThat(Percent.of(69 / 120.0)).isEqualTo(58);
        assertThat(Percent.of(0.575)).isEqualTo(58);
        assertThat(Percent.of(0.5749)).isEqualTo(57);
        assertThat(Percent.of(2 / 3.0)).isEqualTo(67);
        assertThat(Percent.of(0.0)).isZero();
        assertThat(Percent.of(1.0)).isEqualTo(100);
    }
}
