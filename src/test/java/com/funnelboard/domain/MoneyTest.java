package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.funnelboard.testing.Properties;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Locale EN = Locale.US;
    private static final Locale DE = Locale.GERMANY;
    private static final Locale FR = Locale.FRANCE;
    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final List<Locale> LOCALES = List.of(EN, Locale.UK, DE, FR, SV, Locale.forLanguageTag("de-CH"));

    @Test
    void parsesWhatPeopleTypeInEnglish() {
        assertThat(Money.parse("12500", "EUR", EN).minor()).isEqualTo(1_250_000);
        assertThat(Money.parse("12,500.50", "EUR", EN).minor()).isEqualTo(1_250_050);
        assertThat(Money.parse("12500.50", "EUR", EN).minor()).isEqualTo(1_250_050);
        assertThat(Money.parse("1,234,567", "EUR", EN).minor()).isEqualTo(123_456_700);
        assertThat(Money.parse(" 0.5 ", "USD", EN).minor()).isEqualTo(50);
        assertThat(Money.parse(".5", "USD", EN).minor()).isEqualTo(50);
        assertThat(Money.parse("1500", "JPY", EN).minor()).isEqualTo(1500);
        assertThat(Money.parse("1,500", "JPY", EN).minor()).isEqualTo(1500);
        assertThat(Money.parse("€12,500.50", "EUR", EN).minor()).as("the currency's symbol").isEqualTo(1_250_050);
        assertThat(Money.parse("EUR 12,500", "EUR", EN).minor()).as("the currency's code").isEqualTo(1_250_000);
        assertThat(Money.parse("12500 eur", "EUR", EN).minor()).isEqualTo(1_250_000);
    }

    @Test
    void parsesWhatPeopleTypeWithADecimalComma() {
        assertThat(Money.parse("12500,50", "EUR", DE).minor()).isEqualTo(1_250_050);
        assertThat(Money.parse("12.500,50", "EUR", DE).minor()).isEqualTo(1_250_050);
        // A whole amount with dashes for its cents, as German price tags and invoices write it (it was "Not an amount").
        assertThat(Money.parse("12.500,-", "EUR", DE).minor()).isEqualTo(1_250_000);
        assertThat(Money.parse("12.500,--", "EUR", DE).minor()).isEqualTo(1_250_000);
        assertThat(Money.parse("12.500,\u2014 €", "EUR", DE).minor()).isEqualTo(1_250_000);
        assertThat(Money.parse("99,-", "EUR", DE).minor()).isEqualTo(9_900);
        assertThat(Money.parse("12,500.-", "EUR", EN).minor()).as("the locale's own decimal point").isEqualTo(1_250_000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.parse(",-", "EUR", DE)).hasMessageStartingWith("Not an amount");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.parse("12.500,---", "EUR", DE)).hasMessageStartingWith("Not an amount");
        assertThat(Money.parse("12,5", "EUR", DE).minor()).isEqualTo(1250);
        assertThat(Money.parse("1.250", "EUR", DE).minor()).as("a dot groups thousands in German").isEqualTo(125_000);
        assertThat(Money.parse("12.500,50 €", "EUR", DE).minor()).isEqualTo(1_250_050);
        assertThat(Money.parse("12500,50", "EUR", FR).minor()).isEqualTo(1_250_050);
        for (String space : List.of(" ", "\u00a0", "\u202f")) {
            assertThat(Money.parse("12" + space + "500,50", "EUR", FR).minor()).as("U+%04X groups in French", (int) space.charAt(0))
                    .isEqualTo(1_250_050);
            assertThat(Money.parse("1" + space + "234" + space + "567", "SEK", SV).minor()).as("U+%04X groups in Swedish",
                    (int) space.charAt(0)).isEqualTo(123_456_700);
        }
        assertThat(Money.parse("12'500.50", "CHF", Locale.forLanguageTag("de-CH")).minor()).isEqualTo(1_250_050);
        assertThat(Money.parse("12\u2019500.50", "CHF", Locale.forLanguageTag("de-CH")).minor()).isEqualTo(1_250_050);
    }

    /** Each of these was read as some amount before (or could be misread); now each is refused, saying how to write it. */
    @ParameterizedTest
    @ValueSource(strings = {"12,5", "1,,5", "1e3", "12_000", "--5", "1.2.3", "abc", "12,50", "1,2345", "1234,567", ",500", "12,",
        "12.", "1 000", "12 500.50", "+5", "0x10", "5-", "1.5.", "12,500.5.0", "€€12", "12 EUR EUR", "١٢"})
    void refusesInEnglishWhatIsNotAnAmountThere(String text) {
        assertThatThrownBy(() -> Money.parse(text, "EUR", EN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an amount: \"" + text + "\". Write it like 12,500.50 (or 12500.50).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "1,,5", "1e3", "12_000", "--5", "1.2.3", "abc", "12,500.50", "1.2345", ",", "12 500", "1,5,0"})
    void refusesInGermanWhatIsNotAnAmountThere(String text) {
        assertThatThrownBy(() -> Money.parse(text, "EUR", DE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an amount: \"" + text + "\". Write it like 12.500,50 (or 12500,50).");
    }

    @Test
    void theExampleFollowsTheLocaleAndTheCurrencysDecimals() {
        assertThatThrownBy(() -> Money.parse("12.5", "EUR", FR)).hasMessage("Not an amount: \"12.5\". Write it like 12 500,50 (or 12500,50).");
        assertThatThrownBy(() -> Money.parse("1.5", "JPY", DE)).hasMessage("Not an amount: \"1.5\". Write it like 12.500 (or 12500).");
        assertThatThrownBy(() -> Money.parse("12,5", "BHD", EN)).hasMessage("Not an amount: \"12,5\". Write it like 12,500.500 (or 12500.500).");
        assertThatThrownBy(() -> Money.parse("1\u001b]52;c;x\u0007", "EUR", EN)).as("what is quoted is printable")
                .hasMessageStartingWith("Not an amount: \"1\\e]52;c;x\\u0007\".");
    }

    @Test
    void refusesEmptyNegativeTooPreciseAndTooLargeAmounts() {
        assertThatThrownBy(() -> Money.parse("", "EUR", EN)).hasMessage("Enter an amount, such as 12,500.50 (or 12500.50)");
        assertThatThrownBy(() -> Money.parse("  ", "EUR", DE)).hasMessage("Enter an amount, such as 12.500,50 (or 12500,50)");
        assertThatThrownBy(() -> Money.parse(null, "EUR", EN)).hasMessageStartingWith("Enter an amount");
        assertThatThrownBy(() -> Money.parse("-5", "EUR", EN)).hasMessage("The value cannot be negative");
        assertThatThrownBy(() -> Money.parse("1.2345", "EUR", Locale.UK)).hasMessage("At most 2 decimals for EUR");
        assertThat(Money.parse("1.235", "BHD", EN).minor()).as("three decimals where a currency has three").isEqualTo(1235);
        assertThatThrownBy(() -> Money.parse("1.25", "JPY", EN)).hasMessage("At most 0 decimals for JPY");
        // Three digits after the decimal separator, none grouped: what the other convention reads as thousands.
        assertThatThrownBy(() -> Money.parse("5.000", "EUR", Locale.UK)).hasMessage("Is \"5.000\" 5 or 5000? Write 5000 or 5.00.");
        assertThatThrownBy(() -> Money.parse("1.234", "EUR", EN)).hasMessage("Is \"1.234\" 1 or 1234? Write 1234 or 1.23.");
        assertThatThrownBy(() -> Money.parse("5,000", "EUR", DE)).hasMessage("Is \"5,000\" 5 or 5000? Write 5000 or 5,00.");
        assertThatThrownBy(() -> Money.parse("5.000", "JPY", EN)).hasMessage("Is \"5.000\" 5 or 5000? Write 5000 or 5.");
        assertThat(Money.parse("5,000", "EUR", EN).minor()).as("grouped in English: five thousand").isEqualTo(500_000);
        assertThatThrownBy(() -> Money.parse("1.5", "JPY", EN)).hasMessage("At most 0 decimals for JPY");
        assertThatThrownBy(() -> Money.parse("100,000,000,000,000,000", "EUR", EN)).hasMessage("The value is too large");
        assertThatThrownBy(() -> Money.parse("9".repeat(200), "EUR", EN)).hasMessageStartingWith("Not an amount: \"999");
        assertThatThrownBy(() -> new Money(1, "XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsAndWeights() {
        Money m = new Money(1_250_000, "EUR");
        assertThat(m.format(Locale.UK)).isEqualTo("€12,500.00");
        assertThat(m.formatAmount(Locale.UK)).as("as a form suggests it").isEqualTo("12,500.00");
        assertThat(m.formatAmount(DE)).isEqualTo("12.500,00");
        assertThat(new Money(1500, "JPY").formatAmount(EN)).isEqualTo("1,500");
        assertThat(m.amount().toPlainString()).isEqualTo("12500.00");
        assertThat(m.times(0.25).minor()).isEqualTo(312_500);
    }

    private static final long MAX_MINOR = 1_000_000_000_000L;

    @Test
    void amountsRoundTripThroughTextInEveryLocale() {
        // The ends of the range and where the text gains a digit, a group or crosses the decimal point, every time.
        for (long edge : List.of(0L, 1L, 2L, 9L, 10L, 99L, 100L, 101L, 99_999L, 100_000L, 100_001L, MAX_MINOR - 1, MAX_MINOR)) {
            for (int locale = 0; locale < LOCALES.size(); locale++) {
                roundTrips(edge, locale);
            }
        }
        Set<Long> tried = new HashSet<>();
        // Anywhere in 0 … 10^12 minor units (the ends first), in one of the locales; repeats are skipped, hence a few more than 1000.
        Properties.qt(1100)
                .forAll(longs().between(0, MAX_MINOR), integers().between(0, LOCALES.size() - 1))
                .checkAssert((minor, locale) -> {
                    tried.add(minor);
                    roundTrips(minor, locale);
                });
        assertThat(tried).as("distinct amounts tried").hasSizeGreaterThanOrEqualTo(1000);
    }

    /** What the app shows (with the symbol), grouped digits, and plain digits with the locale's decimal separator all read back. */
    private static void roundTrips(long minor, int localeIndex) {
        Locale locale = LOCALES.get(localeIndex);
        Money m = new Money(minor, "EUR");
        NumberFormat grouped = NumberFormat.getNumberInstance(locale);
        grouped.setMinimumFractionDigits(2);
        NumberFormat plain = NumberFormat.getNumberInstance(locale);
        plain.setGroupingUsed(false);
        plain.setMinimumFractionDigits(2);
        BigDecimal amount = m.amount();
        for (String text : List.of(m.format(locale), grouped.format(amount), plain.format(amount), m.formatAmount(locale))) {
            assertThat(Money.parse(text, "EUR", locale)).as("%s minor units written \"%s\" in %s", minor, text, locale).isEqualTo(m);
        }
    }

    @Test
    void aFigureWorkedOutFromManyIsRoundedToWholeUnits() {
        org.assertj.core.api.Assertions.assertThat(new Money(4_237_143, "EUR").formatRounded(java.util.Locale.UK)).isEqualTo("\u20AC42,371");
        org.assertj.core.api.Assertions.assertThat(new Money(24_536_150, "EUR").formatRounded(java.util.Locale.UK)).isEqualTo("\u20AC245,362");
        org.assertj.core.api.Assertions.assertThat(new Money(150, "JPY").formatRounded(java.util.Locale.JAPAN)).isEqualTo("\uFFE5150");
    }

    /** Each currency with its own decimals: 999.999 Bahraini dinars showed as "BHD1,000.00", fifteen million yen with ".00". */
    @Test
    void formatsEveryCurrencyWithItsOwnDecimals() {
        assertThat(new Money(999_999, "BHD").format(Locale.US)).isEqualTo("BHD999.999");
        assertThat(new Money(12_345_678, "KWD").format(Locale.US)).isEqualTo("KWD12,345.678");
        assertThat(new Money(15_000_000, "JPY").format(Locale.US)).isEqualTo("¥15,000,000");
        assertThat(new Money(1_250_050, "EUR").format(Locale.US)).isEqualTo("€12,500.50");
        assertThat(new Money(999_000, "BHD").formatWhole(Locale.US)).isEqualTo("BHD999");
        assertThat(new Money(999_999, "BHD").formatWhole(Locale.US)).isEqualTo("BHD999.999");
        assertThat(new Money(1_250_000, "EUR").format(Locale.GERMANY)).isEqualTo("12.500,00\u00A0€");
    }

    /** An amount marked with another currency is said so (it was "Not an amount"): its code, and the amount alone to write. */
    @org.junit.jupiter.api.Test
    void anAmountInAnotherCurrencyIsSaidSo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.parse("R$ 3.500,00", "EUR", java.util.Locale.GERMANY))
                .hasMessage("\"R$ 3.500,00\" is in BRL, this deal in EUR: change its currency to BRL first, or write the amount alone (3.500,00)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.parse("USD 100", "EUR", java.util.Locale.UK))
                .hasMessageStartingWith("\"USD 100\" is in USD, this deal in EUR");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.parse("100 yen", "EUR", java.util.Locale.UK))
                .hasMessageStartingWith("Not an amount");
        org.assertj.core.api.Assertions.assertThat(Money.parse("\u20AC 12.500,50", "EUR", java.util.Locale.GERMANY).minor()).isEqualTo(1_250_050L);
    }
}
