package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The won details rule, pure: amounts as --value reads them, a close date up to tomorrow, the defaults. */
class WonDetailsRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    static Deal deal(Long valueMinor, String currency) {
        return new Deal(UUID.randomUUID(), UUID.randomUUID(), "Pilot", Stage.OPPORTUNITY, valueMinor == null ? null
                : new Money(valueMinor, currency), currency, null, null, AT, null, null, null, null, AT, AT);
    }

    @Test
    void defaultsAreTheDealsValueAndToday() {
        WonDetails.Checked c = WonDetails.check(WonDetails.Entry.defaults(), deal(500_00L, "EUR"), TODAY);
        assertThat(c.valid()).isTrue();
        assertThat(c.details()).isEqualTo(new WonDetails(new Money(500_00L, "EUR"), TODAY));
        assertThat(WonDetails.check(new WonDetails.Entry("  ", null, Locale.UK), deal(500_00L, "EUR"), TODAY).details().finalValue())
                .as("blank is no final value").isEqualTo(new Money(500_00L, "EUR"));
    }

    @Test
    void theFinalValueIsReadInTheLocaleAndTheDealsCurrency() {
        assertThat(WonDetails.check(new WonDetails.Entry("12.500,5", null, Locale.GERMANY), deal(1L, "EUR"), TODAY).details().finalValue())
                .isEqualTo(new Money(12_500_50L, "EUR"));
        assertThat(WonDetails.check(new WonDetails.Entry("JPY 1,500", null, Locale.US), deal(1L, "JPY"), TODAY).details().finalValue())
                .isEqualTo(new Money(1500L, "JPY"));
        assertThat(WonDetails.check(new WonDetails.Entry("1.5", null, Locale.US), deal(1L, "JPY"), TODAY).problems())
                .isEqualTo(Map.of(WonDetails.FINAL_VALUE, "At most 0 decimals for JPY"));
        assertThat(WonDetails.check(new WonDetails.Entry("12.5", null, Locale.GERMANY), deal(1L, "EUR"), TODAY).problems())
                .isEqualTo(Map.of(WonDetails.FINAL_VALUE, "Not an amount: \"12.5\". Write it like 12.500,50 (or 12500,50)."));
        assertThat(WonDetails.check(new WonDetails.Entry("100,000,000,000,000,000", null, Locale.UK), deal(1L, "EUR"), TODAY).problems())
                .isEqualTo(Map.of(WonDetails.FINAL_VALUE, "The final value is too large"));
    }

    @Test
    void theCloseDateMayBeAnyPastDayTodayOrTomorrow() {
        for (LocalDate ok : new LocalDate[] {LocalDate.of(1999, 1, 1), TODAY.minusDays(1), TODAY, TODAY.plusDays(1)}) {
            assertThat(WonDetails.closeDateProblem(ok, TODAY)).as("%s", ok).isEmpty();
        }
        assertThat(WonDetails.closeDateProblem(TODAY.plusDays(2), TODAY))
                .contains("The close date 2026-03-14 is in the future; it can be tomorrow (2026-03-13) at the latest");
        assertThat(WonDetails.closeDateProblem(null, TODAY)).contains("Enter the close date, such as 2026-03-12");
    }

    @Test
    void aDealWithoutValueMustBeGivenOne() {
        WonDetails.Checked c = WonDetails.check(WonDetails.Entry.defaults(), deal(null, "EUR"), TODAY);
        assertThat(c.valid()).isFalse();
        assertThat(c.details()).isNull();
        assertThat(c.problems()).containsOnlyKeys(WonDetails.FINAL_VALUE);
    }
}
