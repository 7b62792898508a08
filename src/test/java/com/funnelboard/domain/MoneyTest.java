package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import com.funnelboard.testing.Properties;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesWhatPeopleType() {
        assertThat(Money.parse("12500", "EUR").minor()).isEqualTo(1_250_000);
        assertThat(Money.parse("12,500.50", "EUR").minor()).isEqualTo(1_250_050);
        assertThat(Money.parse(" 0.5 ", "USD").minor()).isEqualTo(50);
        assertThat(Money.parse("1500", "JPY").minor()).isEqualTo(1500);
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.parse("abc", "EUR")).hasMessageContaining("Not an amount");
        assertThatThrownBy(() -> Money.parse("-5", "EUR")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Money.parse("1.234", "EUR")).hasMessageContaining("decimals");
        assertThatThrownBy(() -> Money.parse("", "EUR")).hasMessageContaining("Enter an amount");
        assertThatThrownBy(() -> new Money(1, "XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsAndWeights() {
        Money m = new Money(1_250_000, "EUR");
        assertThat(m.format(Locale.UK)).isEqualTo("€12,500.00");
        assertThat(m.amount().toPlainString()).isEqualTo("12500.00");
        assertThat(m.times(0.25).minor()).isEqualTo(312_500);
    }

    private static final long MAX_MINOR = 1_000_000_000_000L;

    @Test
    void amountsRoundTripThroughText() {
        // The ends of the range and where the text gains a digit or crosses the decimal point, every time.
        for (long edge : List.of(0L, 1L, 2L, 9L, 10L, 99L, 100L, 101L, MAX_MINOR - 1, MAX_MINOR)) {
            roundTrips(edge);
        }
        Set<Long> tried = new HashSet<>();
        // Anywhere in 0 … 10^12 minor units (the ends first); values already tried are skipped, hence a few more than 1000.
        Properties.qt(1100)
                .forAll(longs().between(0, MAX_MINOR))
                .checkAssert(minor -> {
                    tried.add(minor);
                    roundTrips(minor);
                });
        assertThat(tried).as("distinct amounts tried").hasSizeGreaterThanOrEqualTo(1000);
    }

    private static void roundTrips(long minor) {
        Money m = new Money(minor, "EUR");
        assertThat(Money.parse(m.amount().toPlainString(), "EUR")).as("%s minor units", minor).isEqualTo(m);
    }
}
