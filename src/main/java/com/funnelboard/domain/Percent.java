package com.funnelboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share shown as a whole percentage, as people round it: 0.575 is 58 %, where 57.4999… (0.575 × 100 in binary) read 57 %. */
public final class Percent {

    private Percent() {}

    /** {@code share} (0.575) as whole percent (58), half up on the share as written in decimal. */
    public static long of(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
