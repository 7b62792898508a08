package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
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

    @Property
    void amountsRoundTripThroughText(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long minor) {
        Money m = new Money(minor, "EUR");
        assertThat(Money.parse(m.amount().toPlainString(), "EUR")).isEqualTo(m);
    }
}
